// One simulated iteration (one change, or one year of changes) from draws to series values.
#pragma once

#include "distributions/rng.h"
#include "engine/claims.h"
#include "engine/compiled_scenario.h"
#include "engine/engine.h"
#include "engine/insurance.h"
#include "engine/kept_claims.h"

#include <vector>

namespace cr {

struct IterationOutcome {
    std::vector<double> values; // one per series of the layout
    bool hadIncident = false;
    std::vector<char> claimCapped, aggregateExhausted; // per policy
};

// Holds the scratch space of one worker thread; not shared between threads.
class IterationSimulator {
public:
    explicit IterationSimulator(const CompiledScenario& scenario);
    void run(Rng& rng, IterationOutcome& out);
    const SeriesLayout& layout() const { return m_layout; }
    // From now on, records into `sink` the claims policy `policy` sees (nullptr: stop).
    void keepClaimsInto(std::size_t policy, KeptClaimsChunk* sink) {
        m_keptPolicy = policy;
        m_kept = sink;
    }

private:
    void addIncident(const IncidentLoss& incident, Rng& rng, IterationOutcome& out);
    void addLossLineEvents(const CompiledLossLine& line, Rng& rng, IterationOutcome& out);
    void applyPolicies(IterationOutcome& out);
    double& value(IterationOutcome& out, FixedSeries s) const {
        return out.values[SeriesLayout::fixed(s)];
    }

    const CompiledScenario& m_s;
    SeriesLayout m_layout;
    std::vector<PolicyApplier> m_policies;
    bool m_operatorNeedsUserClaims = false; // an operator policy without the serial-loss clause
    IncidentLoss m_incident;
    ClaimBook m_operatorClaims, m_contractorClaims;
    std::size_t m_keptPolicy = 0;
    KeptClaimsChunk* m_kept = nullptr;
};

} // namespace cr
