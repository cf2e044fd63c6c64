#pragma once
// The report's own data: agency, kind, year (fixed once the report exists:
// switching year opens another report), 文号 and publication date.
#include "core/session/draft_session.h"
#include "ui/section_page.h"

class QComboBox;
class QLineEdit;
class QDateEdit;
class QCheckBox;
class QLabel;

namespace nb::ui {

class MetadataPage : public SectionPage {
    Q_OBJECT
public:
    static constexpr const char *kKey = "meta";
    explicit MetadataPage(session::DraftSession *session, QWidget *parent = nullptr);
    QString sectionKey() const override { return QString::fromLatin1(kKey); }
    void showFinding(const report::Finding &) override {}
    void enter() override;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *documentNumberEdit() const { return m_number; }
    void apply();

private:
    void refresh();

    session::DraftSession *m_session;
    QLabel *m_title;
    QLabel *m_agency;
    QLabel *m_year;
    QComboBox *m_kind;
    QLineEdit *m_number;
    QCheckBox *m_published;
    QDateEdit *m_date;
    bool m_updating = false;
};

} // namespace nb::ui
