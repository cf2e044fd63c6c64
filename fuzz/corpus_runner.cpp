// Runs a fuzz target's LLVMFuzzerTestOneInput() over every file of the given
// folders (or files), compiled with the normal compiler, so that the test suite
// replays the corpus without libFuzzer. A crash or sanitizer report fails the
// test; ctest's timeout catches a hang. Prints the slowest input.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
int runOne(const QString &path, qint64 &slowest, QString &slowestPath)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    QElapsedTimer timer;
    timer.start();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    if (timer.elapsed() > slowest) {
        slowest = timer.elapsed();
        slowestPath = path;
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE…\n", argv[0]);
        return 2;
    }
    int inputs = 0, failures = 0;
    qint64 slowest = -1;
    QString slowestPath;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isFile()) {
            failures += runOne(arg, slowest, slowestPath);
            ++inputs;
            continue;
        }
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            failures += runOne(it.next(), slowest, slowestPath);
            ++inputs;
        }
    }
    std::printf("%d inputs, slowest %lld ms (%s)\n", inputs, static_cast<long long>(slowest), qPrintable(slowestPath));
    return failures || inputs == 0 ? 1 : 0;
}
