// Migrations: applied in order inside the caller's transaction; the v1 schema's own rules.
#include "store/assessments.h"
#include "store/clients.h"
#include "store/scenario_versions.h"
#include "store/schema.h"
#include "store/workspace.h"
#include "store/workspace_error.h"
#include "store_test_support.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

#include <array>

namespace cr {
namespace {

SQLite::Database memory() {
    return SQLite::Database(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
}

int tableCount(SQLite::Database& db) {
    return db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").getInt();
}

TEST(Schema, MigrationsRunInOrderAndSetUserVersion) {
    const std::array steps = {Migration{1, "CREATE TABLE a (x)"},
                              Migration{2, "CREATE TABLE b (y)"},
                              Migration{3, "ALTER TABLE a ADD COLUMN z DEFAULT 7"}};
    SQLite::Database db = memory();
    EXPECT_EQ(applyMigrations(db, steps), 3);
    EXPECT_EQ(userVersion(db), 3);
    db.exec("INSERT INTO a (x) VALUES (1)");
    EXPECT_EQ(db.execAndGet("SELECT z FROM a").getInt(), 7); // step 3 ran after step 1
}

TEST(Schema, UpgradeRunsOnlyTheNewStepsAndKeepsData) {
    const std::array v1 = {Migration{1, "CREATE TABLE notes (text TEXT)"}};
    const std::array v2 = {Migration{1, "CREATE TABLE notes (text TEXT)"},
                           Migration{2, "ALTER TABLE notes ADD COLUMN author TEXT DEFAULT 'n/a'"}};
    SQLite::Database db = memory();
    applyMigrations(db, v1);
    db.exec("INSERT INTO notes (text) VALUES ('kept')");
    EXPECT_EQ(applyMigrations(db, v2), 2); // step 1 again would fail: table exists
    EXPECT_EQ(db.execAndGet("SELECT text || '/' || author FROM notes").getString(), "kept/n/a");
    EXPECT_EQ(applyMigrations(db, v2), 2); // nothing left to do
}

TEST(Schema, FailedStepRollsBackTheWholeUpgrade) {
    const std::array steps = {Migration{1, "CREATE TABLE a (x)"},
                              Migration{2, "CREATE TABLE broken ("}};
    SQLite::Database db = memory();
    db.exec("BEGIN IMMEDIATE");
    EXPECT_THROW(applyMigrations(db, steps), SQLite::Exception);
    db.exec("ROLLBACK");
    EXPECT_EQ(userVersion(db), 0);
    EXPECT_EQ(tableCount(db), 0);
}

TEST(Schema, MisnumberedStepsAreAProgrammingError) {
    const std::array gap = {Migration{1, "SELECT 1"}, Migration{3, "SELECT 1"}};
    SQLite::Database db = memory();
    EXPECT_THROW(applyMigrations(db, gap), std::logic_error);
    EXPECT_EQ(userVersion(db), 0);
}

TEST(Schema, DatabaseNewerThanTheStepsIsRefused) {
    const std::array steps = {Migration{1, "CREATE TABLE a (x)"}};
    SQLite::Database db = memory();
    db.exec("PRAGMA user_version = 2");
    EXPECT_THROW(applyMigrations(db, steps), std::runtime_error);
    EXPECT_EQ(tableCount(db), 0);
}

TEST(Schema, ProgramMigrationsEndAtTheSchemaVersion) {
    const auto steps = workspaceMigrations();
    ASSERT_FALSE(steps.empty());
    EXPECT_EQ(steps.back().toVersion, kWorkspaceSchemaVersion);
    SQLite::Database db = memory();
    EXPECT_EQ(applyMigrations(db, steps), kWorkspaceSchemaVersion);
    for (const char* table :
         {"clients", "assessments", "scenario_versions", "runs", "tags", "assessment_tags"}) {
        EXPECT_TRUE(db.tableExists(table)) << table;
    }
}

TEST(Schema, SavedScenarioVersionsCannotBeChanged) {
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    const Client c = createClient(ws, "C");
    const Assessment a = createAssessment(ws, c.id, "A");
    const ScenarioVersion v = addVersion(ws, a.id, "{\"name\": \"first\"}");
    EXPECT_THROW(ws.database().exec("UPDATE scenario_versions SET scenario_json = '{}'"),
                 SQLite::Exception);
    EXPECT_EQ(versionByNumber(ws, a.id, 1).text, "{\"name\": \"first\"}");
    EXPECT_EQ(v.number, 1);
}

TEST(Schema, ForeignKeysAreEnforced) {
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    EXPECT_THROW(ws.database().exec("INSERT INTO assessments (client_id, title, created, "
                                    "modified) VALUES (42, 't', '', '')"),
                 SQLite::Exception);
    EXPECT_THROW(createAssessment(ws, 42, "orphan"), WorkspaceError);
}

} // namespace
} // namespace cr
