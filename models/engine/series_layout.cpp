// The names of a run's series (FORMAT.md "Result document"), in SeriesLayout's index order.
#include "engine/engine.h"

#include <stdexcept>

namespace cr {

std::vector<std::string> SeriesLayout::names(const Scenario& scenario) const {
    if (policyCount != scenario.insurance.size()) {
        throw std::logic_error("series layout has " + std::to_string(policyCount) +
                               " policies, the scenario " +
                               std::to_string(scenario.insurance.size()));
    }
    std::vector<std::string> names(size());
    names[fixed(FixedSeries::TotalLoss)] = "total_loss";
    names[fixed(FixedSeries::InsurancePaid)] = "insurance_paid";
    names[fixed(FixedSeries::Uninsured)] = "uninsured";
    names[fixed(FixedSeries::OperatorNet)] = "operator_net";
    names[fixed(FixedSeries::ContractorLiability)] = "contractor_liability";
    names[fixed(FixedSeries::ContractorNet)] = "contractor_net";
    for (const Category c : kAllCategories) {
        const std::string name = "category." + std::string(categoryName(c));
        names[category(index(c))] = name;
        names[categoryInsured(index(c))] = name + ".insured";
    }
    for (std::size_t p = 0; p < policyCount; ++p) {
        const std::string prefix = "policy." + scenario.insurance[p].id;
        names[policyPaid(p)] = prefix + ".paid";
        names[policyShortfall(p)] = prefix + ".shortfall";
    }
    return names;
}

} // namespace cr
