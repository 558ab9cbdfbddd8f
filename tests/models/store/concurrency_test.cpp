// Two program instances writing one workspace at the same time: both succeed, nothing is lost.
#include "store/clients.h"
#include "store/import.h"
#include "store/listing.h"
#include "store/runs.h"
#include "store/save_run.h"
#include "store/workspace.h"
#include "store_test_support.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cr {
namespace {

namespace fs = std::filesystem;
constexpr int kSaves = 60;

// Forks one writer per name; all wait on a pipe and start together. Each saves kSaves runs,
// one transaction each, listing the workspace in between; with `reopen` each save opens and
// closes the workspace, as separate `simulate --save` runs do (the last connection to close
// checkpoints and removes the log while the other opens). Returns the exit codes.
std::vector<int> writeTogether(const fs::path& path, const std::vector<std::string>& writers,
                               bool reopen = false) {
    int go[2];
    EXPECT_EQ(::pipe(go), 0);
    std::vector<pid_t> pids;
    for (const std::string& name : writers) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(go[1]);
            char start = 0;
            if (::read(go[0], &start, 1) != 1) {
                ::_exit(2);
            }
            try {
                std::optional<Workspace> ws;
                for (int i = 0; i < kSaves; ++i) {
                    if (!ws || reopen) {
                        ws.reset();
                        ws.emplace(Workspace::open(path));
                    }
                    const std::string title = "Assessment " + std::to_string(i);
                    const std::string text = test::scenarioText(name + " " + title, i);
                    saveRun(*ws, name, title, text, test::resultFor(text, i, 2 * i, i, 0));
                    listWorkspace(*ws);
                }
            } catch (const std::exception& e) {
                std::fprintf(stderr, "writer %s: %s\n", name.c_str(), e.what());
                ::_exit(1);
            }
            ::_exit(0);
        }
        pids.push_back(pid);
    }
    ::close(go[0]);
    const std::string starts(writers.size(), 'g');
    EXPECT_EQ(::write(go[1], starts.data(), starts.size()), static_cast<ssize_t>(starts.size()));
    ::close(go[1]);
    std::vector<int> codes;
    for (const pid_t pid : pids) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        codes.push_back(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    }
    return codes;
}

void expectEverySaveKept(const fs::path& path, const std::vector<std::string>& writers) {
    Workspace ws = Workspace::open(path);
    EXPECT_TRUE(ws.integrityCheck().empty());
    const auto listing = listWorkspace(ws);
    ASSERT_EQ(listing.size(), writers.size());
    for (const ClientListing& client : listing) {
        ASSERT_EQ(client.assessments.size(), static_cast<std::size_t>(kSaves))
            << client.client.name;
        for (const AssessmentSummary& a : client.assessments) {
            EXPECT_EQ(a.versions, 1);
            EXPECT_EQ(a.runs, 1);
        }
    }
}

TEST(Concurrency, TwoProcessesWritingAtOnceBothSucceed) {
    test::TempDir dir;
    const fs::path path = dir / "w.sqlite";
    Workspace::open(path); // exists already
    const std::vector<std::string> writers = {"Writer A", "Writer B"};
    EXPECT_EQ(writeTogether(path, writers), (std::vector<int>{0, 0}));
    expectEverySaveKept(path, writers);
}

TEST(Concurrency, ThreeProcessesOpeningForEverySaveAllSucceed) {
    test::TempDir dir;
    const fs::path path = dir / "w.sqlite";
    const std::vector<std::string> writers = {"Writer A", "Writer B", "Writer C"};
    EXPECT_EQ(writeTogether(path, writers, true), (std::vector<int>{0, 0, 0}));
    expectEverySaveKept(path, writers);
}

TEST(Concurrency, TwoProcessesCreatingTheSameWorkspaceBothSucceed) {
    test::TempDir dir;
    const fs::path path = dir / "new/w.sqlite"; // neither the file nor its folder exists
    const std::vector<std::string> writers = {"Writer A", "Writer B"};
    EXPECT_EQ(writeTogether(path, writers), (std::vector<int>{0, 0}));
    expectEverySaveKept(path, writers);
    // Only the workspace and its WAL files remain: no temporary creation file.
    for (const std::string& name : test::folderEntries(path.parent_path())) {
        EXPECT_EQ(name.rfind("w.sqlite", 0), 0u) << name;
    }
}

TEST(Concurrency, ReadersAreNotBlockedByAnOpenWrite) {
    test::TempDir dir;
    const fs::path path = dir / "w.sqlite";
    Workspace writer = Workspace::open(path);
    createClient(writer, "Committed");
    Workspace reader = Workspace::open(path);
    writer.write("test", [&] {
        createClient(writer, "Not yet committed");
        // WAL: the other connection reads the last committed state without waiting.
        const auto clients = listClients(reader);
        ASSERT_EQ(clients.size(), 1u);
        EXPECT_EQ(clients[0].name, "Committed");
    });
    EXPECT_EQ(listClients(reader).size(), 2u);
}

} // namespace
} // namespace cr
