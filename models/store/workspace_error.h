// Errors of the workspace store: a kind (for exit codes and dialogs) and a message naming the file.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace SQLite {
class Exception;
}

namespace cr {

enum class WorkspaceErrorKind {
    NotAWorkspace, // not a SQLite file, truncated or damaged, or another program's database
    NewerVersion,  // written by a newer ChangeRisk: refused, never touched
    ReadOnly,      // a write on a workspace that can only be read
    DiskFull,      // the disk (or a size limit) ran out during a write; nothing was saved
    Busy,          // another program held the workspace longer than the busy timeout
    NotFound,      // no such client, assessment, version or run; or no workspace file
    Conflict,      // a name or title that is already taken
    InvalidInput,  // an empty name, a result document without a required field
    Io,            // any other failure of SQLite or the operating system
};

// what() reads "FILE: WHERE: message" (WHERE omitted when empty), like every CLI error.
class WorkspaceError : public std::runtime_error {
public:
    WorkspaceError(WorkspaceErrorKind kind, const std::filesystem::path& file, std::string where,
                   std::string message);
    WorkspaceErrorKind kind() const { return m_kind; }
    const std::filesystem::path& file() const { return m_file; }
    const std::string& where() const { return m_where; }
    const std::string& message() const { return m_message; }

private:
    WorkspaceErrorKind m_kind;
    std::filesystem::path m_file;
    std::string m_where;
    std::string m_message;
};

// Translates a failure reported by SQLite into a WorkspaceError naming `file`; `doing` says what
// was under way ("saving the run") so the message tells the user what did not happen.
WorkspaceError translateSqliteError(const SQLite::Exception& error,
                                    const std::filesystem::path& file, std::string_view doing);

} // namespace cr
