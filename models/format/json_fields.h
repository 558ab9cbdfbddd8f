// Reading typed fields out of a parsed JSON object while collecting every problem with its
// pointer: the building blocks of the scenario reader (unknown keys, "required", wrong types).
#pragma once

#include "distributions/distribution.h"
#include "scenario/problem.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cr::jsonio {

using nlohmann::json;

enum class Need { Optional, Required };

// "null", "boolean", "number", "string", "array", "object".
std::string typeName(const json& value);
// Reports "must be a <expected>, got <type>" at `at`.
void wrongType(Problems& problems, const std::string& at, std::string_view expected,
               const json& got);

// A finite number; reports the problem and returns nullopt otherwise.
std::optional<double> readNumber(Problems& problems, const json& value, const std::string& at);

// One JSON object being read. Every key must be asked for (get or a typed reader) before
// finish(), which reports the keys nobody asked for as unknown.
class Fields {
public:
    // Reports "must be an object, got X" when `value` is not one; reads then do nothing.
    Fields(Problems& problems, const json& value, std::string at);

    bool isObject() const { return m_object != nullptr; }
    const std::string& at() const { return m_at; }
    std::string at(std::string_view key) const;
    Problems& problems() { return m_problems; }

    // The value at `key`, or nullptr when absent (reporting "required" when needed).
    const json* get(std::string_view key, Need need = Need::Optional);

    // Each typed reader leaves `out` unchanged when the key is absent or its value is bad.
    // They return true when they stored a value.
    bool string(std::string_view key, std::string& out, Need need = Need::Optional);
    bool boolean(std::string_view key, bool& out, Need need = Need::Optional);
    bool number(std::string_view key, double& out, Need need = Need::Optional);
    // null reads as nullopt ("none", "unlimited").
    bool nullableNumber(std::string_view key, std::optional<double>& out);
    bool wholeNumber(std::string_view key, std::int64_t& out, Need need = Need::Optional);
    bool wholeNumber(std::string_view key, std::uint64_t& out, Need need = Need::Optional);
    bool distribution(std::string_view key, Distribution& out, Need need = Need::Optional);
    // A string that must be one of `names`; stores its index.
    bool choice(std::string_view key, const std::vector<std::string_view>& names, std::size_t& out,
                Need need = Need::Optional);

    // Reports unknown keys (with a "did you mean" for near misses).
    void finish();

private:
    Problems& m_problems;
    const json* m_object = nullptr;
    std::string m_at;
    std::vector<std::string> m_known;

    void add(std::string where, std::string message);
};

// Calls fn(element, pointer) for each element; reports "must be an array" otherwise.
template <typename Fn>
void forEachElement(Problems& problems, const json& value, const std::string& at, Fn fn) {
    if (!value.is_array()) {
        wrongType(problems, at, "an array", value);
        return;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        fn(value[i], pointerJoin(at, i));
    }
}

// `must be "a", "b" or "c", got "x"`
std::string oneOfMessage(const std::vector<std::string_view>& names, const std::string& got);

// A distribution (FORMAT.md "Distributions"): a plain number or an object with "dist".
// Reports structural problems (names, keys, types); parameter values are checked later by
// validateScenario through checkParameters().
std::optional<Distribution> readDistribution(Problems& problems, const json& value,
                                             const std::string& at);

// A number as JSON: whole values as integers (20000, not 20000.0), others as doubles.
nlohmann::ordered_json numberToJson(double x);
nlohmann::ordered_json distributionToOrderedJson(const Distribution& d);

} // namespace cr::jsonio
