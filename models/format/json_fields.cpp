// Typed field readers for JSON objects: every problem is recorded, nothing stops at the first.
#include "format/json_fields.h"

#include "scenario/number_text.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cr::jsonio {

namespace {

constexpr std::size_t kMaxSuggestions = 20;
constexpr std::size_t kMaxSuggestedLength = 64;
constexpr std::size_t kMaxTypoDistance = 2;

// Levenshtein distance, small strings only: used to suggest a key for a typo.
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string inQuotes(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    out.append(s);
    out += '"';
    return out;
}

// Whole numbers that fit in an int64 exactly (doubles from 1e3-style literals included).
constexpr double kTwoTo63 = 9223372036854775808.0;
constexpr double kTwoTo64 = 18446744073709551616.0;

} // namespace

std::string typeName(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "number";
    case json::value_t::string:
        return "string";
    case json::value_t::array:
        return "array";
    case json::value_t::object:
        return "object";
    default:
        return "binary";
    }
}

void wrongType(Problems& problems, const std::string& at, std::string_view expected,
               const json& got) {
    problems.push_back({at, "must be " + std::string(expected) + ", got " + typeName(got)});
}

std::optional<double> readNumber(Problems& problems, const json& value, const std::string& at) {
    if (!value.is_number()) {
        wrongType(problems, at, "a number", value);
        return std::nullopt;
    }
    const double x = value.get<double>();
    if (!std::isfinite(x)) { // only possible in a document built in code, not parsed text
        problems.push_back({at, "must be a finite number, got " + numberText(x)});
        return std::nullopt;
    }
    return x;
}

std::string oneOfMessage(const std::vector<std::string_view>& names, const std::string& got) {
    std::string message = "must be ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            message += i + 1 == names.size() ? " or " : ", ";
        }
        message += inQuotes(names[i]);
    }
    return message + ", got " + inQuotes(got);
}

Fields::Fields(Problems& problems, const json& value, std::string at)
    : m_problems(problems), m_at(std::move(at)) {
    if (value.is_object()) {
        m_object = &value;
    } else {
        wrongType(m_problems, m_at, "an object", value);
    }
}

std::string Fields::at(std::string_view key) const {
    return pointerJoin(m_at, std::string(key));
}

void Fields::add(std::string where, std::string message) {
    m_problems.push_back({std::move(where), std::move(message)});
}

const json* Fields::get(std::string_view key, Need need) {
    if (!m_object) {
        return nullptr;
    }
    if (std::find(m_known.begin(), m_known.end(), key) == m_known.end()) {
        m_known.emplace_back(key);
    }
    auto it = m_object->find(std::string(key));
    if (it == m_object->end()) {
        if (need == Need::Required) {
            add(at(key), "required");
        }
        return nullptr;
    }
    return &*it;
}

bool Fields::string(std::string_view key, std::string& out, Need need) {
    const json* v = get(key, need);
    if (!v) {
        return false;
    }
    if (!v->is_string()) {
        wrongType(m_problems, at(key), "a string", *v);
        return false;
    }
    out = v->get<std::string>();
    return true;
}

bool Fields::boolean(std::string_view key, bool& out, Need need) {
    const json* v = get(key, need);
    if (!v) {
        return false;
    }
    if (!v->is_boolean()) {
        wrongType(m_problems, at(key), "true or false", *v);
        return false;
    }
    out = v->get<bool>();
    return true;
}

bool Fields::number(std::string_view key, double& out, Need need) {
    const json* v = get(key, need);
    if (!v) {
        return false;
    }
    auto x = readNumber(m_problems, *v, at(key));
    if (x) {
        out = *x;
    }
    return x.has_value();
}

bool Fields::nullableNumber(std::string_view key, std::optional<double>& out) {
    const json* v = get(key);
    if (!v) {
        return false;
    }
    if (v->is_null()) {
        out.reset();
        return true;
    }
    if (!v->is_number()) {
        wrongType(m_problems, at(key), "a number or null", *v);
        return false;
    }
    auto x = readNumber(m_problems, *v, at(key));
    if (x) {
        out = *x;
    }
    return x.has_value();
}

bool Fields::wholeNumber(std::string_view key, std::int64_t& out, Need need) {
    const json* v = get(key, need);
    if (!v) {
        return false;
    }
    if (v->is_number_integer() && !v->is_number_unsigned()) {
        out = v->get<std::int64_t>();
        return true;
    }
    auto x = readNumber(m_problems, *v, at(key));
    if (!x) {
        return false;
    }
    if (std::floor(*x) != *x) {
        add(at(key), "must be a whole number, got " + numberText(*x));
        return false;
    }
    if (*x >= kTwoTo63 || *x < -kTwoTo63) {
        add(at(key), "is too large, got " + numberText(*x));
        return false;
    }
    out = static_cast<std::int64_t>(*x);
    return true;
}

bool Fields::wholeNumber(std::string_view key, std::uint64_t& out, Need need) {
    const json* v = get(key, need);
    if (!v) {
        return false;
    }
    if (v->is_number_unsigned()) {
        out = v->get<std::uint64_t>();
        return true;
    }
    auto x = readNumber(m_problems, *v, at(key));
    if (!x) {
        return false;
    }
    if (std::floor(*x) != *x) {
        add(at(key), "must be a whole number, got " + numberText(*x));
        return false;
    }
    if (*x < 0 || *x >= kTwoTo64) {
        add(at(key), "must be within [0, 18446744073709551615], got " + numberText(*x));
        return false;
    }
    out = static_cast<std::uint64_t>(*x);
    return true;
}

bool Fields::distribution(std::string_view key, Distribution& out, Need need) {
    const json* v = get(key, need);
    if (!v) {
        return false;
    }
    auto d = readDistribution(m_problems, *v, at(key));
    if (d) {
        out = std::move(*d);
    }
    return d.has_value();
}

bool Fields::choice(std::string_view key, const std::vector<std::string_view>& names,
                    std::size_t& out, Need need) {
    std::string name;
    if (!string(key, name, need)) {
        return false;
    }
    auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) {
        add(at(key), oneOfMessage(names, name));
        return false;
    }
    out = static_cast<std::size_t>(it - names.begin());
    return true;
}

void Fields::finish() {
    if (!m_object) {
        return;
    }
    std::size_t unknown = 0;
    for (const auto& [key, value] : m_object->items()) {
        if (std::find(m_known.begin(), m_known.end(), key) != m_known.end()) {
            continue;
        }
        std::string message = "unknown key";
        // Typos are short and few; a flood of unknown keys gets no suggestions (cost).
        if (++unknown <= kMaxSuggestions && key.size() > 2 && key.size() <= kMaxSuggestedLength) {
            std::size_t best = kMaxTypoDistance + 1;
            const std::string* suggestion = nullptr;
            for (const auto& known : m_known) {
                const std::size_t d = editDistance(key, known);
                if (d < best) {
                    best = d;
                    suggestion = &known;
                }
            }
            if (suggestion) {
                message += "; did you mean " + inQuotes(*suggestion) + "?";
            }
        }
        add(at(key), message);
    }
}

} // namespace cr::jsonio
