// A save that runs out of space fails cleanly and leaves the previous state intact.
//
// Two ways to run out: SQLite's own page limit (PRAGMA max_page_count), and the operating
// system refusing to grow any file past RLIMIT_FSIZE (EFBIG, as a full disk refuses with
// ENOSPC), in a child process so the limit does not reach the test runner.
#include "store/assessments.h"
#include "store/listing.h"
#include "store/runs.h"
#include "store/save_run.h"
#include "store/workspace.h"
#include "store/workspace_error.h"
#include "store_test_support.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>

namespace cr {
namespace {

namespace fs = std::filesystem;

// A result document of about `bytes` bytes (a long loss exceedance curve, as a real run has).
nlohmann::ordered_json bigResult(const std::string& text, std::size_t bytes) {
    auto doc = test::resultFor(text, 1e6, 9e6, 4e5, 6e5, {0.02});
    auto& lec = doc["series"]["total_loss"]["lec"];
    lec = nlohmann::ordered_json::array();
    // Each pair prints as about 40 characters ("[12345000.123456789,8.1e-06],").
    for (std::size_t i = 0; i < bytes / 40; ++i) {
        lec.push_back({1000.0 * static_cast<double>(i) + 0.123456789, 1.0 / (1.0 + i)});
    }
    EXPECT_GT(doc.dump().size(), bytes * 3 / 4);
    return doc;
}

// What a user sees: clients, assessments, versions, runs and every run's figures.
std::string snapshot(Workspace& ws) {
    std::string out;
    for (const ClientListing& client : listWorkspace(ws)) {
        out += client.client.name + ";";
        for (const AssessmentSummary& a : client.assessments) {
            out += a.assessment.title + "/" + std::to_string(a.versions) + "/" +
                   std::to_string(a.runs) + ";";
            for (const RunRecord& run : listRuns(ws, a.assessment.id)) {
                out += std::to_string(run.id) + ":" + std::to_string(*run.figures.meanTotalLoss);
            }
        }
    }
    return out;
}

void prepare(const fs::path& path) {
    Workspace ws = Workspace::open(path);
    const std::string text = test::scenarioText("Before");
    saveRun(ws, "Client", "Before", text, test::resultFor(text, 10, 20, 5, 5));
}

TEST(FullDisk, SaveBeyondThePageLimitFailsAndKeepsThePreviousState) {
    test::TempDir dir;
    const fs::path path = dir / "w.sqlite";
    prepare(path);
    Workspace ws = Workspace::open(path);
    const std::string before = snapshot(ws);
    const int pages = ws.database().execAndGet("PRAGMA page_count").getInt();
    ws.database().exec("PRAGMA max_page_count = " + std::to_string(pages + 4));

    const std::string text = test::scenarioText("Big");
    try {
        saveRun(ws, "Client", "Big", text, bigResult(text, 1 << 20));
        FAIL() << "a 1 MiB run fitted into 4 free pages";
    } catch (const WorkspaceError& e) {
        EXPECT_EQ(e.kind(), WorkspaceErrorKind::DiskFull) << e.what();
        EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("nothing was saved"), std::string::npos);
    }
    EXPECT_EQ(snapshot(ws), before);
    EXPECT_TRUE(ws.integrityCheck().empty());

    Workspace reopened = Workspace::open(path); // a new connection: no page limit
    EXPECT_EQ(snapshot(reopened), before);
    saveRun(reopened, "Client", "Big", text, bigResult(text, 1 << 20));
    EXPECT_NE(snapshot(reopened), before);
}

TEST(FullDisk, SaveBeyondTheFileSizeLimitFailsAndKeepsThePreviousState) {
    test::TempDir dir;
    const fs::path path = dir / "w.sqlite";
    prepare(path);
    std::string before;
    {
        Workspace ws = Workspace::open(path);
        before = snapshot(ws);
    }
    const test::ChildOutcome outcome = test::runInChild([&](int fd) {
        std::signal(SIGXFSZ, SIG_IGN); // get EFBIG from write() instead of being killed
        Workspace ws = Workspace::open(path);
        std::error_code ec;
        const auto wal = fs::file_size(path.string() + "-wal", ec);
        const rlim_t limit = std::max<rlim_t>(fs::file_size(path), ec ? 0 : wal) + 16384;
        const rlimit cap{limit, limit};
        if (::setrlimit(RLIMIT_FSIZE, &cap) != 0) {
            return 3;
        }
        const std::string text = test::scenarioText("Big");
        try {
            saveRun(ws, "Client", "Big", text, bigResult(text, 1 << 20));
        } catch (const WorkspaceError& e) {
            test::report(fd, e.what());
            const bool clean =
                e.kind() == WorkspaceErrorKind::DiskFull || e.kind() == WorkspaceErrorKind::Io;
            // The same connection still reads the previous state.
            return clean && snapshot(ws) == before ? 0 : 5;
        }
        return 4;
    });
    ASSERT_TRUE(outcome.exitCode.has_value()) << "signal " << *outcome.signal;
    EXPECT_EQ(*outcome.exitCode, 0) << outcome.report;
    EXPECT_NE(outcome.report.find(path.string()), std::string::npos) << outcome.report;
    EXPECT_NE(outcome.report.find("nothing was saved"), std::string::npos) << outcome.report;
    Workspace ws = Workspace::open(path);
    EXPECT_EQ(snapshot(ws), before);
    EXPECT_TRUE(ws.integrityCheck().empty());
}

} // namespace
} // namespace cr
