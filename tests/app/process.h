// Runs a program as a child process and collects its exit code, stdout and stderr.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace cr::test {

struct ProcessResult {
    int exitCode = -1; // 128 + signal when killed by a signal
    std::string out, err;
};

// Runs `args` (args[0] is the program path). With `interruptAfter`, sends SIGINT to the child
// after that delay.
ProcessResult runProcess(const std::vector<std::string>& args,
                         std::optional<std::chrono::milliseconds> interruptAfter = std::nullopt);

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& content);
// A fresh empty directory under the system temp directory.
std::string makeTempDir();

} // namespace cr::test
