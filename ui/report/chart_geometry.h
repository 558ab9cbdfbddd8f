// Where the charts sit on the report's pages, in millimetres from the top-left
// corner of the A4 page. The picture test reads the same boxes to check they are not blank.
#pragma once

namespace cr::report::geometry {

struct BoxMm {
    double x, y, width, height;
};

inline constexpr BoxMm kLossExceedance{20, 30, 170, 100};
inline constexpr BoxMm kCategories{20, 145, 170, 78};
inline constexpr BoxMm kWhoPays{20, 237, 170, 36};

// Issue 7's sections each start on a page of their own (PageWriter::sectionPage) with their
// chart in the box below the heading and its title.
inline constexpr BoxMm kCoverOptions{20, 39, 170, 82};
inline constexpr BoxMm kSafeguards{20, 39, 170, 58};
inline constexpr BoxMm kTornado{20, 39, 170, 118};

} // namespace cr::report::geometry
