// Blast radius, restoration, support, data loss, downtime claims, SLA credits, caps, overhead.
//
// Every distribution is drawn once per incident (per asset group for group fields): a common
// shock for all assets of the incident. Only counts of assets and people are binomial draws.
#include "engine/incident.h"

#include "distributions/sampler.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace cr {

namespace {

using Count = std::uint64_t;

Count binomial(Rng& rng, Count n, double p) {
    return n == 0 ? 0 : sampleBinomial(rng, n, p);
}

Count usersOf(Count assets, double usersPerAsset) {
    return static_cast<Count>(
        std::max<std::int64_t>(0, roundHalfAway(static_cast<double>(assets) * usersPerAsset)));
}

// Rollout with waves and detection: affected assets per group.
void drawAffected(const CompiledScenario& s, double share, double detection, Rng& rng,
                  std::vector<Count>& affected) {
    affected.assign(s.groups.size(), 0);
    for (std::size_t wave = 0; wave < s.waveCount; ++wave) {
        bool anyFailure = false;
        for (std::size_t g = 0; g < s.groups.size(); ++g) {
            const auto& deployed = s.groups[g].deployedPerWave;
            if (wave < deployed.size()) {
                const Count failures = binomial(rng, static_cast<Count>(deployed[wave]), share);
                affected[g] += failures;
                anyFailure = anyFailure || failures > 0;
            }
        }
        const bool lastWave = wave + 1 == s.waveCount;
        if (!lastWave && anyFailure && detection > 0 && rng.uniform() < detection) {
            return; // detected: the rollout halts before the next wave
        }
    }
}

// Per-incident draws of the fields shared by all groups.
struct IncidentDraws {
    double contactRate, handlingMinutes, costPerMinute, technicianRate, visitCost;
    double claimRateData, claimRateDowntime, costBusiness, costConsumer, award;
    double slaPerUser, slaPerUserHour;
};

IncidentDraws drawShared(const CompiledScenario& s, Rng& rng) {
    IncidentDraws d{};
    d.contactRate = s.contactRate(rng);
    d.handlingMinutes = s.handlingMinutes(rng);
    d.costPerMinute = s.costPerMinute(rng);
    d.technicianRate = s.technicianHourlyRate(rng);
    d.visitCost = s.onsiteVisitCost(rng);
    d.claimRateData = s.claimRate(rng);
    d.claimRateDowntime = s.claimRate(rng); // a fresh draw, independent of the data-loss one
    d.costBusiness = s.downtimeCostBusiness(rng);
    d.costConsumer = s.downtimeCostConsumer(rng);
    d.award = s.dataLossAward(rng);
    d.slaPerUser = s.slaCreditPerUser(rng);
    d.slaPerUserHour = s.slaCreditPerUserHour(rng);
    return d;
}

// Users of one restoration path (slice) of a group: credits owed and downtime claims.
struct Slice {
    Count users = 0;
    double hours = 0;
};

class IncidentBuilder {
public:
    IncidentBuilder(const CompiledScenario& s, const IncidentDraws& d, IncidentLoss& out)
        : m_s(s), m_d(d), m_out(out), m_capPerUser(s.source.environment.endUsers.claimCapPerUser) {}

    void addUserClaims(Category c, double amountEach, Count count) {
        if (count == 0 || amountEach <= 0) {
            return;
        }
        if (m_capPerUser) {
            amountEach = std::min(amountEach, *m_capPerUser);
        }
        m_out.loss[index(c)] += amountEach * static_cast<double>(count);
        m_out.userClaims.push_back({c, amountEach, static_cast<double>(count)});
        m_out.hasClaimant = true;
    }

    void downtimeClaims(const Slice& slice, double businessShare, Rng& rng) {
        if (slice.users == 0) {
            return;
        }
        const Count business = binomial(rng, slice.users, businessShare);
        const Count consumers = slice.users - business;
        addUserClaims(Category::BusinessInterruption, m_d.costBusiness * slice.hours,
                      binomial(rng, business, m_d.claimRateDowntime));
        addUserClaims(Category::BusinessInterruption, m_d.costConsumer * slice.hours,
                      binomial(rng, consumers, m_d.claimRateDowntime));
        m_userHours += static_cast<double>(slice.users) * slice.hours;
        m_slices.push_back(slice);
    }

    // SLA credits (not cut by statutory caps) and the statutory cap per incident.
    void finish() {
        const auto& users = m_s.source.environment.endUsers;
        double credits = m_d.slaPerUser * static_cast<double>(m_affectedUsers) +
                         m_d.slaPerUserHour * m_userHours;
        if (users.slaCreditCap) {
            credits = std::min(credits, *users.slaCreditCap);
        }
        if (credits > 0) {
            m_out.loss[index(Category::Penalties)] += credits;
            // Per-user credits for the serial-loss-off view, scaled to the total owed.
            double uncapped = 0;
            for (const Slice& sl : m_slices) {
                uncapped += static_cast<double>(sl.users) *
                            (m_d.slaPerUser + m_d.slaPerUserHour * sl.hours);
            }
            const double scale = uncapped > 0 ? credits / uncapped : 0;
            for (const Slice& sl : m_slices) {
                const double each = (m_d.slaPerUser + m_d.slaPerUserHour * sl.hours) * scale;
                if (sl.users > 0 && each > 0) {
                    m_out.userClaims.push_back(
                        {Category::Penalties, each, static_cast<double>(sl.users)});
                }
            }
        }
        if (users.claimCapPerIncident) {
            const double claims = m_out.loss[index(Category::BusinessInterruption)] +
                                  m_out.loss[index(Category::DataLoss)];
            if (claims > *users.claimCapPerIncident) {
                const double scale = *users.claimCapPerIncident / claims;
                m_out.loss[index(Category::BusinessInterruption)] *= scale;
                m_out.loss[index(Category::DataLoss)] *= scale;
                for (UserClaimGroup& u : m_out.userClaims) {
                    if (u.category != Category::Penalties) {
                        u.amountEach *= scale;
                    }
                }
            }
        }
    }

    void addAffectedUsers(Count u) { m_affectedUsers += u; }
    // A slice with at least one asset down for `hours` (users or not).
    void noteOutage(double hours) { m_maxHours = std::max(m_maxHours, hours); }
    double maxHours() const { return m_maxHours; }

private:
    const CompiledScenario& m_s;
    const IncidentDraws& m_d;
    IncidentLoss& m_out;
    std::optional<double> m_capPerUser;
    std::vector<Slice> m_slices;
    Count m_affectedUsers = 0;
    double m_userHours = 0;
    double m_maxHours = 0;
};

} // namespace

bool simulateIncident(const CompiledScenario& s, const CompiledFailureMode& mode, Rng& rng,
                      IncidentLoss& out) {
    out.clear();
    thread_local std::vector<Count> affected;
    const double share = mode.affectedShare(rng);
    const double detection = s.detectionProbability(rng);
    drawAffected(s, share, detection, rng, affected);
    Count totalAffected = 0;
    for (Count a : affected) {
        totalAffected += a;
    }
    if (totalAffected == 0) {
        return false;
    }

    const IncidentDraws d = drawShared(s, rng);
    IncidentBuilder builder(s, d, out);
    const bool remediates = mode.bricks || mode.requiresReconfiguration;
    for (std::size_t g = 0; g < s.groups.size(); ++g) {
        const Count a = affected[g];
        if (a == 0) {
            continue;
        }
        const CompiledGroup& grp = s.groups[g];
        const double usersPerAsset = grp.usersPerAsset(rng);
        const double businessShare = grp.businessUserShare(rng);
        const double remoteHours = grp.remoteOutageHours(rng);
        const double manualHours = grp.outageHours(rng);

        // Restoration: bricked assets are replaced and always set up by hand.
        const Count remote = mode.bricks ? 0 : binomial(rng, a, grp.remoteRestoreShare(rng));
        const Count manual = a - remote;
        if (mode.bricks) {
            out.loss[index(Category::Hardware)] +=
                static_cast<double>(a) * grp.replacementCost(rng);
        }
        if (remediates) {
            out.loss[index(Category::Remediation)] +=
                static_cast<double>(remote) * grp.remoteRestoreCost(rng) +
                static_cast<double>(manual) * grp.manualFixHours(rng) * d.technicianRate;
            const Count visits = binomial(rng, manual, grp.onsiteShare(rng));
            out.loss[index(Category::Onsite)] += static_cast<double>(visits) * d.visitCost;
        }

        // End users and support contacts.
        const Count users = usersOf(a, usersPerAsset);
        builder.addAffectedUsers(users);
        const Count contacts = binomial(rng, users, d.contactRate);
        out.loss[index(Category::Support)] +=
            static_cast<double>(contacts) * d.handlingMinutes * d.costPerMinute;

        // Data loss with backups.
        if (mode.wipesData) {
            const double lossShare = grp.dataAtRiskShare(rng) * (1.0 - grp.backupShare(rng));
            const Count lost = binomial(rng, a, std::clamp(lossShare, 0.0, 1.0));
            const Count claimants = binomial(rng, usersOf(lost, usersPerAsset), d.claimRateData);
            builder.addUserClaims(Category::DataLoss, d.award, claimants);
        }

        // Downtime claims per restoration path.
        if (remote > 0) {
            builder.noteOutage(remoteHours);
            builder.downtimeClaims({usersOf(remote, usersPerAsset), remoteHours}, businessShare,
                                   rng);
        }
        if (manual > 0) {
            builder.noteOutage(manualHours);
            builder.downtimeClaims({usersOf(manual, usersPerAsset), manualHours}, businessShare,
                                   rng);
        }
    }
    builder.finish();

    out.loss[index(Category::OperatorDowntime)] += s.operatorDowntimeCost(rng) * builder.maxHours();
    out.loss[index(Category::Overhead)] += s.incidentOverhead(rng);
    if (out.hasClaimant) {
        out.loss[index(Category::Defence)] += s.defenceCost(rng);
    }
    return true;
}

} // namespace cr
