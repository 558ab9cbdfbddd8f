// Where the three charts sit on the report's chart page, in millimetres from the top-left
// corner of the A4 page. The picture test reads the same boxes to check they are not blank.
#pragma once

namespace cr::report::geometry {

struct BoxMm {
    double x, y, width, height;
};

inline constexpr BoxMm kLossExceedance{20, 30, 170, 100};
inline constexpr BoxMm kCategories{20, 145, 170, 78};
inline constexpr BoxMm kWhoPays{20, 237, 170, 36};

} // namespace cr::report::geometry
