// Opening a workspace (inspect read-only first, then set up or migrate) and its transactions.
#include "store/workspace.h"

#include "store/file_inspection.h"
#include "store/schema.h"
#include "store/workspace_error.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cr {
namespace {

namespace fs = std::filesystem;

// Writing needs the file and, for the -wal and -shm files beside it, the folder (or, for a
// folder still to be made, its nearest existing ancestor).
bool canWrite(const fs::path& path, bool exists) {
    fs::path folder = fs::absolute(path).parent_path();
    std::error_code ec;
    while (!exists && !fs::exists(folder, ec) && folder.has_relative_path()) {
        folder = folder.parent_path();
    }
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        return false;
    }
    return !exists || ::access(path.c_str(), W_OK) == 0;
}

void configure(SQLite::Database& db, int busyTimeoutMs) {
    db.setBusyTimeout(busyTimeoutMs);
    db.exec("PRAGMA foreign_keys = ON");
    // Erasure means erasure: deleted rows are overwritten with zeros, not left in free pages.
    db.exec("PRAGMA secure_delete = ON");
    // FULL: a committed save survives a power cut, not just a crash of the program.
    db.exec("PRAGMA synchronous = FULL");
}

std::unique_ptr<SQLite::Database> openReadOnly(const fs::path& path, int busyTimeoutMs) {
    for (const bool immutable : {false, true}) {
        try {
            auto db = std::make_unique<SQLite::Database>(readOnlyUri(path, immutable),
                                                         SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
            configure(*db, busyTimeoutMs);
            db->exec("PRAGMA query_only = ON");
            // The first read is where a WAL database without a usable -shm file fails.
            db->execAndGet("SELECT count(*) FROM clients");
            return db;
        } catch (const SQLite::Exception& e) {
            const bool retry =
                e.getErrorCode() == SQLITE_CANTOPEN || e.getErrorCode() == SQLITE_READONLY;
            if (immutable || !retry) {
                throw translateSqliteError(e, path, "opening the workspace");
            }
        }
    }
    return nullptr; // not reached: the second attempt returns or throws
}

// Sets up a blank file or migrates an older workspace, inside one write transaction, after
// checking again under the lock (another instance may have set it up since the inspection).
bool setUp(SQLite::Database& db, const fs::path& path) {
    bool created = false;
    db.exec("BEGIN IMMEDIATE");
    try {
        const std::int32_t id = applicationId(db);
        const int objects = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
        if (id == 0 && objects == 0) {
            db.exec("PRAGMA application_id = " + std::to_string(kWorkspaceApplicationId));
            created = true;
        } else if (id != kWorkspaceApplicationId) {
            throw WorkspaceError(WorkspaceErrorKind::NotAWorkspace, path, "",
                                 "not a ChangeRisk workspace (changed while opening); the file "
                                 "was left untouched");
        } else if (userVersion(db) > kWorkspaceSchemaVersion) {
            throw WorkspaceError(WorkspaceErrorKind::NewerVersion, path, "",
                                 "written by a newer version of ChangeRisk; the file was left "
                                 "untouched");
        }
        applyMigrations(db, workspaceMigrations());
        db.exec("COMMIT");
    } catch (...) {
        if (sqlite3_get_autocommit(db.getHandle()) == 0) {
            db.exec("ROLLBACK");
        }
        throw;
    }
    return created;
}

// A new workspace is built under a temporary name and moved into place without replacing
// anything: a first start stopped half way leaves no half-made file at `path`, and when two
// instances create the same workspace at once, one file wins and both use it.
// Returns false when another instance's file got there first.
bool createWorkspaceFile(const fs::path& path) {
    const fs::path folder = fs::absolute(path).parent_path();
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        throw WorkspaceError(WorkspaceErrorKind::Io, path, "",
                             "cannot create the folder " + folder.string() + ": " + ec.message());
    }
    std::string name = ".";
    name += path.filename().string();
    name += ".new-";
    name += std::to_string(::getpid());
    const fs::path temporary = folder / name;
    auto cleanUp = [&] {
        fs::remove(temporary, ec);
        fs::remove(temporary.string() + "-journal", ec);
    };
    cleanUp();
    try {
        SQLite::Database db(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        setUp(db, path);
        db.exec("PRAGMA journal_mode = WAL"); // recorded in the file header
    } catch (const SQLite::Exception& e) {
        cleanUp();
        throw translateSqliteError(e, path, "creating the workspace");
    } catch (...) {
        cleanUp();
        throw;
    }
    const int moved = ::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, fs::absolute(path).c_str(),
                                  RENAME_NOREPLACE);
    const int why = errno;
    cleanUp();
    if (moved != 0 && why != EEXIST) {
        throw WorkspaceError(WorkspaceErrorKind::Io, path, "",
                             std::string("cannot create the workspace: ") + std::strerror(why));
    }
    return moved == 0;
}

} // namespace

Workspace::Workspace(fs::path path, std::unique_ptr<SQLite::Database> db, bool readOnly,
                     bool created)
    : m_path(std::move(path)), m_db(std::move(db)), m_readOnly(readOnly), m_created(created) {}

Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

Workspace Workspace::open(const fs::path& path, const OpenOptions& options) {
    FileInspection found = inspectWorkspaceFile(path, options.busyTimeoutMs);
    if (!found.exists && !options.create) {
        throw WorkspaceError(WorkspaceErrorKind::NotFound, path, "", "no workspace here");
    }
    const bool readOnly = options.readOnly || !canWrite(path, found.exists);
    bool created = false;
    if (!found.exists && !readOnly) {
        created = createWorkspaceFile(path);
        found = inspectWorkspaceFile(
            path, options.busyTimeoutMs); // ours, or one another instance made meanwhile
    }
    const bool needsSetUp =
        !found.exists || found.blank || found.schemaVersion < kWorkspaceSchemaVersion;
    if (readOnly) {
        if (needsSetUp) {
            throw WorkspaceError(WorkspaceErrorKind::ReadOnly, path, "",
                                 found.exists && !found.blank
                                     ? "needs an upgrade to this program's format but cannot "
                                       "be written; the file was left untouched"
                                     : "cannot create a workspace here: the location is not "
                                       "writable");
        }
        return Workspace(path, openReadOnly(path, options.busyTimeoutMs), true, false);
    }

    try {
        auto db = std::make_unique<SQLite::Database>(path, SQLITE_OPEN_READWRITE);
        if (sqlite3_db_readonly(db->getHandle(), "main") == 1 && !needsSetUp) {
            // SQLite fell back to reading (e.g. an ACL or a read-only mount access() missed).
            db.reset();
            return Workspace(path, openReadOnly(path, options.busyTimeoutMs), true, false);
        }
        configure(*db, options.busyTimeoutMs);
        if (needsSetUp) {
            created = setUp(*db, path) || created;
        } else if (applicationId(*db) != kWorkspaceApplicationId ||
                   userVersion(*db) > kWorkspaceSchemaVersion) {
            // The inspection read the main file; a newer instance's upgrade may sit in the log.
            throw WorkspaceError(WorkspaceErrorKind::NewerVersion, path, "",
                                 "written by a newer version of ChangeRisk; the file was left "
                                 "untouched");
        }
        if (db->execAndGet("PRAGMA journal_mode").getString() != "wal") {
            db->exec("PRAGMA journal_mode = WAL");
        }
        return Workspace(path, std::move(db), false, created);
    } catch (const SQLite::Exception& e) {
        throw translateSqliteError(e, path, "opening the workspace");
    }
}

void Workspace::write(std::string_view doing, const std::function<void()>& work) {
    if (m_readOnly) {
        throw WorkspaceError(WorkspaceErrorKind::ReadOnly, m_path, "",
                             std::string(doing) +
                                 " failed: the workspace is read-only (the file or its folder "
                                 "is not writable, or it was opened read-only); nothing was "
                                 "saved");
    }
    if (m_depth > 0) {
        if (!m_writing) {
            throw std::logic_error("a workspace write cannot start inside a read");
        }
        work();
        return;
    }
    try {
        m_db->exec("BEGIN IMMEDIATE");
    } catch (const SQLite::Exception& e) {
        throw translateSqliteError(e, m_path, doing);
    }
    m_depth = 1;
    m_writing = true;
    try {
        work();
        m_db->exec("COMMIT");
        m_depth = 0;
    } catch (const SQLite::Exception& e) {
        finishWithRollback();
        throw translateSqliteError(e, m_path, doing);
    } catch (...) {
        finishWithRollback();
        throw;
    }
}

void Workspace::read(std::string_view doing, const std::function<void()>& work) {
    if (m_depth > 0) {
        work();
        return;
    }
    try {
        m_db->exec("BEGIN");
        m_depth = 1;
        m_writing = false;
        work();
        m_db->exec("COMMIT");
        m_depth = 0;
    } catch (const SQLite::Exception& e) {
        finishWithRollback();
        throw translateSqliteError(e, m_path, doing);
    } catch (...) {
        finishWithRollback();
        throw;
    }
}

void Workspace::finishWithRollback() {
    m_depth = 0;
    // SQLite has already rolled back after some failures (a full disk, an I/O error).
    if (sqlite3_get_autocommit(m_db->getHandle()) == 0) {
        try {
            m_db->exec("ROLLBACK");
        } catch (const SQLite::Exception&) {
            // Nothing more to undo; the first failure is what the user needs to see.
        }
    }
}

std::vector<std::string> Workspace::integrityCheck() {
    std::vector<std::string> findings;
    SQLite::Statement check(*m_db, "PRAGMA integrity_check");
    while (check.executeStep()) {
        findings.push_back(check.getColumn(0).getString());
    }
    if (findings.size() == 1 && findings.front() == "ok") {
        findings.clear();
    }
    return findings;
}

} // namespace cr
