// Where the workspace lives when the user names none (shared by the GUI and the CLI).
#pragma once

#include <filesystem>

namespace cr {

// $XDG_DATA_HOME/ChangeRisk/workspace.sqlite; ~/.local/share/ChangeRisk/workspace.sqlite when
// XDG_DATA_HOME is unset, empty or relative (the XDG Base Directory spec says to ignore a
// relative value). Throws std::runtime_error when neither it nor a home folder is known.
std::filesystem::path defaultWorkspacePath();

// The same rule on given values (nullptr = unset); `home` is $HOME or the passwd entry's home.
std::filesystem::path defaultWorkspacePath(const char* xdgDataHome, const char* home);

} // namespace cr
