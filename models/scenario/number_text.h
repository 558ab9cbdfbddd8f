// Numbers as they appear in problem messages: "1.7", "100000000", "NaN", "inf".
#pragma once

#include <string>

namespace cr {

// Whole numbers below 1e15 in plain digits, others in the shortest form that reads back exactly.
std::string numberText(double x);

} // namespace cr
