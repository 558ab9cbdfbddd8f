// Small helpers shared by the repository files of the store (not part of its public API).
#pragma once

#include "store/workspace.h"
#include "store/workspace_error.h"

#include <SQLiteCpp/Column.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cr::store_detail {

// UTC with milliseconds, e.g. 2025-03-02T14:01:22.123Z: sorts as text, reads as ISO 8601.
inline constexpr const char* kNowSql = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

// A name or title must have a visible character; anything else (quotes, emoji, 10,000
// characters, SQL) is kept as given, since every value reaches SQLite as a bound parameter.
inline void requireText(const Workspace& ws, std::string_view what, const std::string& value) {
    if (value.find_first_not_of(" \t\r\n\v\f") == std::string::npos) {
        throw WorkspaceError(WorkspaceErrorKind::InvalidInput, ws.path(), std::string(what),
                             "must not be empty");
    }
}

inline std::optional<double> optionalDouble(const SQLite::Column& column) {
    if (column.isNull()) {
        return std::nullopt;
    }
    return column.getDouble();
}

[[noreturn]] inline void notFound(const Workspace& ws, std::string_view what, std::int64_t id) {
    throw WorkspaceError(WorkspaceErrorKind::NotFound, ws.path(),
                         std::string(what) + " " + std::to_string(id),
                         "no such " + std::string(what));
}

} // namespace cr::store_detail
