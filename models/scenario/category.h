// Cost categories (MODEL.md "Cost categories") and the parties that bear them.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace cr {

enum class Category : std::size_t {
    Support,
    Remediation,
    Onsite,
    Hardware,
    Overhead,
    OperatorDowntime,
    BusinessInterruption,
    DataLoss,
    Penalties,
    Defence,
    Rework,
    Other,
};
inline constexpr std::size_t kCategoryCount = 12;

inline constexpr std::array<Category, kCategoryCount> kAllCategories = {
    Category::Support,
    Category::Remediation,
    Category::Onsite,
    Category::Hardware,
    Category::Overhead,
    Category::OperatorDowntime,
    Category::BusinessInterruption,
    Category::DataLoss,
    Category::Penalties,
    Category::Defence,
    Category::Rework,
    Category::Other};

// JSON name: "support", "operator_downtime", ...
std::string_view categoryName(Category c);
std::optional<Category> categoryFromName(std::string_view name);
constexpr std::size_t index(Category c) {
    return static_cast<std::size_t>(c);
}

enum class Party { Operator, Contractor };
std::string_view partyName(Party p); // "operator" / "contractor"
std::optional<Party> partyFromName(std::string_view name);

} // namespace cr
