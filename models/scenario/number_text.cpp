// Formatting numbers for problem messages without locale or fmt (models/ does not link fmt).
#include "scenario/number_text.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace cr {

std::string numberText(double x) {
    if (std::isnan(x)) {
        return "NaN";
    }
    if (std::isinf(x)) {
        return x > 0 ? "inf" : "-inf";
    }
    char buffer[64];
    std::to_chars_result r{};
    // Shortest round-trip form would print 1e8 as "1e+08"; users typed 100000000.
    if (std::floor(x) == x && std::fabs(x) < 1e15) {
        r = std::to_chars(buffer, buffer + sizeof buffer, static_cast<std::int64_t>(x));
    } else {
        r = std::to_chars(buffer, buffer + sizeof buffer, x);
    }
    return std::string(buffer, r.ptr);
}

} // namespace cr
