// The workspace as a tree for the navigator: clients → assessments → scenario versions → runs.
#pragma once

#include <QStandardItemModel>

namespace cr {
class Workspace;
}

namespace cr::ui {

enum class NodeKind { Client = 1, Assessment, Version, Run };

// Item data roles of every row.
enum WorkspaceRole {
    KindRole = Qt::UserRole + 1, // NodeKind as int
    IdRole,                      // the client's, assessment's, version's or run's id
    AssessmentIdRole,            // the assessment a version or run belongs to (and its own)
    VersionNumberRole,           // of a version or of the version a run ran
    NameRole,                    // a client's name or an assessment's title, for search
};

class WorkspaceModel : public QStandardItemModel {
    Q_OBJECT
public:
    explicit WorkspaceModel(QObject* parent = nullptr);

    // Lists the workspace again (one read snapshot); an empty tree for nullptr.
    // Throws WorkspaceError when the workspace cannot be read.
    void reload(Workspace* ws);

    // The row of a node, or an invalid index.
    QModelIndex find(NodeKind kind, qint64 id) const;
};

} // namespace cr::ui
