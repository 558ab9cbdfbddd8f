// Decision section: one policy's cover options (sweep) as a chart, a table and the
// recommendation sentence of models/decision/sweep_json.h.
#include "report/decision_charts.h"
#include "report/report_sections.h"
#include "report/value_text.h"

#include "decision/sweep_json.h"

#include <map>

namespace cr::report {

namespace {

const QColor kLineColours[] = {colours::kTotal, colours::kUninsured, colours::kContractor,
                               colours::kInsured, colours::kDeductible};

QString optionalMoney(const Section& s, const std::optional<double>& v) {
    return v ? s.money(*v) : s.w("terms.unlimited");
}

QString deductibleText(const Section& s, const Deductible& d) {
    if (d.isPercent) {
        return s.w("terms.percentDeductible").arg(Section::q(plainNumber(d.percent, s.lang())));
    }
    return s.money(d.amount);
}

bool anyPremium(const SweepResult& sweep) {
    for (const CoverOption& o : sweep.options) {
        if (o.annualPremium) {
            return true;
        }
    }
    return false;
}

void optionsTable(Section& s, const SweepResult& sweep) {
    const bool premiums = anyPremium(sweep);
    Table t;
    t.fontPt = 7;
    t.header = {s.w("co.limit"), s.w("co.deductible")};
    t.widths = {1.5, 1.2};
    if (premiums) {
        t.header << s.w("co.premium");
        t.widths.push_back(1.0);
    }
    t.header << s.w("co.paid") << s.w("co.uninsured") << s.w("co.capped") << s.w("co.exhausted")
             << s.w("co.uninsuredP99");
    t.widths.insert(t.widths.end(), {1.1, 1.1, 1.3, 1.25, 1.2});
    if (premiums) {
        t.header << s.w("co.plusPremium");
        t.widths.push_back(1.1);
    }
    t.align.assign(t.widths.size(), Qt::AlignRight);
    t.align.front() = Qt::AlignLeft;
    for (std::size_t i = 0; i < sweep.options.size(); ++i) {
        const CoverOption& o = sweep.options[i];
        const bool recommended = sweep.recommended == i;
        QString limit = optionalMoney(s, o.terms.perClaimLimit);
        if (recommended) {
            limit += QStringLiteral(" ") + s.w("co.recommendedMark");
        }
        QStringList row = {limit, deductibleText(s, o.terms.deductible)};
        if (premiums) {
            row << (o.annualPremium ? s.money(*o.annualPremium) : QStringLiteral("–"));
        }
        row << s.money(o.expectedPaid) << s.money(o.expectedUninsured) << s.percent(o.pClaimCapped)
            << s.percent(o.pAggregateExhausted) << s.money(o.uninsured1in100);
        if (premiums) {
            row << (o.expectedUninsuredPlusPremium ? s.money(*o.expectedUninsuredPlusPremium)
                                                   : QStringLiteral("–"));
        }
        t.rows.push_back(row);
        t.emphasised.push_back(recommended);
    }
    s.out.table(t);
}

// One line per deductible (options are limit-major), in the order the deductibles come.
CoverOptionsChart chartOf(const Section& s, const SweepResult& sweep) {
    const bool premiums = anyPremium(sweep);
    std::vector<QString> keys;
    std::map<QString, std::size_t> lineOf;
    CoverOptionsChart c;
    for (const CoverOption& o : sweep.options) {
        if (!o.terms.perClaimLimit) {
            continue;
        }
        const QString key = deductibleText(s, o.terms.deductible);
        if (!lineOf.count(key)) {
            lineOf[key] = keys.size();
            keys.push_back(key);
        }
    }
    const bool several = keys.size() > 1;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const QColor colour = kLineColours[k % std::size(kLineColours)];
        const QString name = s.w(premiums ? "co.linePlusPremium" : "co.lineUninsured");
        c.amounts.push_back(
            {{}, several ? s.w("co.withDeductible").arg(name, keys[k]) : name, colour});
        c.probabilities.push_back({{},
                                   several
                                       ? s.w("co.withDeductible").arg(s.w("co.lineCapped"), keys[k])
                                       : s.w("co.lineCapped"),
                                   colour.darker(125),
                                   true});
    }
    for (std::size_t i = 0; i < sweep.options.size(); ++i) {
        const CoverOption& o = sweep.options[i];
        if (!o.terms.perClaimLimit) {
            continue;
        }
        const std::size_t k = lineOf[deductibleText(s, o.terms.deductible)];
        const double amount =
            premiums ? o.expectedUninsuredPlusPremium.value_or(NAN) : o.expectedUninsured;
        c.amounts[k].points.emplace_back(*o.terms.perClaimLimit, amount);
        c.probabilities[k].points.emplace_back(*o.terms.perClaimLimit, o.pClaimCapped);
        if (sweep.recommended == i && std::isfinite(amount)) {
            c.recommended = std::pair{*o.terms.perClaimLimit, amount};
        }
    }
    c.target = sweep.target;
    c.targetName = s.w("co.lineTarget").arg(s.percent(sweep.target));
    c.recommendedName = s.w("co.recommendedPoint");
    c.xTitle = s.w("co.chartX");
    c.leftTitle = s.w("co.chartLeft");
    c.rightTitle = s.w("co.chartRight");
    return c;
}

} // namespace

void coverOptionsSection(Section& s) {
    if (!s.hasCoverOptions()) {
        return;
    }
    const SweepResult& sweep = *s.in.decisions.coverOptions;
    const Policy& policy = s.run.scenario.insurance[sweep.policy];
    s.out.sectionPage(s.numbered("h.coverOptions").arg(Section::policyName(policy)));
    chartTitle(s, geometry::kCoverOptions, s.w("co.chart"));
    const auto money = [&s](double x) { return s.money(x); };
    const auto percent = [&s](double x) { return s.percent(x); };
    drawCoverOptions(s.out.painter(), boxOf(geometry::kCoverOptions), chartOf(s, sweep), money,
                     percent, s.w("chart.noLoss"));
    s.out.moveTo(geometry::kCoverOptions.y + geometry::kCoverOptions.height + 5);

    s.out.paragraph(Section::q(recommendationSentence(s.run.scenario, sweep, s.lang())), 10, true);
    s.out.paragraph(s.w("co.intro").arg(Section::policyName(policy), s.percent(sweep.target)), 9);
    optionsTable(s, sweep);
    s.out.paragraph(s.w("co.tableNote"), 8.5, false, chart::kMuted);
    s.out.paragraph(s.w("dec.run").arg(Section::q(formatNumber(
                                           static_cast<double>(sweep.iterations), 0, s.lang())),
                                       QString::number(sweep.seed)),
                    8.5, false, chart::kMuted);
}

} // namespace cr::report
