// Writing a sweep as JSON and wording its recommendation.
#include "decision/sweep_json.h"

#include <cmath>
#include <initializer_list>

namespace cr {

namespace {

using ojson = nlohmann::ordered_json;

ojson number(double x) {
    return std::isfinite(x) ? ojson(x) : ojson(nullptr);
}

ojson number(const std::optional<double>& x) {
    return x ? number(*x) : ojson(nullptr);
}

// A fixed deductible is a number; a percentage one keeps the scenario's object form.
ojson deductibleJson(const Deductible& d) {
    if (!d.isPercent) {
        return number(d.amount);
    }
    ojson out;
    out["percent"] = number(d.percent);
    out["min"] = number(d.min);
    out["max"] = number(d.max);
    return out;
}

std::string money(const Scenario& scenario, std::optional<Money> amount, Language language) {
    if (!amount) {
        return language == Language::German ? "unbegrenzt" : "unlimited";
    }
    return formatMoney(*amount, scenario.currency, language);
}

// Replaces each "{}" of `pattern` by the next argument (models/ does not link fmt).
std::string fill(std::string_view pattern, std::initializer_list<std::string> args) {
    std::string out;
    auto arg = args.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' &&
            arg != args.end()) {
            out += *arg++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace

ojson sweepDocument(const Scenario& scenario, const std::string& scenarioSha256,
                    const SweepResult& sweep) {
    ojson doc;
    doc["format"] = kSweepFormat;
    doc["version"] = kSweepVersion;
    doc["scenario_name"] = scenario.name;
    doc["scenario_sha256"] = scenarioSha256;
    doc["iterations"] = sweep.iterations;
    doc["seed"] = sweep.seed;
    doc["policy"] = scenario.insurance.at(sweep.policy).id;
    doc["target"] = number(sweep.target);
    ojson options = ojson::array();
    for (const CoverOption& o : sweep.options) {
        ojson j;
        j["per_claim_limit"] = number(o.terms.perClaimLimit);
        j["annual_aggregate"] = number(o.terms.annualAggregate());
        j["deductible"] = deductibleJson(o.terms.deductible);
        j["annual_premium"] = number(o.annualPremium);
        j["expected_paid"] = number(o.expectedPaid);
        j["expected_uninsured"] = number(o.expectedUninsured);
        j["uninsured_1_in_100"] = number(o.uninsured1in100);
        j["p_claim_capped"] = number(o.pClaimCapped);
        j["p_aggregate_exhausted"] = number(o.pAggregateExhausted);
        j["expected_uninsured_plus_premium"] = number(o.expectedUninsuredPlusPremium);
        options.push_back(std::move(j));
    }
    doc["options"] = std::move(options);
    doc["recommended"] = sweep.recommended ? ojson(*sweep.recommended) : ojson(nullptr);
    return doc;
}

std::string recommendationSentence(const Scenario& scenario, const SweepResult& sweep,
                                   Language language) {
    const bool de = language == Language::German;
    const std::string target = formatPercent(sweep.target, language);
    if (sweep.recommended) {
        const CoverOption& o = sweep.options.at(*sweep.recommended);
        return fill(
            de ? "Empfehlung: eine Versicherungssumme je Versicherungsfall von {} "
                 "(Jahreshöchstleistung "
                 "{}). Die Wahrscheinlichkeit, dass ein Schaden sie übersteigt, ist {}, unter "
                 "dem Ziel von {}."
               : "Recommended: a per-claim limit of {} (aggregate {}). The probability that a "
                 "claim exceeds the limit is {}, below the target of {}.",
            {money(scenario, o.terms.perClaimLimit, language),
             money(scenario, o.terms.annualAggregate(), language),
             formatPercent(o.pClaimCapped, language), target});
    }
    std::optional<std::size_t> largest;
    for (std::size_t i = 0; i < sweep.options.size(); ++i) {
        if (!largest || sweep.options[i].terms.perClaimLimit.value_or(0) >
                            sweep.options[*largest].terms.perClaimLimit.value_or(0)) {
            largest = i;
        }
    }
    if (!largest) {
        return de ? "Keine Deckungsoptionen." : "No cover options.";
    }
    const CoverOption& o = sweep.options[*largest];
    return fill(
        de ? "Keine Option hält die Wahrscheinlichkeit, dass ein Schaden die Versicherungssumme "
             "übersteigt, unter {}; bei der höchsten, {}, beträgt sie {}."
           : "No option keeps the probability that a claim exceeds the limit below {}; with the "
             "largest limit, {}, it is {}.",
        {target, money(scenario, o.terms.perClaimLimit, language),
         formatPercent(o.pClaimCapped, language)});
}

} // namespace cr
