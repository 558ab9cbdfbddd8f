// Names of categories and parties as they appear in the JSON formats.
#include "scenario/category.h"

namespace cr {

namespace {
constexpr std::array<std::string_view, kCategoryCount> kCategoryNames = {"support",
                                                                         "remediation",
                                                                         "onsite",
                                                                         "hardware",
                                                                         "overhead",
                                                                         "operator_downtime",
                                                                         "business_interruption",
                                                                         "data_loss",
                                                                         "penalties",
                                                                         "defence",
                                                                         "rework",
                                                                         "other"};
} // namespace

std::string_view categoryName(Category c) {
    return kCategoryNames.at(index(c));
}

std::optional<Category> categoryFromName(std::string_view name) {
    for (std::size_t i = 0; i < kCategoryCount; ++i) {
        if (kCategoryNames[i] == name) {
            return kAllCategories[i];
        }
    }
    return std::nullopt;
}

std::string_view partyName(Party p) {
    return p == Party::Operator ? "operator" : "contractor";
}

std::optional<Party> partyFromName(std::string_view name) {
    if (name == "operator") {
        return Party::Operator;
    }
    if (name == "contractor") {
        return Party::Contractor;
    }
    return std::nullopt;
}

} // namespace cr
