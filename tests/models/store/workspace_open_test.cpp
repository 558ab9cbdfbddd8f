// Opening workspaces: creation, and refusal (file untouched) of anything that is not ours.
#include "store/clients.h"
#include "store/schema.h"
#include "store/workspace.h"
#include "store/workspace_error.h"
#include "store_test_support.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <filesystem>

namespace cr {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

// Opens `path`, expects a WorkspaceError of `kind` whose message names the file, and checks
// that neither the file's bytes nor the folder's entries changed.
void expectRefusedUntouched(const fs::path& path, WorkspaceErrorKind kind,
                            const std::string& phrase) {
    const std::string before = test::readBytes(path);
    const auto entriesBefore = test::folderEntries(path.parent_path());
    try {
        Workspace::open(path);
        FAIL() << "opened " << path;
    } catch (const WorkspaceError& e) {
        EXPECT_EQ(e.kind(), kind) << e.what();
        EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(phrase), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("untouched"), std::string::npos) << e.what();
    }
    EXPECT_EQ(test::readBytes(path), before);
    EXPECT_EQ(test::folderEntries(path.parent_path()), entriesBefore);
}

// A workspace with enough rows to span many pages, closed cleanly (WAL checkpointed away).
void makeWorkspaceWithData(const fs::path& path) {
    Workspace ws = Workspace::open(path);
    for (int i = 0; i < 40; ++i) {
        createClient(ws, "client " + std::to_string(i) + std::string(400, 'x'));
    }
}

TEST(WorkspaceOpen, CreatesAnEmptyWorkspaceWithItsFolders) {
    TempDir dir;
    const fs::path path = dir / "a/b/workspace.sqlite";
    {
        Workspace ws = Workspace::open(path);
        EXPECT_TRUE(ws.wasCreated());
        EXPECT_FALSE(ws.isReadOnly());
        EXPECT_TRUE(listClients(ws).empty());
        SQLite::Database& db = ws.database();
        EXPECT_EQ(applicationId(db), kWorkspaceApplicationId);
        EXPECT_EQ(userVersion(db), kWorkspaceSchemaVersion);
        EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
        EXPECT_EQ(db.execAndGet("PRAGMA foreign_keys").getInt(), 1);
        EXPECT_EQ(db.execAndGet("PRAGMA secure_delete").getInt(), 1);
        EXPECT_EQ(db.execAndGet("PRAGMA busy_timeout").getInt(), 5000);
        EXPECT_TRUE(ws.integrityCheck().empty());
    }
    Workspace again = Workspace::open(path);
    EXPECT_FALSE(again.wasCreated());
}

TEST(WorkspaceOpen, MissingFileWithoutCreateIsNotFound) {
    TempDir dir;
    try {
        Workspace::open(dir / "none.sqlite", {.create = false});
        FAIL();
    } catch (const WorkspaceError& e) {
        EXPECT_EQ(e.kind(), WorkspaceErrorKind::NotFound);
    }
    EXPECT_FALSE(fs::exists(dir / "none.sqlite"));
}

TEST(WorkspaceOpen, EmptyFileIsSetUp) {
    // What a first start leaves when it is stopped between creating the file and committing.
    TempDir dir;
    test::writeBytes(dir / "w.sqlite", "");
    Workspace ws = Workspace::open(dir / "w.sqlite");
    EXPECT_TRUE(ws.wasCreated());
    EXPECT_EQ(applicationId(ws.database()), kWorkspaceApplicationId);
}

TEST(WorkspaceOpen, BlankSqliteDatabaseIsSetUp) {
    TempDir dir;
    {
        SQLite::Database blank((dir / "w.sqlite").string(),
                               SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        blank.exec("PRAGMA page_size = 4096; VACUUM");
    }
    Workspace ws = Workspace::open(dir / "w.sqlite");
    EXPECT_TRUE(ws.wasCreated());
}

TEST(WorkspaceOpen, TextFileIsRefusedUntouched) {
    TempDir dir;
    test::writeBytes(dir / "notes.sqlite", "Dear client,\nthis is not a database.\n");
    expectRefusedUntouched(dir / "notes.sqlite", WorkspaceErrorKind::NotAWorkspace,
                           "not a SQLite database");
}

TEST(WorkspaceOpen, JsonFileGivenByMistakeIsRefusedUntouched) {
    TempDir dir;
    test::writeBytes(dir / "scenario.json", test::scenarioText("x"));
    expectRefusedUntouched(dir / "scenario.json", WorkspaceErrorKind::NotAWorkspace,
                           "not a SQLite database");
}

TEST(WorkspaceOpen, DatabaseTruncatedToHalfIsRefusedUntouched) {
    TempDir dir;
    const fs::path path = dir / "w.sqlite";
    makeWorkspaceWithData(path);
    const auto size = fs::file_size(path);
    ASSERT_GT(size, 8 * 4096u);
    fs::resize_file(path, size / 2 / 4096 * 4096); // whole pages: only the header tells
    expectRefusedUntouched(path, WorkspaceErrorKind::NotAWorkspace, "truncated");
}

TEST(WorkspaceOpen, DatabaseCutMidPageIsRefusedUntouched) {
    TempDir dir;
    const fs::path path = dir / "w.sqlite";
    makeWorkspaceWithData(path);
    fs::resize_file(path, 3 * 4096 + 1000);
    expectRefusedUntouched(path, WorkspaceErrorKind::NotAWorkspace, "truncated");
}

TEST(WorkspaceOpen, DatabaseCutInsideItsHeaderIsRefusedUntouched) {
    TempDir dir;
    const fs::path path = dir / "w.sqlite";
    makeWorkspaceWithData(path);
    fs::resize_file(path, 60);
    expectRefusedUntouched(path, WorkspaceErrorKind::NotAWorkspace, "truncated");
}

TEST(WorkspaceOpen, DatabaseWithDamagedPagesIsRefusedUntouched) {
    TempDir dir;
    const fs::path path = dir / "w.sqlite";
    makeWorkspaceWithData(path);
    std::string bytes = test::readBytes(path);
    // Page 1 holds the schema table after the 100-byte header: overwrite it with garbage.
    for (std::size_t i = 100; i < 4096; ++i) {
        bytes[i] = static_cast<char>(0xA5);
    }
    test::writeBytes(path, bytes);
    expectRefusedUntouched(path, WorkspaceErrorKind::NotAWorkspace, "damaged");
}

TEST(WorkspaceOpen, AnotherProgramsDatabaseIsRefusedUntouched) {
    TempDir dir;
    const fs::path path = dir / "music.db";
    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Yesterday')");
    }
    expectRefusedUntouched(path, WorkspaceErrorKind::NotAWorkspace, "another program");
}

TEST(WorkspaceOpen, DatabaseWithAnotherApplicationIdIsRefusedUntouched) {
    TempDir dir;
    const fs::path path = dir / "other.db";
    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("PRAGMA application_id = 305419896"); // 0x12345678, no tables yet
    }
    expectRefusedUntouched(path, WorkspaceErrorKind::NotAWorkspace, "0x12345678");
}

TEST(WorkspaceOpen, WorkspaceOfANewerProgramIsRefusedUntouched) {
    TempDir dir;
    const fs::path path = dir / "w.sqlite";
    makeWorkspaceWithData(path);
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = " + std::to_string(kWorkspaceSchemaVersion + 1));
        raw.exec("PRAGMA journal_mode = DELETE"); // leave no -wal/-shm of our own behind
    }
    expectRefusedUntouched(path, WorkspaceErrorKind::NewerVersion, "newer version of ChangeRisk");
}

TEST(WorkspaceOpen, FolderIsRefused) {
    TempDir dir;
    fs::create_directory(dir / "folder.sqlite");
    try {
        Workspace::open(dir / "folder.sqlite");
        FAIL();
    } catch (const WorkspaceError& e) {
        EXPECT_EQ(e.kind(), WorkspaceErrorKind::NotAWorkspace);
        EXPECT_NE(std::string(e.what()).find("folder.sqlite"), std::string::npos);
    }
}

TEST(WorkspaceOpen, PathWithUriCharactersOpensReadOnly) {
    // The read-only open goes through a file: URI; '?', '#' and '%' must not cut the path.
    TempDir dir;
    const fs::path path = dir / "odd ?#% name.sqlite";
    {
        Workspace ws = Workspace::open(path);
        createClient(ws, "A");
    }
    Workspace ro = Workspace::open(path, {.readOnly = true});
    EXPECT_TRUE(ro.isReadOnly());
    ASSERT_EQ(listClients(ro).size(), 1u);
    EXPECT_FALSE(fs::exists(dir / "odd "));
}

} // namespace
} // namespace cr
