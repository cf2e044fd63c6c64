#pragma once
// A text section (一、五、六): the editor, what the format asks the section to
// contain beside it, and the section's findings under it, live. Section 六
// also offers to write the 信息处理费 sentence from three figures. A text
// carried forward from last year says so above the editor while it is a
// template, and last year's figures and dates in it are marked in the editor
// until they are changed (core/report/template_figures.h).
#include "core/session/draft_session.h"
#include "ui/section_page.h"

class QFrame;
class QPlainTextEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QLineEdit;

namespace nb::ui {

class TextPage : public SectionPage {
    Q_OBJECT
public:
    // Contract §1: section 六 states the 信息处理费 under 国办函〔2020〕109号.
    static constexpr const char *kInfoFeeSection = "other";

    TextPage(session::DraftSession *session, const report::Section &section, QWidget *parent = nullptr);
    QString sectionKey() const override { return m_key; }
    void showFinding(const report::Finding &finding) override;
    void enter() override;
    QPlainTextEdit *editor() const { return m_editor; }
    // The note above the editor while the text is last year's template (hidden otherwise).
    QFrame *templateBanner() const { return m_banner; }
    QString templateBannerText() const;
    QPushButton *markRevisedButton() const { return m_markRevised; }
    // The parts of the editor's text marked as last year's (start, length).
    QList<std::pair<int, int>> markedFigures() const;
    // The sentence for 六 (also used by the insert button).
    static QString infoFeeSentence(int notices, const QString &amount, const QString &collected);
    void insertInfoFee(int notices, const QString &amount, const QString &collected);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildSide(const report::Section &section);
    QWidget *buildInfoFeeBox();
    QFrame *buildTemplateBanner();
    void refreshTemplate();
    void onEdited();
    void refreshFromSession(const QString &section);
    void refreshFindings();

    session::DraftSession *m_session;
    QString m_key;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_findings = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_markRevised = nullptr;
    QSpinBox *m_notices = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_collected = nullptr;
    bool m_updating = false;
};

} // namespace nb::ui
