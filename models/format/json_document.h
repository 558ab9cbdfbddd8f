// JSON text -> nlohmann::json with the positions users need: syntax errors as "line L, column C",
// duplicate keys and excessive nesting as problems, and problems sorted into document order.
#pragma once

#include "scenario/problem.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace cr {

inline constexpr std::size_t kMaxJsonDepth = 100;

struct ParsedJson {
    nlohmann::json value;
    // Duplicate keys and nesting problems (with pointers), or exactly one syntax error.
    Problems problems;
    // The text is not a usable document (syntax error, nesting too deep): `value` is partial.
    bool failed = false;
};

// Never throws on bad input (only std::bad_alloc).
ParsedJson parseJson(std::string_view text);

// "line L, column C" for the character at 0-based byte `offset`; the column counts UTF-8
// characters, as editors do.
std::string lineColumn(std::string_view text, std::size_t offset);

// Stable-sorts problems by where their pointer (or, for a missing key, its nearest existing
// ancestor) first appears in `text`. Problems without a pointer keep their place at the front.
void sortByDocumentOrder(Problems& problems, std::string_view text);

} // namespace cr
