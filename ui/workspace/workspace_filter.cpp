// WorkspaceFilter: name match on clients and assessments only (version and run labels are
// dates and figures, which would match digits the user meant for a title).
#include "workspace/workspace_filter.h"

#include "workspace/workspace_model.h"

namespace cr::ui {

WorkspaceFilter::WorkspaceFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true); // a match keeps its client visible
    setAutoAcceptChildRows(true);       // and shows its versions and runs
}

void WorkspaceFilter::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed != m_text) {
        m_text = trimmed;
        invalidateFilter();
    }
}

bool WorkspaceFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString name = index.data(NameRole).toString();
    if (name.isEmpty()) {
        return false; // a version or run: shown through its assessment
    }
    return m_text.isEmpty() || name.contains(m_text, Qt::CaseInsensitive);
}

} // namespace cr::ui
