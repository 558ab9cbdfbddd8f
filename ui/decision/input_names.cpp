// inputName: the last key of the pointer in words, the list entry's id in brackets.
#include "decision/input_names.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

namespace cr::ui {

namespace {

const char* const kContext = "cr::ui::InputNames";

// Keys as in FORMAT.md (models/decision/uncertain_inputs.cpp lists which can be uncertain).
const std::map<QString, const char*>& fieldWords() {
    static const std::map<QString, const char*> words = {
        {QStringLiteral("users_per_asset"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "End users per asset")},
        {QStringLiteral("business_user_share"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Share of business users")},
        {QStringLiteral("remote_restore_share"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Share restored remotely")},
        {QStringLiteral("remote_restore_cost"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Cost of a remote restore")},
        {QStringLiteral("remote_outage_hours"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Outage hours, remote restore")},
        {QStringLiteral("manual_fix_hours"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Hours of a manual fix")},
        {QStringLiteral("outage_hours"), QT_TRANSLATE_NOOP("cr::ui::InputNames", "Outage hours")},
        {QStringLiteral("onsite_share"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Share needing an on-site visit")},
        {QStringLiteral("data_at_risk_share"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Share of data at risk")},
        {QStringLiteral("backup_share"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Share restorable from backup")},
        {QStringLiteral("replacement_cost"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Replacement cost")},
        {QStringLiteral("contact_rate"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Support contact rate")},
        {QStringLiteral("handling_minutes"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Minutes per support contact")},
        {QStringLiteral("cost_per_minute"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Support cost per minute")},
        {QStringLiteral("technician_hourly_rate"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Technician hourly rate")},
        {QStringLiteral("onsite_visit_cost"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Cost of an on-site visit")},
        {QStringLiteral("incident_overhead"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Incident overhead")},
        {QStringLiteral("claim_rate"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "End users' claim rate")},
        {QStringLiteral("downtime_cost_per_hour_business"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Business user's downtime per hour")},
        {QStringLiteral("downtime_cost_per_hour_consumer"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Consumer's downtime per hour")},
        {QStringLiteral("data_loss_award"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Award for lost data")},
        {QStringLiteral("defence_cost"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Defence costs per claim")},
        {QStringLiteral("sla_credit_per_user"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "SLA credit per user")},
        {QStringLiteral("sla_credit_per_user_hour"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "SLA credit per user and hour")},
        {QStringLiteral("downtime_cost_per_hour"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Operator's downtime per hour")},
        {QStringLiteral("detection_probability"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Detection probability")},
        {QStringLiteral("changes_per_year"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Changes per year")},
        {QStringLiteral("probability"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Failure probability")},
        {QStringLiteral("affected_share"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Share of assets hit")},
        {QStringLiteral("fault_probability"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Contractor's fault probability")},
        {QStringLiteral("cap_fails_probability"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Probability the cap fails")},
        {QStringLiteral("contributory_negligence_share"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Contributory negligence share")},
        {QStringLiteral("contractor_hourly_rate"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Contractor's hourly rate")},
        {QStringLiteral("rework_hours"), QT_TRANSLATE_NOOP("cr::ui::InputNames", "Rework hours")},
        {QStringLiteral("frequency"),
         QT_TRANSLATE_NOOP("cr::ui::InputNames", "Events per horizon")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("cr::ui::InputNames", "Amount per event")},
    };
    return words;
}

// The id of list entry `index` of `list` ("asset_groups", ...); empty when unknown.
QString entryId(const Scenario& s, const QString& list, int index) {
    if (index < 0) {
        return {};
    }
    const auto at = static_cast<std::size_t>(index);
    if (list == QLatin1String("asset_groups") && at < s.environment.assetGroups.size()) {
        return QString::fromStdString(s.environment.assetGroups[at].id);
    }
    if (list == QLatin1String("failure_modes") && at < s.failureModes.size()) {
        return QString::fromStdString(s.failureModes[at].id);
    }
    if (list == QLatin1String("loss_lines") && at < s.lossLines.size()) {
        return QString::fromStdString(s.lossLines[at].name);
    }
    return {};
}

} // namespace

QString inputName(const Scenario& scenario, const std::string& pointer) {
    const QString text = QString::fromStdString(pointer);
    const QStringList keys = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (keys.isEmpty()) {
        return text;
    }
    const auto word = fieldWords().find(keys.back());
    if (word == fieldWords().end()) {
        return text;
    }
    QString name = QCoreApplication::translate(kContext, word->second);
    for (int i = 0; i + 1 < keys.size(); ++i) {
        bool isIndex = false;
        const int index = keys[i + 1].toInt(&isIndex);
        const QString id = isIndex ? entryId(scenario, keys[i], index) : QString();
        if (!id.isEmpty()) {
            name += QStringLiteral(" (%1)").arg(id);
            break;
        }
    }
    return name;
}

} // namespace cr::ui
