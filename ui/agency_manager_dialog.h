#pragma once
// 汇总 → 机关管理: the agency tree of the database. Add an agency (name, kind,
// parent), rename one (its reports of every year go with it), and move one
// with everything below it, by drag and drop or by its 上级机关 field. Every
// change is the store's (which refuses a cycle, an unknown or a taken name);
// a refusal is said in the dialog and changes nothing. Reports never move:
// they belong to the agency by name, wherever it stands in the tree.
#include "core/report/result.h"
#include "core/store/report_store.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace nb::ui {

class AgencyTreeModel;

class AgencyManagerDialog : public QDialog {
    Q_OBJECT
public:
    // How a rename is done: the main window's own, so that an open report follows its agency.
    using Renamer = std::function<Status(const QString &from, const QString &to)>;
    AgencyManagerDialog(store::ReportStore &store, Renamer rename, QWidget *parent = nullptr);

    // What the buttons do, returning the refusal (also shown in the dialog).
    Status addAgency(const store::AgencyInfo &agency);
    Status renameAgency(const QString &from, const QString &to);
    Status moveAgency(const QString &agency, const QString &parent);
    // Reads the tree from the store again (changes made elsewhere).
    Status reload();

    void selectAgency(const QString &agency);
    QString selectedAgency() const;
    QTreeView *tree() const { return m_tree; }
    AgencyTreeModel *model() const { return m_model; }
    // The last refusal or confirmation shown in the dialog.
    QString message() const;

signals:
    // An agency was added, renamed or moved.
    void agenciesChanged();

private:
    QWidget *buildSelectedBox();
    QWidget *buildAddBox();
    // The 上级机关 choices: the top, then every agency in tree order, indented;
    // `exclude` and everything below it are left out (where it cannot go).
    void fillParents(QComboBox *box, const QString &exclude, const QString &current);
    void onSelectionChanged();
    Status done(Status status, const QString &what, const QString &confirmation);

    store::ReportStore &m_store;
    Renamer m_rename;
    QList<store::AgencyInfo> m_agencies;
    AgencyTreeModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QPushButton *m_renameButton;
    QPushButton *m_moveButton;
    QLineEdit *m_newName;
    QComboBox *m_newKind;
    QComboBox *m_newParent;
    QLabel *m_message;
};

} // namespace nb::ui
