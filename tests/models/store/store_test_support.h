// Helpers for the store tests: temporary folders, file bytes, sample documents, child processes.
// Header-only: the test executable is built from *_test.cpp files alone.
#pragma once

#include "format/sha256.h"

#include <fcntl.h>
#include <grp.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace cr::test {

// A fresh folder under /tmp, readable by every user (the unprivileged tests run as nobody),
// removed with everything in it at the end of the test.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

std::string readBytes(const std::filesystem::path& path);
void writeBytes(const std::filesystem::path& path, const std::string& bytes);
// The file names in `folder`, sorted (to show that nothing was created beside a file).
std::vector<std::string> folderEntries(const std::filesystem::path& folder);

// A small valid scenario (FORMAT.md): a plain frequency-severity model named `name`; `salt`
// changes the figures so texts differ.
std::string scenarioText(const std::string& name, int salt = 0);

// A result document for `scenarioText` with the fields the store reads; the key figures are
// the given values and `shortfalls` are the p_nonzero of policy.<id>.shortfall series ("a", "b",
// ...).
nlohmann::ordered_json resultFor(const std::string& scenarioText, double meanTotalLoss, double p99,
                                 double meanPaid, double meanUninsured,
                                 const std::vector<double>& shortfalls = {});

// How a child process ended: its exit code, or the signal that killed it; plus what it wrote
// through `report` (a message explaining a failed check).
struct ChildOutcome {
    std::optional<int> exitCode;
    std::optional<int> signal;
    std::string report;
};

// Forks; the child runs `body(reportFd)` and _exits with its return value (an uncaught
// exception becomes exit 99 with its what() in the report). Waits for the child.
ChildOutcome runInChild(const std::function<int(int reportFd)>& body);
// Writes a line to a report pipe.
void report(int fd, const std::string& line);
// In a child: become nobody/nogroup with no supplementary groups. False when not permitted.
bool dropPrivileges();
bool runningAsRoot();

inline TempDir::TempDir() {
    std::string pattern = "/tmp/changerisk-store-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_path = pattern;
    std::filesystem::permissions(m_path, std::filesystem::perms(0755));
}

inline TempDir::~TempDir() {
    std::error_code ec;
    // A test may have left folders without write permission: give it back before removing.
    for (auto it = std::filesystem::recursive_directory_iterator(m_path, ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
    }
    std::filesystem::remove_all(m_path, ec);
}

inline std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

inline std::vector<std::string> folderEntries(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

inline std::string scenarioText(const std::string& name, int salt) {
    nlohmann::ordered_json s;
    s["format"] = "changerisk-scenario";
    s["version"] = 1;
    s["name"] = name;
    s["currency"] = "EUR";
    s["simulation"] = {{"iterations", 1000 + salt}, {"seed", 1}};
    s["loss_lines"] = nlohmann::ordered_json::array(
        {{{"name", "Outage"},
          {"category", "other"},
          {"bearer", "operator"},
          {"frequency", {{"dist", "poisson"}, {"lambda", 0.5}}},
          {"severity", {{"dist", "lognormal"}, {"meanlog", 9 + salt % 7}, {"sdlog", 1.1}}}}});
    // Two-space indentation and a final newline, as an editor would save it.
    return s.dump(2) + "\n";
}

inline nlohmann::ordered_json resultFor(const std::string& scenarioText, double meanTotalLoss,
                                        double p99, double meanPaid, double meanUninsured,
                                        const std::vector<double>& shortfalls) {
    nlohmann::ordered_json r;
    r["format"] = "changerisk-result";
    r["version"] = 1;
    r["program_version"] = "0.1.0";
    r["scenario_name"] = "test";
    r["scenario_sha256"] = sha256Hex(scenarioText);
    r["iterations"] = 1000;
    r["seed"] = 1;
    r["threads"] = 2;
    r["elapsed_seconds"] = 0.25;
    r["currency"] = "EUR";
    auto series = [](double mean) {
        return nlohmann::ordered_json{{"mean", mean},
                                      {"quantiles", {{"0.5", mean / 2}, {"0.99", mean * 10}}},
                                      {"p_nonzero", 0.5}};
    };
    r["series"]["total_loss"] = series(meanTotalLoss);
    r["series"]["total_loss"]["quantiles"]["0.99"] = p99;
    r["series"]["insurance_paid"] = series(meanPaid);
    r["series"]["uninsured"] = series(meanUninsured);
    for (std::size_t i = 0; i < shortfalls.size(); ++i) {
        const std::string id(1, static_cast<char>('a' + i));
        r["series"]["policy." + id + ".paid"] = series(1.0);
        r["series"]["policy." + id + ".shortfall"] = series(1.0);
        r["series"]["policy." + id + ".shortfall"]["p_nonzero"] = shortfalls[i];
    }
    return r;
}

inline void report(int fd, const std::string& line) {
    const std::string text = line + "\n";
    [[maybe_unused]] const auto written = ::write(fd, text.data(), text.size());
}

inline ChildOutcome runInChild(const std::function<int(int reportFd)>& body) {
    int fds[2];
    if (::pipe(fds) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        ::close(fds[0]);
        int code = 99;
        try {
            code = body(fds[1]);
        } catch (const std::exception& e) {
            report(fds[1], std::string("uncaught exception: ") + e.what());
        }
        ::_exit(code);
    }
    ::close(fds[1]);
    ChildOutcome outcome;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = ::read(fds[0], buffer, sizeof buffer)) > 0) {
        outcome.report.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFEXITED(status)) {
        outcome.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        outcome.signal = WTERMSIG(status);
    }
    return outcome;
}

inline bool dropPrivileges() {
    constexpr uid_t kNobody = 65534;
    constexpr gid_t kNogroup = 65534;
    return ::setgroups(0, nullptr) == 0 && ::setgid(kNogroup) == 0 && ::setuid(kNobody) == 0 &&
           ::geteuid() == kNobody;
}

inline bool runningAsRoot() {
    return ::geteuid() == 0;
}

} // namespace cr::test
