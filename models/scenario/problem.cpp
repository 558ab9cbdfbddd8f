// InputError and JSON-pointer helpers.
#include "scenario/problem.h"

namespace cr {

namespace {
std::string firstMessage(const Problems& problems) {
    if (problems.empty()) {
        return "invalid input";
    }
    return problems.front().where + ": " + problems.front().message;
}
} // namespace

InputError::InputError(Problems problems)
    : std::runtime_error(firstMessage(problems)), m_problems(std::move(problems)) {}

std::string pointerJoin(const std::string& base, const std::string& key) {
    std::string escaped;
    escaped.reserve(key.size());
    for (char c : key) {
        if (c == '~') {
            escaped += "~0";
        } else if (c == '/') {
            escaped += "~1";
        } else {
            escaped += c;
        }
    }
    return base + "/" + escaped;
}

std::string pointerJoin(const std::string& base, std::size_t index) {
    return base + "/" + std::to_string(index);
}

} // namespace cr
