// The Add / Duplicate / Remove buttons under an entry list, with their shortcuts (Ctrl+Ins,
// Ctrl+D, Ctrl+Del while the list has focus). Duplicate and Remove need a selected entry.
#pragma once

#include <QWidget>

class QAbstractItemView;
class QPushButton;

namespace cr::ui {

class ListButtons : public QWidget {
    Q_OBJECT
public:
    // `what` names the entry in tooltips ("asset group").
    ListButtons(QAbstractItemView* list, const QString& what, QWidget* parent = nullptr);
    QPushButton* addButton() const { return m_add; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* removeButton() const { return m_remove; }
    // Enables Duplicate/Remove when an entry is selected.
    void setHasSelection(bool selected);

signals:
    void addRequested();
    void duplicateRequested();
    void removeRequested();

private:
    QPushButton* m_add;
    QPushButton* m_duplicate;
    QPushButton* m_remove;
};

} // namespace cr::ui
