// Errors a command reports: the exit code (FORMAT.md) and the text after "error: ".
#pragma once

#include <stdexcept>
#include <string>

namespace cr::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitRuntime = 1,      // e.g. an unwritable output path
    kExitInvalidInput = 2, // unreadable file, bad JSON, invalid scenario
    kExitInterrupted = 130,
};

// Thrown by commands; main prints "error: <message>" to stderr and exits with `code`.
class CliError : public std::runtime_error {
public:
    CliError(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

} // namespace cr::cli
