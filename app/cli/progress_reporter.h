// Progress on stderr ("37 %, 2.1 M iterations/s, 3 s left") when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstdint>

namespace cr::cli {

class ProgressReporter {
public:
    ProgressReporter();
    // Called with iterations done; prints at most ten times a second.
    void update(std::uint64_t done, std::uint64_t total);
    // Clears the progress line.
    void finish();

private:
    bool m_enabled;
    bool m_printed = false;
    std::chrono::steady_clock::time_point m_start, m_last;
};

} // namespace cr::cli
