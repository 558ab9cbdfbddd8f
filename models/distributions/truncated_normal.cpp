// The probability of a normal's truncation interval, computed where it keeps its precision.
#include "distributions/truncated_normal.h"

#include <cmath>
#include <numbers>

namespace cr::detail {

double normalCdf(double z) {
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

double normalUpperTail(double z) {
    return 0.5 * std::erfc(z / std::numbers::sqrt2);
}

NormalInterval normalInterval(const Normal& n) {
    NormalInterval r;
    r.a = (n.min - n.mean) / n.sd;
    r.b = (n.max - n.mean) / n.sd;
    if (r.a > 0) {
        // Both bounds above the mean: upper tails are small numbers without cancellation.
        r.mass = normalUpperTail(r.a) - normalUpperTail(r.b);
    } else if (r.b < 0) {
        r.mass = normalCdf(r.b) - normalCdf(r.a);
    } else {
        r.mass = 1 - normalCdf(r.a) - normalUpperTail(r.b);
    }
    return r;
}

} // namespace cr::detail
