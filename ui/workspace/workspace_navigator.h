// The navigator dock's contents: a search box over the workspace tree (clients → assessments →
// versions → runs). Double-click or Enter opens a version in the editor or a run on the Results
// page; the context menu renames, deletes (after a confirmation), exports versions and
// compares a run with another.
#pragma once

#include "workspace/workspace_model.h"

#include <QWidget>

class QLineEdit;
class QMenu;
class QTreeView;

namespace cr::ui {

class WorkspaceFilter;
class WorkspaceSession;

class WorkspaceNavigator : public QWidget {
    Q_OBJECT
public:
    explicit WorkspaceNavigator(WorkspaceSession* session, QWidget* parent = nullptr);

    WorkspaceModel* model() const { return m_model; }
    WorkspaceFilter* filter() const { return m_filter; }
    QLineEdit* searchBox() const { return m_search; }
    QTreeView* view() const { return m_view; }

    // Lists the session's workspace again, keeping what was expanded and selected.
    void reload();
    // What a double-click on the (filtered) row does.
    void activate(const QModelIndex& viewIndex);
    // The runs selected in the tree, in selection order (Compare takes two).
    QList<qint64> selectedRunIds() const;
    // Selects the row of a node in the tree (after a save or a run), expanding its parents.
    void reveal(NodeKind kind, qint64 id);
    // The context menu's actions for the (filtered) row `viewIndex`.
    void fillContextMenu(QMenu& menu, const QModelIndex& viewIndex);

signals:
    // number 0 = the assessment's latest version
    void versionOpenRequested(qint64 assessmentId, int number);
    void runOpenRequested(qint64 runId);
    // "Compare with…" on run `runA` (runB = 0: ask for the other), or on two selected runs.
    void compareRequested(qint64 runA, qint64 runB);
    void failed(const QString& title, const QString& message);

private:
    void showContextMenu(const QPoint& position);
    void renameDialog(const QModelIndex& index);
    void deleteDialog(const QModelIndex& index);
    void exportDialog(const QModelIndex& index);

    WorkspaceSession* m_session;
    WorkspaceModel* m_model;
    WorkspaceFilter* m_filter;
    QLineEdit* m_search;
    QTreeView* m_view;
};

} // namespace cr::ui
