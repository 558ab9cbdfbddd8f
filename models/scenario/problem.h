// One problem found in user input: the RFC 6901 pointer of the offending value and what is wrong.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace cr {

// `where` is a JSON pointer ("/failure_modes/0/probability") or, for syntax errors,
// "line L, column C". `message` reads as a sentence fragment: "must be within [0, 1], got 1.7".
struct Problem {
    std::string where;
    std::string message;
    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

// Thrown by readers when input is invalid; carries every problem found, in document order.
class InputError : public std::runtime_error {
public:
    explicit InputError(Problems problems);
    const Problems& problems() const { return m_problems; }

private:
    Problems m_problems;
};

// Joins a JSON pointer and a key or index, escaping '~' and '/' as RFC 6901 requires.
std::string pointerJoin(const std::string& base, const std::string& key);
std::string pointerJoin(const std::string& base, std::size_t index);

} // namespace cr
