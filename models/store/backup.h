// A consistent copy of the whole workspace in a file the user names.
#pragma once

#include "store/workspace.h"

#include <filesystem>

namespace cr {

// Writes a snapshot with VACUUM INTO (consistent even while other instances write; also works
// on a read-only workspace) to a temporary file beside `target`, flushes it to disk and renames
// it over `target`: the target is either the old file or the complete backup, never half.
// The backup is itself a workspace. Throws WorkspaceError: Conflict when `target` is the
// workspace itself, Io/DiskFull when it cannot be written (no partial file is left).
void backupWorkspace(Workspace& ws, const std::filesystem::path& target);

} // namespace cr
