// Decision section: what each safeguard variant changes against the scenario as it is, in
// money (a table of the three key figures and a bar chart of the expected total loss).
#include "report/decision_charts.h"
#include "report/report_sections.h"

namespace cr::report {

namespace {

void changesTable(Section& s, const std::vector<KeyFigures>& figures) {
    const KeyFigures& base = figures.front();
    Table t;
    t.fontPt = 8;
    t.widths = {2.6, 1.25, 1.15, 1.25, 1.15, 1.25, 1.15};
    t.header = {s.w("sg.variant"), s.w("sg.total"),     s.w("sg.change"), s.w("sg.p99"),
                s.w("sg.change"),  s.w("sg.uninsured"), s.w("sg.change")};
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const KeyFigures& k = figures[i];
        const auto change = [&](double value, double baseValue) {
            return i == 0 ? QString() : s.signedMoney(value - baseValue);
        };
        t.rows.push_back(
            {Section::q(k.label), s.money(k.expectedTotalLoss),
             change(k.expectedTotalLoss, base.expectedTotalLoss), s.money(k.totalLoss1in100),
             change(k.totalLoss1in100, base.totalLoss1in100), s.money(k.expectedUninsured),
             change(k.expectedUninsured, base.expectedUninsured)});
    }
    t.emphasised = {true};
    s.out.table(t);
}

} // namespace

void safeguardsSection(Section& s) {
    const ReportDecisions& d = s.in.decisions;
    if (d.safeguards.empty()) {
        return;
    }
    s.out.sectionPage(s.numbered("h.safeguards"));
    chartTitle(s, geometry::kSafeguards, s.w("sg.chart"));
    std::vector<ChangeBar> bars;
    const KeyFigures& base = d.safeguards.front();
    for (std::size_t i = 1; i < d.safeguards.size(); ++i) {
        bars.push_back({Section::q(d.safeguards[i].label),
                        d.safeguards[i].expectedTotalLoss - base.expectedTotalLoss});
    }
    const auto signedMoney = [&s](double x) { return s.signedMoney(x); };
    drawChangeBars(s.out.painter(), boxOf(geometry::kSafeguards), bars, signedMoney,
                   s.w("sg.none"));
    s.out.moveTo(geometry::kSafeguards.y + geometry::kSafeguards.height + 5);

    s.out.paragraph(s.w("sg.intro"), 9);
    changesTable(s, d.safeguards);
    const bool stated = d.safeguardIterations > 0;
    const double iterations = stated ? static_cast<double>(d.safeguardIterations)
                                     : Section::num(s.run.result["iterations"]);
    const std::uint64_t seed =
        stated ? d.safeguardSeed : s.run.result.value("seed", std::uint64_t{0});
    s.out.paragraph(s.w("dec.run").arg(Section::q(formatNumber(iterations, 0, s.lang())),
                                       QString::number(seed)),
                    8.5, false, chart::kMuted);
}

} // namespace cr::report
