// Section 5: each policy's terms and what it pays; side by side for several policies or runs.
#include "report/report_sections.h"
#include "report/value_text.h"

namespace cr::report {

namespace {

QString deductibleText(const Section& s, const Policy& p) {
    if (!p.deductible.isPercent) {
        return s.money(p.deductible.amount);
    }
    QString text = s.w("terms.percentDeductible")
                       .arg(Section::q(plainNumber(p.deductible.percent, s.lang(), 3)));
    if (p.deductible.min) {
        text += s.w("terms.atLeast").arg(s.money(*p.deductible.min));
    }
    if (p.deductible.max) {
        text += s.w("terms.atMost").arg(s.money(*p.deductible.max));
    }
    return text;
}

// The terms as rows (label, value): the same rows in the per-policy and side-by-side tables.
std::vector<std::pair<QString, QString>> termRows(const Section& s, const Policy& p) {
    QStringList covers;
    for (Category c : kAllCategories) {
        if (p.covers[index(c)]) {
            covers << s.categoryName(c);
        }
    }
    QStringList sublimits;
    for (const auto& [c, amount] : p.sublimits) {
        sublimits << s.categoryName(c) + QStringLiteral(" ") + s.money(amount);
    }
    const auto aggregate = p.annualAggregate();
    return {
        {s.w("terms.holder"),
         s.w(p.holder == Party::Contractor ? "party.contractor" : "party.operator")},
        {s.w("terms.limit"), p.perClaimLimit ? s.money(*p.perClaimLimit) : s.w("terms.unlimited")},
        {s.w("terms.aggregate"), aggregate ? s.money(*aggregate) : s.w("terms.unlimited")},
        {s.w("terms.deductible"), deductibleText(s, p)},
        {s.w("terms.coinsurance"), Section::q(valueText(p.coinsurance, Unit::Share, "", s.lang()))},
        {s.w("terms.annualDeductible"), s.money(p.annualDeductible)},
        {s.w("terms.sublimits"),
         sublimits.isEmpty() ? s.w("terms.none") : sublimits.join(QStringLiteral("; "))},
        {s.w("terms.serialLoss"), s.w(p.serialLossClause ? "yes" : "no")},
        {s.w("terms.defenceOutside"), s.w(p.defenceOutsideLimit ? "yes" : "no")},
        {s.w("terms.premium"), p.annualPremium ? s.money(*p.annualPremium) : s.w("terms.notGiven")},
        {s.w("terms.covers"), covers.join(QStringLiteral(", "))},
    };
}

std::vector<std::pair<QString, QString>> outcomeRows(const Section& s, const ReportRun& r,
                                                     const Policy& p) {
    const std::string key = "policy." + p.id;
    const auto& outcome = r.result["policies"][p.id];
    return {
        {s.w("pay.expected"), s.money(Section::stat(r, key + ".paid", "mean"), r)},
        {s.w("pay.p99"), s.money(Section::quantileOf(r, key + ".paid", "0.99"), r)},
        {s.w("pay.chance"), s.percent(Section::stat(r, key + ".paid", "p_nonzero"))},
        {s.w("pay.shortfall"), s.money(Section::stat(r, key + ".shortfall", "mean"), r)},
        {s.w("pay.shortfallP99"), s.money(Section::quantileOf(r, key + ".shortfall", "0.99"), r)},
        {s.w("pay.shortfallChance"), s.percent(Section::stat(r, key + ".shortfall", "p_nonzero"))},
        {s.w("pay.capped"), s.percent(Section::num(outcome["p_claim_capped"]))},
        {s.w("pay.exhausted"), s.percent(Section::num(outcome["p_aggregate_exhausted"]))},
    };
}

Table twoColumns(const Section& s, const std::vector<std::pair<QString, QString>>& rows,
                 const QString& header) {
    Table t;
    t.widths = {1.6, 2.1};
    t.align = {Qt::AlignLeft, Qt::AlignLeft};
    t.header = {header, QString()};
    for (const auto& [label, value] : rows) {
        t.rows.push_back({label, value});
    }
    (void)s;
    return t;
}

void sideBySidePolicies(Section& s) {
    const auto& policies = s.run.scenario.insurance;
    s.out.heading(s.w("h.sideBySide"), 2);
    Table t;
    t.widths = {2.0};
    t.header = {QString()};
    for (const Policy& p : policies) {
        t.widths.push_back(1.6);
        t.header << Section::policyName(p);
    }
    std::vector<std::vector<std::pair<QString, QString>>> columns;
    for (const Policy& p : policies) {
        auto rows = termRows(s, p);
        rows.pop_back(); // the covered categories are listed per policy above
        for (auto& row : outcomeRows(s, s.run, p)) {
            rows.push_back(std::move(row));
        }
        columns.push_back(std::move(rows));
    }
    for (std::size_t r = 0; r < columns.front().size(); ++r) {
        QStringList cells{columns.front()[r].first};
        for (const auto& column : columns) {
            cells << column[r].second;
        }
        t.rows.push_back(cells);
    }
    t.fontPt = 8;
    s.out.table(t);
}

double premiums(const Scenario& sc) {
    double sum = 0;
    for (const Policy& p : sc.insurance) {
        sum += p.annualPremium.value_or(0);
    }
    return sum;
}

void sideBySideRuns(Section& s) {
    const ReportRun& a = s.run;
    const ReportRun& b = *s.in.comparison;
    s.out.heading(s.w("h.compare"), 2);
    s.out.paragraph(s.w("cmp.intro").arg(Section::q(a.label), Section::q(b.label)), 9);
    Table t;
    t.widths = {2.2, 1.5, 1.5};
    t.header = {QString(), Section::q(a.label), Section::q(b.label)};
    const auto row = [&](const QString& label, const std::function<QString(const ReportRun&)>& f) {
        t.rows.push_back({label, f(a), f(b)});
    };
    row(s.w("cmp.scenario"), [](const ReportRun& r) { return Section::q(r.scenario.name); });
    row(s.w("cmp.policies"), [&](const ReportRun& r) {
        QStringList names;
        for (const Policy& p : r.scenario.insurance) {
            names << Section::policyName(p) + QStringLiteral(" (") +
                         (p.perClaimLimit ? s.money(*p.perClaimLimit, r) : s.w("terms.unlimited")) +
                         QStringLiteral(" / ") + deductibleText(s, p) + QStringLiteral(")");
        }
        return names.isEmpty() ? s.w("terms.none") : names.join(QStringLiteral("; "));
    });
    row(s.w("cmp.pAny"), [&](const ReportRun& r) {
        return s.percent(Section::num(r.result["probability_any_incident"]));
    });
    const auto mean = [&](const char* key) {
        return [&s, key](const ReportRun& r) { return s.money(Section::stat(r, key, "mean"), r); };
    };
    row(s.w("cmp.totalMean"), mean("total_loss"));
    row(s.w("cmp.paidMean"), mean("insurance_paid"));
    row(s.w("cmp.uninsuredMean"), mean("uninsured"));
    row(s.w("cmp.uninsuredP99"), [&](const ReportRun& r) {
        return s.money(Section::quantileOf(r, "uninsured", "0.99"), r);
    });
    row(s.w("cmp.premiums"), [&](const ReportRun& r) { return s.money(premiums(r.scenario), r); });
    row(s.w("cmp.uninsuredPlusPremium"), [&](const ReportRun& r) {
        return s.money(Section::stat(r, "uninsured", "mean") + premiums(r.scenario), r);
    });
    s.out.table(t);
}

} // namespace

void insuranceSection(Section& s) {
    const Scenario& sc = s.run.scenario;
    s.out.heading(s.w("h.insurance"));
    if (sc.insurance.empty()) {
        s.out.paragraph(s.w("ins.none"));
    }
    for (const Policy& p : sc.insurance) {
        s.out.heading(Section::policyName(p), 2);
        s.out.table(twoColumns(s, termRows(s, p), s.w("ins.terms")));
        s.out.table(twoColumns(s, outcomeRows(s, s.run, p), s.w("ins.outcome")));
    }
    if (sc.insurance.size() > 1) {
        sideBySidePolicies(s);
    }
    if (s.in.comparison) {
        sideBySideRuns(s);
    }
}

} // namespace cr::report
