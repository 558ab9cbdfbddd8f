// Maps SQLite result codes to the workspace's error kinds with messages a user can act on.
#include "store/workspace_error.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace cr {
namespace {

std::string compose(const std::filesystem::path& file, const std::string& where,
                    const std::string& message) {
    std::string text = file.string();
    if (!where.empty()) {
        text += ": " + where;
    }
    return text + ": " + message;
}

} // namespace

WorkspaceError::WorkspaceError(WorkspaceErrorKind kind, const std::filesystem::path& file,
                               std::string where, std::string message)
    : std::runtime_error(compose(file, where, message)), m_kind(kind), m_file(file),
      m_where(std::move(where)), m_message(std::move(message)) {}

WorkspaceError translateSqliteError(const SQLite::Exception& error,
                                    const std::filesystem::path& file, std::string_view doing) {
    const std::string what = std::string(doing);
    const std::string detail = error.what();
    switch (error.getErrorCode()) {
    case SQLITE_READONLY:
        return {WorkspaceErrorKind::ReadOnly, file, "",
                what + " failed: the workspace is read-only (" + detail + "); nothing was saved"};
    case SQLITE_FULL:
        return {WorkspaceErrorKind::DiskFull, file, "",
                what + " failed: the disk is full; nothing was saved and the workspace is as it "
                       "was before"};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {WorkspaceErrorKind::Busy, file, "",
                what + " failed: another program kept the workspace locked (" + detail +
                    "); nothing was saved, try again"};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return {WorkspaceErrorKind::NotAWorkspace, file, "",
                what + " failed: the workspace file is damaged (" + detail + ")"};
    case SQLITE_CONSTRAINT:
        return {WorkspaceErrorKind::Conflict, file, "", what + " failed: " + detail};
    case SQLITE_IOERR:
        return {WorkspaceErrorKind::Io, file, "",
                what + " failed: could not write to the disk (" + detail +
                    "); nothing was saved and the workspace is as it was before"};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return {WorkspaceErrorKind::Io, file, "", what + " failed: cannot open (" + detail + ")"};
    default:
        return {WorkspaceErrorKind::Io, file, "", what + " failed: " + detail};
    }
}

} // namespace cr
