#include "ui/text_conflict_dialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace nb::ui {

using session::Resolution;

TextConflictDialog::TextConflictDialog(session::DraftSession *session, const QString &section, QWidget *parent)
    : QDialog(parent), m_session(session), m_section(section)
{
    setObjectName(QStringLiteral("textConflictDialog"));
    const report::Section *s = session->definition().section(section);
    const QString heading = s ? s->heading : section;
    setWindowTitle(tr("“%1”在别处被修改").arg(heading));
    m_intro = new QLabel(tr("打开报告之后，另一个窗口或程序保存了“%1”的另一个版本，而这里的修改还没有保存。"
                            "为了不覆盖任何一方的内容，请选择保留哪个版本，或在下方合并后保存。")
                             .arg(heading));
    m_intro->setWordWrap(true);
    m_mine = readOnlyBox();
    m_mine->setObjectName(QStringLiteral("conflictMine"));
    m_theirs = readOnlyBox();
    m_theirs->setObjectName(QStringLiteral("conflictTheirs"));
    m_merged = new QPlainTextEdit;
    m_merged->setObjectName(QStringLiteral("conflictMerged"));

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("这里的版本（尚未保存）")), 0, 0);
    grid->addWidget(new QLabel(tr("别处保存的版本")), 0, 1);
    grid->addWidget(m_mine, 1, 0);
    grid->addWidget(m_theirs, 1, 1);
    grid->addWidget(new QLabel(tr("合并结果（可在此编辑，从两边复制需要的内容）")), 2, 0, 1, 2);
    grid->addWidget(m_merged, 3, 0, 1, 2);

    auto *buttons = new QDialogButtonBox;
    QPushButton *keep = buttons->addButton(tr("保留这里的版本"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMine"));
    QPushButton *take = buttons->addButton(tr("采用别处的版本"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("takeTheirs"));
    QPushButton *merge = buttons->addButton(tr("保存合并结果"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("saveMerged"));
    QPushButton *later = buttons->addButton(tr("稍后决定"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("decideLater"));
    keep->setAutoDefault(false);
    take->setAutoDefault(false);
    merge->setAutoDefault(false);
    later->setDefault(true); // Enter never picks a side by accident
    const auto answer = [this](Resolution how) {
        const Status s = choose(how);
        if (!s) // e.g. the database is read-only just now: the choice stands and is written later
            QMessageBox::warning(this, windowTitle(), s.error().message);
        if (!m_session || !m_session->conflicts().contains(m_section))
            accept();
    };
    connect(keep, &QPushButton::clicked, this, [answer] { answer(Resolution::KeepMine); });
    connect(take, &QPushButton::clicked, this, [answer] { answer(Resolution::TakeTheirs); });
    connect(merge, &QPushButton::clicked, this, [answer] { answer(Resolution::Merged); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    refresh();
    m_merged->setPlainText(m_mine->toPlainText());
    // Most of the window it belongs to, within the screen.
    const QRect room = (parent ? parent->screen() : screen())->availableGeometry();
    resize(std::min(room.width() * 4 / 5, 1200), std::min(room.height() * 4 / 5, 800));
}

QPlainTextEdit *TextConflictDialog::readOnlyBox()
{
    auto *box = new QPlainTextEdit;
    box->setReadOnly(true);
    return box;
}

void TextConflictDialog::refresh()
{
    if (!m_session)
        return;
    m_mine->setPlainText(m_session->engine().text(m_section));
    m_theirs->setPlainText(m_session->theirText(m_section));
}

Status TextConflictDialog::choose(Resolution how)
{
    if (!m_session)
        return Error{QStringLiteral("ui.no-report"), tr("报告已经关闭。")};
    Status s = m_session->resolveConflict(m_section, how, m_merged->toPlainText());
    m_lastError = s ? QString() : s.error().message;
    return s;
}

} // namespace nb::ui
