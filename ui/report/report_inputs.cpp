// Section 4: every input of the scenario in readable tables, distributions in words.
#include "report/report_sections.h"
#include "report/value_text.h"

namespace cr::report {

namespace {

class InputTable {
public:
    explicit InputTable(Section& s) : m_s(s) {
        m_t.widths = {1.5, 2.2};
        m_t.align = {Qt::AlignLeft, Qt::AlignLeft};
        m_t.header = {s.w("in.input"), s.w("in.value")};
    }
    void text(const char* key, const QString& value) { m_t.rows.push_back({m_s.w(key), value}); }
    void dist(const char* key, const Distribution& d, Unit unit) {
        text(key, Section::q(describeDistribution(d, unit, m_s.run.scenario.currency, m_s.lang())));
    }
    void money(const char* key, const std::optional<Money>& amount) {
        text(key, amount ? m_s.money(*amount) : m_s.w("terms.none"));
    }
    void flag(const char* key, bool value) { text(key, m_s.w(value ? "yes" : "no")); }
    void draw() { m_s.out.table(m_t); }

private:
    Section& m_s;
    Table m_t;
};

void simulationTable(Section& s) {
    const Scenario& sc = s.run.scenario;
    s.out.heading(s.w("in.h.simulation"), 2);
    InputTable t(s);
    t.text("in.horizon", s.w(sc.simulation.horizon == Horizon::Annual ? "in.horizon.annual"
                                                                      : "in.horizon.single"));
    t.text("in.iterations",
           Section::q(formatNumber(static_cast<double>(sc.simulation.iterations), 0, s.lang())));
    t.text("in.seed", QString::number(sc.simulation.seed));
    QStringList thresholds;
    for (double x : sc.simulation.thresholds) {
        thresholds << s.money(x);
    }
    t.text("in.thresholds",
           thresholds.isEmpty() ? s.w("terms.none") : thresholds.join(QStringLiteral(", ")));
    t.draw();
}

void assetGroupTables(Section& s) {
    for (const AssetGroup& g : s.run.scenario.environment.assetGroups) {
        s.out.heading(s.w("in.h.assetGroup").arg(Section::q(g.name.empty() ? g.id : g.name)), 2);
        InputTable t(s);
        t.text("in.kind", Section::q(g.kind));
        t.text("in.count", Section::q(formatNumber(static_cast<double>(g.count), 0, s.lang())));
        t.dist("in.usersPerAsset", g.usersPerAsset, Unit::Plain);
        t.dist("in.businessUserShare", g.businessUserShare, Unit::Share);
        t.dist("in.remoteRestoreShare", g.remoteRestoreShare, Unit::Share);
        t.dist("in.remoteRestoreCost", g.remoteRestoreCost, Unit::Money);
        t.dist("in.remoteOutageHours", g.remoteOutageHours, Unit::Hours);
        t.dist("in.manualFixHours", g.manualFixHours, Unit::Hours);
        t.dist("in.outageHours", g.outageHours, Unit::Hours);
        t.dist("in.onsiteShare", g.onsiteShare, Unit::Share);
        t.dist("in.dataAtRiskShare", g.dataAtRiskShare, Unit::Share);
        t.dist("in.backupShare", g.backupShare, Unit::Share);
        t.dist("in.replacementCost", g.replacementCost, Unit::Money);
        t.draw();
    }
}

void supportTables(Section& s) {
    const Environment& e = s.run.scenario.environment;
    s.out.heading(s.w("in.h.support"), 2);
    InputTable t(s);
    t.dist("in.contactRate", e.support.contactRate, Unit::Share);
    t.dist("in.handlingMinutes", e.support.handlingMinutes, Unit::Minutes);
    t.dist("in.costPerMinute", e.support.costPerMinute, Unit::Money);
    t.dist("in.technicianHourlyRate", e.support.technicianHourlyRate, Unit::Money);
    t.dist("in.onsiteVisitCost", e.support.onsiteVisitCost, Unit::Money);
    t.dist("in.incidentOverhead", e.support.incidentOverhead, Unit::Money);
    t.draw();

    s.out.heading(s.w("in.h.endUsers"), 2);
    InputTable u(s);
    u.dist("in.claimRate", e.endUsers.claimRate, Unit::Share);
    u.dist("in.downtimeBusiness", e.endUsers.downtimeCostPerHourBusiness, Unit::Money);
    u.dist("in.downtimeConsumer", e.endUsers.downtimeCostPerHourConsumer, Unit::Money);
    u.dist("in.dataLossAward", e.endUsers.dataLossAward, Unit::Money);
    u.dist("in.defenceCost", e.endUsers.defenceCost, Unit::Money);
    u.dist("in.slaCreditPerUser", e.endUsers.slaCreditPerUser, Unit::Money);
    u.dist("in.slaCreditPerUserHour", e.endUsers.slaCreditPerUserHour, Unit::Money);
    u.money("in.slaCreditCap", e.endUsers.slaCreditCap);
    u.money("in.claimCapPerUser", e.endUsers.claimCapPerUser);
    u.money("in.claimCapPerIncident", e.endUsers.claimCapPerIncident);
    u.dist("in.operatorDowntime", e.operatorSettings.downtimeCostPerHour, Unit::Money);
    u.draw();
}

void changeTables(Section& s) {
    const Scenario& sc = s.run.scenario;
    if (!sc.failureModes.empty() || !sc.change.targets.empty()) {
        s.out.heading(s.w("in.h.change"), 2);
        InputTable t(s);
        t.text("in.changeName", Section::q(sc.change.name));
        QStringList targets;
        for (const std::string& id : sc.change.targets) {
            const AssetGroup* g = sc.findAssetGroup(id);
            targets << Section::q(g && !g->name.empty() ? g->name : id);
        }
        t.text("in.targets", targets.join(QStringLiteral(", ")));
        QStringList waves;
        for (double w : sc.change.rollout.waves) {
            waves << Section::q(valueText(w, Unit::Share, sc.currency, s.lang()));
        }
        t.text("in.waves", waves.join(QStringLiteral(" / ")));
        t.dist("in.detection", sc.change.rollout.detectionProbability, Unit::Share);
        if (sc.simulation.horizon == Horizon::Annual) {
            t.dist("in.changesPerYear", sc.change.changesPerYear, Unit::Count);
        }
        t.draw();
    }
    for (const FailureMode& f : sc.failureModes) {
        s.out.heading(s.w("in.h.failureMode").arg(Section::q(f.name.empty() ? f.id : f.name)), 2);
        InputTable t(s);
        t.dist("in.probability", f.probability, Unit::Share);
        t.dist("in.affectedShare", f.affectedShare, Unit::Share);
        t.flag("in.wipesData", f.wipesData);
        t.flag("in.bricks", f.bricks);
        t.flag("in.reconfiguration", f.requiresReconfiguration);
        t.draw();
    }
}

void contractTable(Section& s) {
    const Contract& c = s.run.scenario.contract;
    s.out.heading(s.w("in.h.contract"), 2);
    InputTable t(s);
    t.flag("in.contractor", c.contractor);
    if (c.contractor) {
        t.money("in.contractValue", c.contractValue);
        QString cap = s.w("terms.unlimited");
        if (c.liabilityCap) {
            cap = c.liabilityCap->kind == LiabilityCap::Kind::Amount
                      ? s.money(c.liabilityCap->value)
                      : s.w("in.capMultiple")
                            .arg(Section::q(plainNumber(c.liabilityCap->value, s.lang())));
            if (c.liabilityCap->minAmount) {
                cap += s.w("in.capAtLeast").arg(s.money(*c.liabilityCap->minAmount));
            }
            if (const auto amount = c.capAmount()) {
                cap += QStringLiteral(" = ") + s.money(*amount);
            }
        }
        t.text("in.liabilityCap", cap);
        t.dist("in.fault", c.faultProbability, Unit::Share);
        t.dist("in.capFails", c.capFailsProbability, Unit::Share);
        t.dist("in.contributory", c.contributoryNegligenceShare, Unit::Share);
        t.dist("in.contractorRate", c.contractorHourlyRate, Unit::Money);
        t.dist("in.reworkHours", c.reworkHours, Unit::Hours);
    }
    t.draw();
}

void lossLineTable(Section& s) {
    const Scenario& sc = s.run.scenario;
    if (sc.lossLines.empty()) {
        return;
    }
    s.out.heading(s.w("in.h.lossLines"), 2);
    Table t;
    t.widths = {1.4, 1.1, 0.8, 1.3, 2.2};
    t.align = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft};
    t.header = {s.w("ll.name"), s.w("ll.category"), s.w("ll.bearer"), s.w("ll.frequency"),
                s.w("ll.severity")};
    for (const LossLine& l : sc.lossLines) {
        t.rows.push_back(
            {Section::q(l.name), s.categoryName(l.category),
             s.w(l.bearer == Party::Contractor ? "party.contractor" : "party.operator"),
             Section::q(describeDistribution(l.frequency, Unit::Count, sc.currency, s.lang())),
             Section::q(describeDistribution(l.severity, Unit::Money, sc.currency, s.lang()))});
    }
    s.out.table(t);
}

} // namespace

void inputsSection(Section& s) {
    s.out.heading(s.w("h.inputs"));
    s.out.paragraph(s.w("in.intro"), 9);
    if (!s.run.scenario.notes.empty()) {
        s.out.paragraph(Section::q(s.run.scenario.notes), 8.5, false, QColor(0x33, 0x3a, 0x42));
    }
    simulationTable(s);
    changeTables(s);
    assetGroupTables(s);
    if (!s.run.scenario.environment.assetGroups.empty()) {
        supportTables(s);
    }
    contractTable(s);
    lossLineTable(s);
}

} // namespace cr::report
