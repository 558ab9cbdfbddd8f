// The navigator's search: keeps clients and assessments whose name contains the text (any
// case), with their parents, and everything below a match (its versions and runs).
#pragma once

#include <QSortFilterProxyModel>

namespace cr::ui {

class WorkspaceFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit WorkspaceFilter(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    const QString& searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

} // namespace cr::ui
