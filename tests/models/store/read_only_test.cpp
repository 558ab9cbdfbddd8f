// A workspace that cannot be written: listing works, every write fails with a clear message.
//
// Root ignores file permissions, and CI runs as root: the checks run in a child process that
// became nobody/nogroup (as an ordinary user, plain permissions do the job).
#include "store/clients.h"
#include "store/import.h"
#include "store/listing.h"
#include "store/scenario_versions.h"
#include "store/workspace.h"
#include "store/workspace_error.h"
#include "store_test_support.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cr {
namespace {

namespace fs = std::filesystem;
constexpr uid_t kNobody = 65534;

void fill(const fs::path& path) {
    Workspace ws = Workspace::open(path);
    importScenarios(ws, "ISP", std::nullopt,
                    {{"a.json", "Routers", test::scenarioText("Routers")},
                     {"b.json", "DNS", test::scenarioText("DNS")}});
}

// Runs the read-only checks as an unprivileged user; returns the child's report on failure.
int checkReadOnly(const fs::path& path, int fd) {
    if (test::runningAsRoot() && !test::dropPrivileges()) {
        test::report(fd, "could not become nobody");
        return 3;
    }
    if (::access(path.c_str(), W_OK) == 0) {
        test::report(fd, "the file is writable for this user: the test would prove nothing");
        return 4;
    }
    Workspace ws = Workspace::open(path);
    if (!ws.isReadOnly()) {
        test::report(fd, "opened for writing");
        return 5;
    }
    const auto listing = listWorkspace(ws);
    if (listing.size() != 1 || listing[0].assessments.size() != 2 ||
        versionByNumber(ws, listing[0].assessments[0].assessment.id, 1).text.empty()) {
        test::report(fd, "listing did not show the stored client and assessments");
        return 6;
    }
    int refused = 0;
    const std::vector<std::function<void()>> writes = {
        [&] { createClient(ws, "new"); },
        [&] { renameClient(ws, listing[0].client.id, "renamed"); },
        [&] {
            importScenarios(ws, "ISP", std::nullopt, {{"c.json", "C", "{}"}});
        },
        [&] { deleteClient(ws, listing[0].client.id); },
    };
    for (const auto& write : writes) {
        try {
            write();
        } catch (const WorkspaceError& e) {
            const std::string what = e.what();
            if (e.kind() == WorkspaceErrorKind::ReadOnly &&
                what.find(path.string()) != std::string::npos &&
                what.find("read-only") != std::string::npos) {
                ++refused;
            } else {
                test::report(fd, "unexpected error: " + what);
            }
        }
    }
    if (refused != static_cast<int>(writes.size())) {
        test::report(fd, "not every write was refused as read-only");
        return 7;
    }
    return listWorkspace(ws).size() == 1 ? 0 : 8;
}

void expectReadOnlyAsNobody(const fs::path& path) {
    const std::string before = test::readBytes(path);
    const test::ChildOutcome outcome =
        test::runInChild([&](int fd) { return checkReadOnly(path, fd); });
    ASSERT_TRUE(outcome.exitCode.has_value()) << "child killed by signal " << *outcome.signal;
    EXPECT_EQ(*outcome.exitCode, 0) << outcome.report;
    EXPECT_EQ(test::readBytes(path), before);
    Workspace ws = Workspace::open(path); // as the owner again: intact
    EXPECT_EQ(listWorkspace(ws)[0].assessments.size(), 2u);
    EXPECT_TRUE(ws.integrityCheck().empty());
}

TEST(ReadOnly, FileInAFolderNobodyMayWriteToListsButRefusesWrites) {
    test::TempDir dir;
    const fs::path folder = dir / "locked";
    fs::create_directory(folder);
    fill(folder / "w.sqlite");
    fs::permissions(folder / "w.sqlite", fs::perms(0444));
    fs::permissions(folder, fs::perms(0555)); // no -wal or -shm can be created here
    const auto entries = test::folderEntries(folder);
    expectReadOnlyAsNobody(folder / "w.sqlite");
    EXPECT_EQ(test::folderEntries(folder), entries);
}

TEST(ReadOnly, ReadOnlyFileInAWritableFolderListsButRefusesWrites) {
    test::TempDir dir;
    const fs::path folder = dir / "shared";
    fs::create_directory(folder);
    fill(folder / "w.sqlite");
    fs::permissions(folder / "w.sqlite", fs::perms(0444));
    if (test::runningAsRoot()) {
        ASSERT_EQ(::chown(folder.c_str(), kNobody, kNobody), 0); // nobody may write the folder
    } else {
        fs::permissions(folder, fs::perms(0755));
    }
    expectReadOnlyAsNobody(folder / "w.sqlite");
}

TEST(ReadOnly, ReadOnlyOptionRefusesWritesEvenForTheOwner) {
    test::TempDir dir;
    fill(dir / "w.sqlite");
    const std::string before = test::readBytes(dir / "w.sqlite");
    {
        Workspace ws = Workspace::open(dir / "w.sqlite", {.readOnly = true});
        EXPECT_TRUE(ws.isReadOnly());
        EXPECT_EQ(listWorkspace(ws).size(), 1u);
        EXPECT_THROW(createClient(ws, "new"), WorkspaceError);
    }
    EXPECT_EQ(test::readBytes(dir / "w.sqlite"), before);
}

TEST(ReadOnly, NoWorkspaceIsCreatedWhereNobodyMayWrite) {
    test::TempDir dir;
    const fs::path folder = dir / "locked";
    fs::create_directory(folder);
    fs::permissions(folder, fs::perms(0555));
    const test::ChildOutcome outcome = test::runInChild([&](int fd) {
        if (test::runningAsRoot() && !test::dropPrivileges()) {
            return 3;
        }
        try {
            Workspace::open(folder / "new.sqlite");
        } catch (const WorkspaceError& e) {
            test::report(fd, e.what());
            return e.kind() == WorkspaceErrorKind::ReadOnly ? 0 : 5;
        }
        return 4;
    });
    ASSERT_TRUE(outcome.exitCode.has_value());
    EXPECT_EQ(*outcome.exitCode, 0) << outcome.report;
    EXPECT_NE(outcome.report.find("new.sqlite"), std::string::npos) << outcome.report;
    EXPECT_TRUE(fs::is_empty(folder));
}

} // namespace
} // namespace cr
