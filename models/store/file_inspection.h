// Looks at a would-be workspace file without writing to it: is it ours, blank, or something else?
#pragma once

#include <filesystem>
#include <string>

namespace cr {

struct FileInspection {
    bool exists = false;
    bool blank = false;    // empty file or a SQLite database with no tables: safe to set up
    int schemaVersion = 0; // PRAGMA user_version of a ChangeRisk workspace
};

// Reads the header and, through a read-only connection, application_id, user_version and the
// table count. Throws WorkspaceError (NotAWorkspace) for a folder, a file that is not SQLite, a
// truncated or damaged database, or another program's database; (NewerVersion) for a workspace
// written by a newer program; (Busy) when another instance kept it locked for longer than
// `busyTimeoutMs`. Never writes to the file or creates files next to it.
FileInspection inspectWorkspaceFile(const std::filesystem::path& path, int busyTimeoutMs = 5000);

// A file: URI that opens `path` read-only; `immutable` also skips locking and the -shm file
// (needed for a WAL database in a folder we cannot write to).
std::string readOnlyUri(const std::filesystem::path& path, bool immutable);

} // namespace cr
