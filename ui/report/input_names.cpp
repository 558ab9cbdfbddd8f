// Names of uncertain inputs by JSON pointer, in the words of the report's input tables.
#include "report/input_names.h"

#include <QStringList>

#include <string_view>

namespace cr::report {

namespace {

struct Field {
    std::string_view name; // the pointer's last part (FORMAT.md key)
    std::string_view key;  // the report word
    Unit unit;
};

constexpr Field kAssetGroupFields[] = {
    {"users_per_asset", "in.usersPerAsset", Unit::Plain},
    {"business_user_share", "in.businessUserShare", Unit::Share},
    {"remote_restore_share", "in.remoteRestoreShare", Unit::Share},
    {"remote_restore_cost", "in.remoteRestoreCost", Unit::Money},
    {"remote_outage_hours", "in.remoteOutageHours", Unit::Hours},
    {"manual_fix_hours", "in.manualFixHours", Unit::Hours},
    {"outage_hours", "in.outageHours", Unit::Hours},
    {"onsite_share", "in.onsiteShare", Unit::Share},
    {"data_at_risk_share", "in.dataAtRiskShare", Unit::Share},
    {"backup_share", "in.backupShare", Unit::Share},
    {"replacement_cost", "in.replacementCost", Unit::Money}};

constexpr Field kFixedFields[] = {
    {"/environment/support/contact_rate", "in.contactRate", Unit::Share},
    {"/environment/support/handling_minutes", "in.handlingMinutes", Unit::Minutes},
    {"/environment/support/cost_per_minute", "in.costPerMinute", Unit::Money},
    {"/environment/support/technician_hourly_rate", "in.technicianHourlyRate", Unit::Money},
    {"/environment/support/onsite_visit_cost", "in.onsiteVisitCost", Unit::Money},
    {"/environment/support/incident_overhead", "in.incidentOverhead", Unit::Money},
    {"/environment/end_users/claim_rate", "in.claimRate", Unit::Share},
    {"/environment/end_users/downtime_cost_per_hour_business", "in.downtimeBusiness", Unit::Money},
    {"/environment/end_users/downtime_cost_per_hour_consumer", "in.downtimeConsumer", Unit::Money},
    {"/environment/end_users/data_loss_award", "in.dataLossAward", Unit::Money},
    {"/environment/end_users/defence_cost", "in.defenceCost", Unit::Money},
    {"/environment/end_users/sla_credit_per_user", "in.slaCreditPerUser", Unit::Money},
    {"/environment/end_users/sla_credit_per_user_hour", "in.slaCreditPerUserHour", Unit::Money},
    {"/environment/operator/downtime_cost_per_hour", "in.operatorDowntime", Unit::Money},
    {"/change/rollout/detection_probability", "in.detection", Unit::Share},
    {"/change/changes_per_year", "in.changesPerYear", Unit::Count},
    {"/contract/fault_probability", "in.fault", Unit::Share},
    {"/contract/cap_fails_probability", "in.capFails", Unit::Share},
    {"/contract/contributory_negligence_share", "in.contributory", Unit::Share},
    {"/contract/contractor_hourly_rate", "in.contractorRate", Unit::Money},
    {"/contract/rework_hours", "in.reworkHours", Unit::Hours}};

constexpr Field kFailureModeFields[] = {{"probability", "in.probability", Unit::Share},
                                        {"affected_share", "in.affectedShare", Unit::Share}};
constexpr Field kLossLineFields[] = {{"frequency", "ll.frequency", Unit::Count},
                                     {"severity", "ll.severity", Unit::Money}};

template <std::size_t N>
const Field* find(const Field (&fields)[N], std::string_view name) {
    for (const Field& f : fields) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

QString utf8(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

InputName inputName(const Scenario& scenario, const std::string& pointer, const Words& words) {
    if (const Field* f = find(kFixedFields, pointer)) {
        return {words(f->key), f->unit};
    }
    // "/environment/asset_groups/0/manual_fix_hours" and the like: a list, an index, a field.
    const QStringList parts = utf8(pointer).split(QLatin1Char('/'));
    bool ok = false;
    const std::size_t index = parts.size() >= 3 ? parts[parts.size() - 2].toULong(&ok) : 0;
    if (ok) {
        const std::string list = parts[parts.size() - 3].toStdString();
        const std::string field = parts.back().toStdString();
        const auto named = [&](const Field* f, const QString& where) -> InputName {
            return {words("se.of").arg(words(f->key), where), f->unit};
        };
        const auto& groups = scenario.environment.assetGroups;
        if (list == "asset_groups" && index < groups.size()) {
            if (const Field* f = find(kAssetGroupFields, field)) {
                const AssetGroup& g = groups[index];
                return named(f, words("se.group").arg(utf8(g.name.empty() ? g.id : g.name)));
            }
        }
        if (list == "failure_modes" && index < scenario.failureModes.size()) {
            if (const Field* f = find(kFailureModeFields, field)) {
                const FailureMode& m = scenario.failureModes[index];
                return named(f, words("se.failureMode").arg(utf8(m.name.empty() ? m.id : m.name)));
            }
        }
        if (list == "loss_lines" && index < scenario.lossLines.size()) {
            if (const Field* f = find(kLossLineFields, field)) {
                return named(f, words("se.lossLine").arg(utf8(scenario.lossLines[index].name)));
            }
        }
    }
    return {utf8(pointer), Unit::Plain};
}

} // namespace cr::report
