// Incidents of every failure mode, loss-line events, liability and insurance for one iteration.
#include "engine/iteration.h"

#include "engine/incident.h"
#include "engine/liability.h"

#include <algorithm>
#include <cmath>

namespace cr {

namespace {

// The end users' categories; with the serial-loss clause off each of their claims stands alone.
bool isEndUserCategory(std::size_t c) {
    return c == index(Category::BusinessInterruption) || c == index(Category::DataLoss) ||
           c == index(Category::Penalties);
}

std::uint64_t drawCount(const Sampler& sampler, Rng& rng) {
    const double v = sampler(rng);
    return v > 0 ? static_cast<std::uint64_t>(std::llround(v)) : 0;
}

} // namespace

IterationSimulator::IterationSimulator(const CompiledScenario& scenario) : m_s(scenario) {
    m_layout.policyCount = scenario.source.insurance.size();
    for (const Policy& p : scenario.source.insurance) {
        m_policies.emplace_back(p);
        if (p.holder == Party::Operator && !p.serialLossClause) {
            m_operatorNeedsUserClaims = true;
        }
    }
}

void IterationSimulator::run(Rng& rng, IterationOutcome& out) {
    out.values.assign(m_layout.size(), 0.0);
    out.hadIncident = false;
    out.claimCapped.assign(m_policies.size(), 0);
    out.aggregateExhausted.assign(m_policies.size(), 0);
    m_operatorClaims.clear();
    m_contractorClaims.clear();

    const std::uint64_t changes = m_s.annual ? drawCount(m_s.changesPerYear, rng) : 1;
    for (const CompiledFailureMode& mode : m_s.failureModes) {
        const double p = mode.probability(rng);
        const std::uint64_t incidents = m_s.annual
                                            ? (changes == 0 ? 0 : sampleBinomial(rng, changes, p))
                                            : (rng.uniform() < p ? 1 : 0);
        for (std::uint64_t i = 0; i < incidents; ++i) {
            if (simulateIncident(m_s, mode, rng, m_incident)) {
                addIncident(m_incident, rng, out);
            }
        }
    }
    for (const CompiledLossLine& line : m_s.lossLines) {
        addLossLineEvents(line, rng, out);
    }
    if (out.hadIncident) {
        applyPolicies(out);
    }
}

void IterationSimulator::addIncident(const IncidentLoss& incident, Rng& rng,
                                     IterationOutcome& out) {
    out.hadIncident = true;
    const Liability liability = assignLiability(m_s, incident.loss, rng);
    double gross = 0, recovered = 0;
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
        out.values[SeriesLayout::category(c)] += incident.loss[c];
        gross += incident.loss[c];
        recovered += liability.byCategory[c];
    }
    out.values[SeriesLayout::category(index(Category::Rework))] += liability.rework;
    value(out, FixedSeries::TotalLoss) += gross + liability.rework;
    value(out, FixedSeries::ContractorLiability) += recovered;
    value(out, FixedSeries::OperatorNet) += gross - recovered;
    value(out, FixedSeries::ContractorNet) += recovered + liability.rework;

    // The operator's claims: what it bears after the contractor's payment.
    m_operatorClaims.openBundle(1);
    Claim& own = m_operatorClaims.addClaim(1);
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
        own.amounts[c] = incident.loss[c] - liability.byCategory[c];
    }
    if (m_operatorNeedsUserClaims) {
        // Split the end users' categories into their individual claims, each reduced by the
        // contractor's recovery in its category pro rata.
        for (std::size_t c = 0; c < kCategoryCount; ++c) {
            if (isEndUserCategory(c) && incident.loss[c] > 0) {
                own.amounts[c] = 0;
            }
        }
        for (const UserClaimGroup& u : incident.userClaims) {
            const std::size_t c = index(u.category);
            const double kept =
                incident.loss[c] > 0 ? 1.0 - liability.byCategory[c] / incident.loss[c] : 1.0;
            Claim& claim = m_operatorClaims.addClaim(u.count);
            claim.amounts[c] = u.amountEach * kept;
        }
    }
    if (liability.atFault && recovered > 0) {
        m_contractorClaims.openBundle(1);
        m_contractorClaims.addClaim(1).amounts = liability.byCategory;
    }
}

void IterationSimulator::addLossLineEvents(const CompiledLossLine& line, Rng& rng,
                                           IterationOutcome& out) {
    const std::uint64_t events = drawCount(line.frequency, rng);
    if (events == 0) {
        return;
    }
    out.hadIncident = true;
    ClaimBook& book = line.bearer == Party::Operator ? m_operatorClaims : m_contractorClaims;
    const std::size_t c = index(line.category);
    double total = 0;
    if (line.severity.isConstant()) {
        // Identical events: one claim counted `events` times, no per-event work.
        const double severity = line.severity.constantValue();
        total = severity * static_cast<double>(events);
        if (severity > 0) {
            book.openBundle(static_cast<double>(events));
            book.addClaim(1).amounts[c] = severity;
        }
    } else {
        for (std::uint64_t e = 0; e < events; ++e) {
            const double severity = line.severity(rng);
            total += severity;
            if (severity > 0) {
                book.openBundle(1);
                book.addClaim(1).amounts[c] = severity;
            }
        }
    }
    out.values[SeriesLayout::category(c)] += total;
    value(out, FixedSeries::TotalLoss) += total;
    value(out, line.bearer == Party::Operator ? FixedSeries::OperatorNet
                                              : FixedSeries::ContractorNet) += total;
}

void IterationSimulator::applyPolicies(IterationOutcome& out) {
    const auto& policies = m_s.source.insurance;
    for (std::size_t p = 0; p < policies.size(); ++p) {
        ClaimBook& book =
            policies[p].holder == Party::Operator ? m_operatorClaims : m_contractorClaims;
        if (m_kept != nullptr && m_keptPolicy == p) {
            m_kept->keep(book, value(out, policies[p].holder == Party::Operator
                                              ? FixedSeries::OperatorNet
                                              : FixedSeries::ContractorNet));
        }
        if (book.bundles.empty()) {
            continue;
        }
        const PolicyYear year = m_policies[p].apply(book);
        out.values[SeriesLayout::policyPaid(p)] = year.paid;
        out.values[SeriesLayout::policyShortfall(p)] = year.shortfall;
        out.claimCapped[p] = year.claimCapped ? 1 : 0;
        out.aggregateExhausted[p] = year.aggregateExhausted ? 1 : 0;
        for (std::size_t c = 0; c < kCategoryCount; ++c) {
            out.values[SeriesLayout::categoryInsured(c)] += year.paidByCategory[c];
        }
        value(out, FixedSeries::InsurancePaid) += year.paid;
        value(out, policies[p].holder == Party::Operator ? FixedSeries::OperatorNet
                                                         : FixedSeries::ContractorNet) -= year.paid;
    }
    value(out, FixedSeries::Uninsured) =
        value(out, FixedSeries::TotalLoss) - value(out, FixedSeries::InsurancePaid);
}

} // namespace cr
