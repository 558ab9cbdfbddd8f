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

QString tr(const char* text) {
    // "cr::ui": the context lupdate gives these calls, so the translation is found.
    return QCoreApplication::translate("cr::ui", text);
}

enum class Noun { Assessment, Version, Run };

// "1 run" / "3 runs": spelled out, so English reads right without a translation file.
QString count(int n, Noun noun) {
    switch (noun) {
    case Noun::Assessment:
        return n == 1 ? tr("1 assessment") : tr("%1 assessments").arg(n);
    case Noun::Version:
        return n == 1 ? tr("1 version") : tr("%1 versions").arg(n);
    case Noun::Run:
        break;
    }
    return n == 1 ? tr("1 run") : tr("%1 runs").arg(n);
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
        tr("%1 and %2")
            .arg(count(contents.versions, Noun::Version), count(contents.runs, Noun::Run));
    const QString holds =
        kind == NodeKind::Client
            ? tr("%1, %2").arg(count(contents.assessments, Noun::Assessment), versionsAndRuns)
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
