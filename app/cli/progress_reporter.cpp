// A single carriage-return line, throttled.
#include "cli/progress_reporter.h"

#include <fmt/core.h>

#include <cstdio>
#include <unistd.h>

namespace cr::cli {

ProgressReporter::ProgressReporter()
    : m_enabled(::isatty(STDERR_FILENO) != 0), m_start(std::chrono::steady_clock::now()),
      m_last(m_start) {}

void ProgressReporter::update(std::uint64_t done, std::uint64_t total) {
    if (!m_enabled || total == 0) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::milliseconds(100) && done < total) {
        return;
    }
    m_last = now;
    const double seconds = std::chrono::duration<double>(now - m_start).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    const double left = rate > 0 ? static_cast<double>(total - done) / rate : 0.0;
    fmt::print(stderr, "\r{:3.0f} %, {:.2f} M iterations/s, {:.0f} s left   ",
               100.0 * static_cast<double>(done) / static_cast<double>(total), rate / 1e6, left);
    std::fflush(stderr);
    m_printed = true;
}

void ProgressReporter::finish() {
    if (m_printed) {
        fmt::print(stderr, "\r{:60}\r", "");
        std::fflush(stderr);
    }
}

} // namespace cr::cli
