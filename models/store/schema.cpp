// Version 1 of the workspace schema, and the loop that applies migrations in order.
//
// Rules for later versions: never edit a shipped step; add a new one. Ids use AUTOINCREMENT so a
// deleted assessment's id is never reused (a script that runs `delete 7 --yes` twice must not
// hit a newer assessment). Scenario versions are immutable (a trigger refuses UPDATE); deleting
// a client cascades to everything below it.
#include "store/schema.h"

#include <SQLiteCpp/Database.h>

#include <array>
#include <stdexcept>
#include <string>

namespace cr {
namespace {

constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE clients (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name     TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    created  TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TABLE assessments (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    title     TEXT NOT NULL CHECK (length(title) > 0),
    notes     TEXT NOT NULL DEFAULT '',
    created   TEXT NOT NULL,
    modified  TEXT NOT NULL,
    UNIQUE (client_id, title)
);
CREATE INDEX assessments_by_modified ON assessments(modified);
CREATE TABLE scenario_versions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    number        INTEGER NOT NULL CHECK (number >= 1),
    scenario_json TEXT NOT NULL,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    author_note   TEXT NOT NULL DEFAULT '',
    created       TEXT NOT NULL,
    UNIQUE (assessment_id, number)
);
CREATE TRIGGER scenario_versions_are_immutable BEFORE UPDATE ON scenario_versions
BEGIN
    SELECT RAISE(ABORT, 'a saved scenario version is never changed');
END;
CREATE TABLE runs (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id            INTEGER NOT NULL REFERENCES scenario_versions(id) ON DELETE CASCADE,
    created               TEXT NOT NULL,
    iterations            INTEGER NOT NULL,
    seed                  TEXT NOT NULL,  -- decimal: seeds reach 2^64 - 1, past SQLite's INTEGER
    threads               INTEGER NOT NULL,
    program_version       TEXT NOT NULL,
    elapsed_seconds       REAL NOT NULL,
    currency              TEXT NOT NULL,
    result_json           TEXT NOT NULL,
    mean_total_loss       REAL,
    p99_total_loss        REAL,
    mean_insurance_paid   REAL,
    mean_uninsured        REAL,
    shortfall_probability REAL
);
CREATE INDEX runs_by_version ON runs(version_id, created);
CREATE INDEX runs_by_created ON runs(created);
CREATE INDEX runs_by_mean_total_loss ON runs(mean_total_loss);
CREATE INDEX runs_by_p99_total_loss ON runs(p99_total_loss);
CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
);
CREATE TABLE assessment_tags (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (assessment_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX assessment_tags_by_tag ON assessment_tags(tag_id);
)sql";

constexpr std::array kMigrations = {Migration{1, kVersion1}};
static_assert(kMigrations.back().toVersion == kWorkspaceSchemaVersion);

} // namespace

std::span<const Migration> workspaceMigrations() {
    return kMigrations;
}

int userVersion(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

std::int32_t applicationId(SQLite::Database& db) {
    return db.execAndGet("PRAGMA application_id").getInt();
}

int applyMigrations(SQLite::Database& db, std::span<const Migration> steps) {
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].toVersion != static_cast<int>(i) + 1) {
            throw std::logic_error("workspace migrations must be numbered 1, 2, 3, ...");
        }
    }
    int version = userVersion(db);
    if (version > static_cast<int>(steps.size())) {
        throw std::runtime_error("schema version " + std::to_string(version) +
                                 " is newer than this program's " + std::to_string(steps.size()));
    }
    for (const Migration& step : steps.subspan(static_cast<std::size_t>(version))) {
        db.exec(std::string(step.sql));
        // A pragma cannot take a bound parameter; the value is our own integer.
        db.exec("PRAGMA user_version = " + std::to_string(step.toVersion));
        version = step.toVersion;
    }
    return version;
}

} // namespace cr
