// A process killed (SIGKILL) while importing 1,000 scenarios: the workspace opens afterwards,
// passes PRAGMA integrity_check and holds all of the import or none of it.
#include "store/clients.h"
#include "store/import.h"
#include "store/listing.h"
#include "store/workspace.h"
#include "store_test_support.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <thread>

namespace cr {
namespace {

namespace fs = std::filesystem;
constexpr std::size_t kFiles = 1000;

std::vector<ScenarioFile> thousandScenarios() {
    std::vector<ScenarioFile> files;
    for (std::size_t i = 0; i < kFiles; ++i) {
        const std::string name = "Scenario " + std::to_string(i);
        files.push_back({name + ".json", name, test::scenarioText(name, static_cast<int>(i))});
    }
    return files;
}

// Scenario versions stored for `client` (0 when the client does not exist).
int versionsOf(Workspace& ws, const std::string& client) {
    SQLite::Statement count(ws.database(),
                            "SELECT count(*) FROM scenario_versions v JOIN assessments a ON "
                            "v.assessment_id = a.id JOIN clients c ON a.client_id = c.id "
                            "WHERE c.name = ?");
    count.bind(1, client);
    count.executeStep();
    return count.getColumn(0).getInt();
}

struct Child {
    pid_t pid;
    int readFd; // the child writes 's' when it starts importing, 'h' half way, 'd' when done
};

// Forks a child that imports the files for `client`; with `stopHalfWay` it stops (and waits to
// be killed) after half the files, inside the open transaction.
Child startImport(const fs::path& path, const std::string& client, bool stopHalfWay) {
    int fds[2];
    EXPECT_EQ(::pipe(fds), 0);
    const auto files = thousandScenarios();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        Workspace ws = Workspace::open(path);
        ::write(fds[1], "s", 1);
        importScenarios(ws, client, std::nullopt, files, [&](std::size_t done, std::size_t) {
            if (stopHalfWay && done == kFiles / 2) {
                ::write(fds[1], "h", 1);
                for (;;) {
                    ::pause();
                }
            }
        });
        ::write(fds[1], "d", 1);
        ::_exit(0);
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}

char waitFor(const Child& child) {
    char signal = 0;
    return ::read(child.readFd, &signal, 1) == 1 ? signal : 0;
}

// `finished`: the child said it is done and may have exited before the signal arrives.
void kill(const Child& child, bool finished = false) {
    ::kill(child.pid, SIGKILL);
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    ::close(child.readFd);
    const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    const bool exited = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    EXPECT_TRUE(killed || (finished && exited)) << "status " << status;
}

void prepare(const fs::path& path) {
    Workspace ws = Workspace::open(path);
    importScenarios(ws, "Before", std::nullopt, {{"x.json", "Kept", test::scenarioText("Kept")}});
}

TEST(Crash, KilledHalfWayThroughImportingAThousandScenariosLeavesNone) {
    test::TempDir dir;
    const fs::path path = dir / "w.sqlite";
    prepare(path);
    const Child child = startImport(path, "Bulk", true);
    ASSERT_EQ(waitFor(child), 's');
    ASSERT_EQ(waitFor(child), 'h'); // 500 scenarios are in the open transaction now
    kill(child);
    EXPECT_TRUE(fs::exists(path.string() + "-wal")); // it died without closing

    Workspace ws = Workspace::open(path);
    EXPECT_TRUE(ws.integrityCheck().empty());
    EXPECT_EQ(versionsOf(ws, "Bulk"), 0);
    EXPECT_FALSE(findClient(ws, "Bulk").has_value());
    EXPECT_EQ(versionsOf(ws, "Before"), 1);
}

TEST(Crash, KilledAtAnyMomentOfTheImportHoldsAllOrNone) {
    test::TempDir dir;
    const fs::path path = dir / "w.sqlite";
    prepare(path);

    // How long a whole import takes here, to spread the kills over it.
    const auto files = thousandScenarios();
    double importMs = 0;
    {
        Workspace ws = Workspace::open(dir / "timing.sqlite");
        const auto start = std::chrono::steady_clock::now();
        importScenarios(ws, "Timing", std::nullopt, files);
        importMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
    }
    RecordProperty("import_1000_scenarios_ms", std::to_string(importMs));
    std::cout << "[ measured ] import of " << kFiles
              << " scenarios in one transaction: " << importMs << " ms\n";

    int complete = 0;
    int none = 0;
    constexpr int kKills = 8;
    for (int k = 0; k < kKills; ++k) {
        const std::string client = "Bulk " + std::to_string(k);
        const Child child = startImport(path, client, false);
        ASSERT_EQ(waitFor(child), 's');
        if (k == kKills - 1) {
            ASSERT_EQ(waitFor(child), 'd'); // the last one is killed after its commit
        } else {
            std::this_thread::sleep_for(
                std::chrono::duration<double, std::milli>(importMs * 1.2 * k / (kKills - 1)));
        }
        kill(child, true); // a late kill may find the import finished and the child gone
        Workspace ws = Workspace::open(path);
        ASSERT_TRUE(ws.integrityCheck().empty()) << "after kill " << k;
        const int stored = versionsOf(ws, client);
        EXPECT_TRUE(stored == 0 || stored == static_cast<int>(kFiles))
            << "kill " << k << " left " << stored << " of " << kFiles;
        complete += stored == static_cast<int>(kFiles) ? 1 : 0;
        none += stored == 0 ? 1 : 0;
        EXPECT_EQ(versionsOf(ws, "Before"), 1);
    }
    EXPECT_GE(complete, 1); // the kills covered both outcomes
    EXPECT_GE(none, 1);
}

} // namespace
} // namespace cr
