#include "ui/text_page.h"

#include "core/report/number_parser.h"
#include "ui/help_request.h"
#include "ui/severity_style.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <functional>

namespace nb::ui {

namespace {
// The section's editor; a paste (Ctrl+V, the menus, a drop) is one undo step
// of its own, so the page is told before and after.
class SectionTextEdit : public QPlainTextEdit {
public:
    explicit SectionTextEdit(std::function<void()> aroundPaste) : m_aroundPaste(std::move(aroundPaste)) {}

protected:
    void insertFromMimeData(const QMimeData *source) override
    {
        m_aroundPaste();
        QPlainTextEdit::insertFromMimeData(source);
        m_aroundPaste();
    }

private:
    std::function<void()> m_aroundPaste;
};
} // namespace

TextPage::TextPage(session::DraftSession *session, const report::Section &section, QWidget *parent)
    : SectionPage(parent), m_session(session), m_key(section.key)
{
    auto *heading = new QLabel(section.heading);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    m_editor = new SectionTextEdit([this] { session::endTextRun(m_session->undoStack()); });
    m_editor->setObjectName(QStringLiteral("sectionText"));
    m_editor->setPlainText(session->engine().text(m_key));
    // One undo history for the whole report: the session's, not the editor's.
    m_editor->setUndoRedoEnabled(false);
    m_editor->installEventFilter(this);
    m_findings = new QLabel;
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setObjectName(QStringLiteral("textFindings"));
    // Each finding's "?" opens its rule's entry in the manual.
    connect(m_findings, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("rule:")))
            help::showRule(this, link.mid(5));
    });

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading);
    leftLayout->addWidget(buildTemplateBanner());
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(m_findings);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(buildSide(section));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &TextPage::onEdited);
    connect(session, &session::DraftSession::textChanged, this, &TextPage::refreshFromSession);
    connect(session, &session::DraftSession::reloaded, this, [this] {
        refreshFromSession(m_key);
        refreshFindings(); // the findings and the "to revise" mark may have changed with the same text
    });
    connect(session, &session::DraftSession::changed, this, &TextPage::refreshFindings);
    connect(session, &session::DraftSession::statusChanged, this, [this] {
        m_editor->setReadOnly(m_session->isReadOnly());
        refreshTemplate();
    });
    m_editor->setReadOnly(session->isReadOnly());
    refreshFindings();
}

QFrame *TextPage::buildTemplateBanner()
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("templateBanner"));
    m_banner->setStyleSheet(QStringLiteral("QFrame#templateBanner { background: #fff8d6; border: 1px solid #d8b600; }"));
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    m_markRevised = new QPushButton(tr("其余已核对，标为已修订"));
    m_markRevised->setObjectName(QStringLiteral("markRevised"));
    m_markRevised->setToolTip(tr("本部分的文字已按本年度情况修改，标出的数字确实与上年相同"));
    connect(m_markRevised, &QPushButton::clicked, this, [this] {
        if (Status s = m_session->markTextRevised(m_key); !s)
            emit message(s.error().message);
    });
    auto *row = new QHBoxLayout(m_banner);
    row->setContentsMargins(8, 6, 8, 6);
    row->addWidget(m_bannerText, 1);
    row->addWidget(m_markRevised);
    m_banner->hide();
    return m_banner;
}

// The banner while the text is a template, and the editor's marks on last
// year's figures (extra selections: they are not part of the text or its undo).
void TextPage::refreshTemplate()
{
    const bool isTemplate = m_session->isTemplate(m_key);
    const std::vector<report::TemplateFigure> figures = m_session->lastYearFigures(m_key);
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat yellow;
    yellow.setBackground(QColor(0xff, 0xe0, 0x66));
    for (const report::TemplateFigure &f : figures) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document());
        mark.cursor.setPosition(int(f.start));
        mark.cursor.setPosition(int(f.start + f.length), QTextCursor::KeepAnchor);
        mark.format = yellow;
        marks << mark;
    }
    m_editor->setExtraSelections(marks);
    m_banner->setVisible(isTemplate);
    if (!isTemplate)
        return;
    const int lastYear = m_session->id().year - 1;
    m_bannerText->setText(
        figures.empty()
            ? tr("本部分文字来自上一年度（%1年）报告，是本年的模板，请按本年度的情况修改；开始修改后此提示消失。").arg(lastYear)
            : tr("本部分文字来自上一年度（%1年）报告，是本年的模板。标黄的 %2 处数字和日期仍是上年的，请改为本年度的情况；"
                 "全部改完后此提示消失。")
                  .arg(lastYear)
                  .arg(figures.size()));
    m_markRevised->setEnabled(!m_session->isReadOnly());
}

QString TextPage::templateBannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

QList<std::pair<int, int>> TextPage::markedFigures() const
{
    QList<std::pair<int, int>> out;
    for (const QTextEdit::ExtraSelection &s : m_editor->extraSelections())
        out.append({s.cursor.selectionStart(), s.cursor.selectionEnd() - s.cursor.selectionStart()});
    return out;
}

QWidget *TextPage::buildSide(const report::Section &section)
{
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("本部分应包括"));
    auto *guidance = new QLabel(section.guidance);
    guidance->setWordWrap(true);
    guidance->setObjectName(QStringLiteral("guidance"));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(guidance);
    layout->addWidget(box);
    if (m_key == QLatin1String(kInfoFeeSection))
        layout->addWidget(buildInfoFeeBox());
    layout->addStretch();
    return side;
}

QWidget *TextPage::buildInfoFeeBox()
{
    auto *box = new QGroupBox(tr("信息处理费"));
    auto *form = new QFormLayout(box);
    m_notices = new QSpinBox;
    m_notices->setRange(0, 1000000);
    m_amount = new QLineEdit;
    m_amount->setPlaceholderText(QStringLiteral("0"));
    m_collected = new QLineEdit;
    m_collected->setPlaceholderText(QStringLiteral("0"));
    form->addRow(tr("收费通知件数"), m_notices);
    form->addRow(tr("收费金额（元）"), m_amount);
    form->addRow(tr("实际收取（元）"), m_collected);
    auto *insert = new QPushButton(tr("插入说明"));
    insert->setObjectName(QStringLiteral("insertInfoFee"));
    form->addRow(insert);
    connect(insert, &QPushButton::clicked, this,
            [this] { insertInfoFee(m_notices->value(), m_amount->text(), m_collected->text()); });
    return box;
}

QString TextPage::infoFeeSentence(int notices, const QString &amount, const QString &collected)
{
    // Report text, always Chinese whatever the interface language: not tr().
    if (notices == 0)
        return QStringLiteral("本年度未发出信息处理费收费通知，未收取信息处理费。");
    return QStringLiteral("本年度共发出信息处理费收费通知%1件，收费金额%2元，实际收取信息处理费%3元。")
        .arg(notices)
        .arg(amount, collected);
}

void TextPage::insertInfoFee(int notices, const QString &amount, const QString &collected)
{
    QStringList figures;
    for (const QString &typed : {amount, collected}) {
        Result<report::CellValue> v = report::NumberParser::parse(typed, report::ValueType::Money);
        if (!v) {
            emit message(v.error().message);
            QMessageBox::warning(this, tr("信息处理费"), tr("金额“%1”无法识别：%2").arg(typed, v.error().message));
            return;
        }
        figures << (v.value() ? v.value()->toString() : QStringLiteral("0"));
    }
    session::endTextRun(m_session->undoStack()); // the inserted sentence is a step of its own
    QTextCursor cursor = m_editor->textCursor();
    cursor.beginEditBlock();
    if (!m_editor->toPlainText().isEmpty() && cursor.atEnd())
        cursor.insertText(QStringLiteral("\n"));
    cursor.insertText(infoFeeSentence(notices, figures[0], figures[1]));
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
    session::endTextRun(m_session->undoStack());
}

void TextPage::onEdited()
{
    if (m_updating)
        return;
    Status s = m_session->setText(m_key, m_editor->toPlainText());
    if (!s) {
        emit message(s.error().message);
        refreshFromSession(m_key); // the final report's text comes back
    }
}

void TextPage::refreshFromSession(const QString &section)
{
    if (section != m_key || m_editor->toPlainText() == m_session->engine().text(m_key))
        return;
    m_updating = true; // an undo or reload, not typing
    const int position = m_editor->textCursor().position();
    m_editor->setPlainText(m_session->engine().text(m_key));
    QTextCursor c = m_editor->textCursor();
    c.setPosition(std::min(position, int(m_editor->toPlainText().size())));
    m_editor->setTextCursor(c);
    m_updating = false;
    refreshFindings();
}

void TextPage::refreshFindings()
{
    QStringList lines;
    for (const report::Finding &f : m_session->engine().findings())
        if (f.section == m_key && f.cells.isEmpty())
            lines << QStringLiteral("<b>%1 %2</b>：%3 <a href=\"rule:%2\" title=\"%4\">?</a>")
                         .arg(severity_style::label(f, m_session->engine().meta()), f.rule, f.message.toHtmlEscaped(),
                              tr("规则说明"));
    m_findings->setText(lines.join(QStringLiteral("<br>")));
    m_findings->setVisible(!lines.isEmpty());
    refreshTemplate();
}

// Lets Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y reach the window's Undo/Redo instead of
// the editor, which would otherwise claim them.
bool TextPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)) {
            event->ignore();
            return true;
        }
    }
    return SectionPage::eventFilter(watched, event);
}

void TextPage::showFinding(const report::Finding &)
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

void TextPage::enter() { m_editor->setFocus(Qt::OtherFocusReason); }

} // namespace nb::ui
