// Backups: a consistent, complete workspace file at the named path, or nothing.
#include "store/backup.h"
#include "store/clients.h"
#include "store/import.h"
#include "store/listing.h"
#include "store/schema.h"
#include "store/workspace.h"
#include "store/workspace_error.h"
#include "store_test_support.h"

#include <gtest/gtest.h>

namespace cr {
namespace {

namespace fs = std::filesystem;

void fill(Workspace& ws) {
    importScenarios(
        ws, "Client \"quoted\"", std::nullopt,
        {{"a.json", "A", test::scenarioText("A")}, {"b.json", "B", test::scenarioText("B")}});
}

TEST(Backup, CopyOpensAsTheSameWorkspace) {
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    fill(ws);
    backupWorkspace(ws, dir / "copy.sqlite");
    Workspace copy = Workspace::open(dir / "copy.sqlite");
    EXPECT_FALSE(copy.wasCreated());
    EXPECT_EQ(applicationId(copy.database()), kWorkspaceApplicationId);
    EXPECT_EQ(userVersion(copy.database()), kWorkspaceSchemaVersion);
    const auto original = listWorkspace(ws);
    const auto copied = listWorkspace(copy);
    ASSERT_EQ(copied.size(), original.size());
    EXPECT_EQ(copied[0].client.name, "Client \"quoted\"");
    EXPECT_EQ(copied[0].assessments.size(), 2u);
    EXPECT_TRUE(copy.integrityCheck().empty());
    // Only the backup was added beside the workspace: no temporary file stays behind.
    for (const std::string& name : test::folderEntries(dir.path())) {
        EXPECT_EQ(name.find(".partial"), std::string::npos) << name;
    }
}

TEST(Backup, ReplacesAnOlderBackup) {
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    backupWorkspace(ws, dir / "copy.sqlite");
    fill(ws);
    backupWorkspace(ws, dir / "copy.sqlite");
    Workspace copy = Workspace::open(dir / "copy.sqlite");
    EXPECT_EQ(listClients(copy).size(), 1u);
}

TEST(Backup, RefusesToOverwriteTheWorkspaceItself) {
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    fill(ws);
    try {
        backupWorkspace(ws, dir.path() / "." / "w.sqlite");
        FAIL();
    } catch (const WorkspaceError& e) {
        EXPECT_EQ(e.kind(), WorkspaceErrorKind::Conflict);
    }
    EXPECT_EQ(listClients(ws).size(), 1u);
}

TEST(Backup, MissingFolderFailsWithoutLeavingAFile) {
    test::TempDir dir;
    Workspace ws = Workspace::open(dir / "w.sqlite");
    try {
        backupWorkspace(ws, dir / "no/such/folder/copy.sqlite");
        FAIL();
    } catch (const WorkspaceError& e) {
        EXPECT_NE(std::string(e.what()).find("copy.sqlite"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(dir / "no"));
}

TEST(Backup, WorksFromAReadOnlyWorkspace) {
    test::TempDir dir;
    {
        Workspace ws = Workspace::open(dir / "w.sqlite");
        fill(ws);
    }
    Workspace ro = Workspace::open(dir / "w.sqlite", {.readOnly = true});
    backupWorkspace(ro, dir / "copy.sqlite");
    Workspace copy = Workspace::open(dir / "copy.sqlite");
    EXPECT_EQ(listWorkspace(copy)[0].assessments.size(), 2u);
}

} // namespace
} // namespace cr
