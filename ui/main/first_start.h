// The desktop program's first start: the default workspace with the templates as examples.
#pragma once

#include <QString>

namespace cr::ui {

// Opens (creating when missing) the workspace at `path`; when this call created it, the
// templates in `templatesDir` become assessments of the client "Examples". Returns an empty
// string on success, otherwise a message for the user that names the file (a workspace that
// cannot be opened is left untouched).
QString prepareWorkspace(const QString& path, const QString& templatesDir);

// The platform's default workspace location ($XDG_DATA_HOME/ChangeRisk/workspace.sqlite).
QString defaultWorkspaceFile();

} // namespace cr::ui
