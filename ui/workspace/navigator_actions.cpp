// Rename, delete and export for the navigator, through the store.
#include "workspace/navigator_actions.h"

#include "workspace/workspace_session.h"

#include "format/atomic_file.h"
#include "store/assessments.h"
#include "store/clients.h"
#include "store/scenario_versions.h"

#include <QCoreApplication>

namespace cr::ui {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("cr::ui::NavigatorActions", text, nullptr, n);
}

} // namespace

bool renameNode(WorkspaceSession& session, NodeKind kind, qint64 id, const QString& newName) {
    const std::string name = newName.trimmed().toStdString();
    return session.attempt(
        [&](Workspace& ws) {
            if (kind == NodeKind::Client) {
                renameClient(ws, id, name);
            } else if (kind == NodeKind::Assessment) {
                renameAssessment(ws, id, name);
            }
        },
        true);
}

bool deleteNode(WorkspaceSession& session, NodeKind kind, qint64 id) {
    return session.attempt(
        [&](Workspace& ws) {
            if (kind == NodeKind::Client) {
                deleteClient(ws, id);
            } else if (kind == NodeKind::Assessment) {
                deleteAssessment(ws, id);
            }
        },
        true);
}

QString deletionSummary(WorkspaceSession& session, NodeKind kind, qint64 id) {
    Contents contents;
    QString name;
    const bool ok = session.attempt(
        [&](Workspace& ws) {
            if (kind == NodeKind::Client) {
                contents = clientContents(ws, id);
                name = QString::fromStdString(clientById(ws, id).name);
            } else {
                contents = assessmentContents(ws, id);
                name = QString::fromStdString(assessmentById(ws, id).title);
            }
        },
        false);
    if (!ok) {
        return session.lastError();
    }
    const QString versionsAndRuns =
        tr("%n version(s) and ", contents.versions) + tr("%n run(s)", contents.runs);
    const QString holds = kind == NodeKind::Client
                              ? tr("%n assessment(s), ", contents.assessments) + versionsAndRuns
                              : versionsAndRuns;
    return kind == NodeKind::Client
               ? tr("Erase the client \"%1\" for good? It holds %2.").arg(name, holds)
               : tr("Erase the assessment \"%1\" for good? It holds %2.").arg(name, holds);
}

bool exportVersion(WorkspaceSession& session, qint64 versionId, const QString& path) {
    return session.attempt(
        [&](Workspace& ws) {
            const ScenarioVersion version = versionById(ws, versionId);
            AtomicFile file(path.toStdString());
            file.write(version.text);
            file.commit();
        },
        false);
}

} // namespace cr::ui
