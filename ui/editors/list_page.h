// The frame every list editor shares (asset groups, failure modes, loss lines): an intro line,
// the entry table with Add / Duplicate / Remove, and below it the detail panel of the selected
// entry. The selection follows adds (the new entry), removes and undo (the nearest entry).
#pragma once

#include "document/scenario_document.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace cr::ui {

class DetailForm;
class ListButtons;

class ListPage : public QWidget {
    Q_OBJECT
public:
    struct Operations {
        std::function<int()> add;          // returns the new row
        std::function<int(int)> duplicate; // returns the copy's row
        std::function<void(int)> remove;
    };

    // `listPointer` and `count` describe the list (see DetailForm); `what` names an entry.
    ListPage(ScenarioDocument* document, ScenarioPart part, const QString& listPointer,
             std::function<int(const Scenario&)> count, const QString& intro,
             QAbstractItemModel* model, const QString& what, int formColumns,
             QWidget* parent = nullptr);

    void setOperations(Operations operations) { m_operations = std::move(operations); }
    // What the page says while the list is empty ("There are no loss lines: ...").
    void setEmptyText(const QString& text);
    QTableView* table() const { return m_table; }
    DetailForm* form() const { return m_form; }
    ListButtons* buttons() const { return m_buttons; }
    int selectedRow() const;
    void selectRow(int row);
    // The reason of the last refused edit, in the table or in the detail panel.
    QString problemText() const;

protected:
    // Shows a refusal from the table under it (the detail panel shows its own).
    void showListProblem(const QString& message);
    ScenarioDocument* document() const { return m_document; }

private:
    void onSelectionChanged();
    void restoreSelection();

    ScenarioDocument* m_document;
    QTableView* m_table;
    ListButtons* m_buttons;
    DetailForm* m_form;
    QLabel* m_listProblem;
    QLabel* m_empty;
    Operations m_operations;
    int m_lastRow = -1;
};

} // namespace cr::ui
