// An open workspace: one SQLite connection, checked on open, with all-or-nothing transactions.
//
// Opening never writes to a file before it is known to be a ChangeRisk workspace (or blank);
// see file_inspection.h. A workspace the process cannot write (file or folder not writable, or
// OpenOptions::readOnly) opens read-only: reading works, every write throws
// WorkspaceError(ReadOnly). Each connection uses WAL, foreign keys, secure_delete (erased data
// is overwritten, not just unlinked) and a busy timeout, so several program instances can share
// one workspace. A Workspace belongs to one thread at a time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace cr {

struct OpenOptions {
    bool create = true;    // create a missing file (and its folders) as an empty workspace
    bool readOnly = false; // never write, even when the file could be written
    int busyTimeoutMs = 5000;
};

class Workspace {
public:
    // Throws WorkspaceError: NotAWorkspace, NewerVersion, NotFound (missing and !create),
    // ReadOnly (a missing or blank file that cannot be set up), Io.
    static Workspace open(const std::filesystem::path& path, const OpenOptions& options = {});

    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;
    ~Workspace();

    const std::filesystem::path& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // True when this open set up the schema (a new or blank file): the GUI seeds examples then.
    bool wasCreated() const { return m_created; }

    // Runs `work` in one write transaction (BEGIN IMMEDIATE, so two writers queue instead of
    // deadlocking on a lock upgrade) and commits; on any exception rolls back and rethrows, with
    // SQLite failures translated into WorkspaceError naming the file and `doing`. A nested call
    // joins the outer transaction.
    void write(std::string_view doing, const std::function<void()>& work);
    // Runs `work` in one read transaction: a consistent snapshot across several queries.
    void read(std::string_view doing, const std::function<void()>& work);

    // PRAGMA integrity_check: empty when the database is sound, else SQLite's findings.
    std::vector<std::string> integrityCheck();

    // The connection, for the repository functions of this folder (and tests).
    SQLite::Database& database() { return *m_db; }

private:
    Workspace(std::filesystem::path path, std::unique_ptr<SQLite::Database> db, bool readOnly,
              bool created);
    void finishWithRollback();

    std::filesystem::path m_path;
    std::unique_ptr<SQLite::Database> m_db;
    bool m_readOnly = false;
    bool m_created = false;
    int m_depth = 0;        // 1 inside write() or read(); only the outermost begins and ends
    bool m_writing = false; // the open transaction is a write
};

} // namespace cr
