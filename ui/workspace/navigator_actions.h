// What the navigator's context menu does to the workspace, without dialogs (the navigator asks
// first; tests call these directly). Each returns false with session.lastError() on failure.
#pragma once

#include "workspace/workspace_model.h"

#include <QString>

namespace cr::ui {

class WorkspaceSession;

// A client's new name or an assessment's new title.
bool renameNode(WorkspaceSession& session, NodeKind kind, qint64 id, const QString& newName);
// Erases a client (with everything it holds) or an assessment for good.
bool deleteNode(WorkspaceSession& session, NodeKind kind, qint64 id);
// What deleteNode would erase, in words, for the confirmation.
QString deletionSummary(WorkspaceSession& session, NodeKind kind, qint64 id);
// Writes the version's stored text byte for byte to `path` (atomically: a temporary file and
// a rename, so an existing file is replaced whole or not at all).
bool exportVersion(WorkspaceSession& session, qint64 versionId, const QString& path);

} // namespace cr::ui
