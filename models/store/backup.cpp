// VACUUM INTO a temporary file, fsync, rename: a backup is complete or absent.
#include "store/backup.h"

#include "store/workspace_error.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace cr {
namespace {

namespace fs = std::filesystem;

// VACUUM INTO does not sync its output; a backup that a power cut can empty is no backup.
bool syncToDisk(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

void backupWorkspace(Workspace& ws, const fs::path& target) {
    std::error_code ec;
    if (fs::equivalent(target, ws.path(), ec)) {
        throw WorkspaceError(WorkspaceErrorKind::Conflict, target, "",
                             "a backup cannot replace the workspace it copies");
    }
    const fs::path finalPath = fs::absolute(target);
    // Built with += : g++ 12 warns falsely (-Wrestrict) about "." + std::string.
    std::string partialName = ".";
    partialName += finalPath.filename().string();
    partialName += ".partial-";
    partialName += std::to_string(::getpid());
    const fs::path partial = finalPath.parent_path() / partialName;
    fs::remove(partial, ec);
    // A read-only workspace runs with query_only, which would refuse VACUUM INTO although it
    // writes only the new file; the connection itself stays read-only (SQLITE_OPEN_READONLY).
    SQLite::Database& db = ws.database();
    const bool queryOnly = db.execAndGet("PRAGMA query_only").getInt() != 0;
    try {
        db.exec("PRAGMA query_only = OFF");
        SQLite::Statement vacuum(db, "VACUUM INTO ?");
        vacuum.bind(1, partial.string());
        vacuum.exec();
        db.exec(queryOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
    } catch (const SQLite::Exception& e) {
        db.exec(queryOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
        fs::remove(partial, ec);
        throw translateSqliteError(e, target, "writing the backup");
    }
    if (!syncToDisk(partial, O_RDONLY)) {
        const std::string why = std::strerror(errno);
        fs::remove(partial, ec);
        throw WorkspaceError(WorkspaceErrorKind::Io, target, "",
                             "writing the backup failed: " + why + "; no backup was written");
    }
    fs::rename(partial, finalPath, ec);
    if (ec) {
        fs::remove(partial, ec);
        throw WorkspaceError(WorkspaceErrorKind::Io, target, "",
                             "writing the backup failed: " + ec.message() +
                                 "; no backup was written");
    }
    syncToDisk(finalPath.parent_path(), O_RDONLY | O_DIRECTORY); // the rename itself
}

} // namespace cr
