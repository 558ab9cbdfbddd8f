// The words of the CLI summary in English and German (GLOSSARY.md).
#pragma once

#include "format/number_format.h"

#include <string>
#include <string_view>

namespace cr::cli {

struct SummaryWords {
    std::string_view iterationsLine; // "{iterations} iterations, seed {seed}, ..."
    std::string_view anyIncident;
    std::string_view givenIncidentMean;
    std::string_view givenIncidentTail;
    std::string_view headerSeries, headerMean, headerP99, headerP995, headerTvar, headerPositive;
    std::string_view givenIncidentTitle, headerMedian, headerP90;
    std::string_view totalLoss, insurancePaid, uninsured, operatorNet, contractorLiability,
        contractorNet;
    std::string_view paidBy, shortfallOf;
    std::string_view categoriesTitle, gross, insured;
    std::string_view coverTitle;
    std::string_view unlimitedLimit;
    std::string_view claimExceeds; // "a claim exceeds the {limit} sum insured with probability {p}"
    std::string_view aggregateExhausted; // "the annual aggregate of {agg} is exhausted with ..."
    std::string_view noAggregate;
    std::string_view noPolicies;
    std::string_view categoryName(std::string_view jsonName) const;
    Language language;
};

const SummaryWords& summaryWords(Language language);

} // namespace cr::cli
