// The workspace's SQL schema as a list of forward migrations, numbered by PRAGMA user_version.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace SQLite {
class Database;
}

namespace cr {

// PRAGMA application_id of every ChangeRisk workspace ("CRkW"): tells our file from another
// program's SQLite database before anything is written to it.
inline constexpr std::int32_t kWorkspaceApplicationId = 0x43526B57;

// One step: the SQL that takes the schema from `toVersion - 1` to `toVersion`.
struct Migration {
    int toVersion;
    std::string_view sql;
};

// The program's migrations, oldest first; the last one's version is kWorkspaceSchemaVersion.
std::span<const Migration> workspaceMigrations();
inline constexpr int kWorkspaceSchemaVersion = 1;

// Applies every step newer than the database's user_version, in order, setting user_version
// after each. Runs inside the caller's write transaction, so an upgrade that fails half way
// leaves the old schema. Throws std::logic_error for steps that are not numbered 1, 2, 3, ...
// and std::runtime_error when the database is newer than the last step. Returns the version.
int applyMigrations(SQLite::Database& db, std::span<const Migration> steps);

// PRAGMA user_version and PRAGMA application_id of an open database.
int userVersion(SQLite::Database& db);
std::int32_t applicationId(SQLite::Database& db);

} // namespace cr
