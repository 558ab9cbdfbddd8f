// Creates the default workspace on first start and seeds it with the example assessments.
#include "main/first_start.h"

#include "store/default_path.h"
#include "store/import.h"
#include "store/workspace.h"

#include <exception>

namespace cr::ui {

QString prepareWorkspace(const QString& path, const QString& templatesDir) {
    try {
        Workspace ws = Workspace::open(path.toStdString());
        // Only a workspace created now gets the examples: a user who deleted them keeps that.
        if (ws.wasCreated() && !templatesDir.isEmpty()) {
            seedExamples(ws, templatesDir.toStdString());
        }
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QString defaultWorkspaceFile() {
    return QString::fromStdString(defaultWorkspacePath().string());
}

} // namespace cr::ui
