// Decision section: which inputs matter (tornado chart of the expected total loss with each
// input at P10 and P90, and a table of the swings with the rank-correlation importance).
#include "report/decision_charts.h"
#include "report/input_names.h"
#include "report/report_sections.h"

#include <algorithm>

namespace cr::report {

namespace {

constexpr std::size_t kChartRows = 10; // the tornado's bars
constexpr std::size_t kTableRows = 15; // the table's rows; the rest summed up in a sentence

std::optional<double> spearmanOf(const SensitivityResult& r, const std::string& input) {
    for (const InputImportance& i : r.importance) {
        if (i.input == input) {
            return i.spearman;
        }
    }
    return std::nullopt;
}

void swingTable(Section& s, const SensitivityResult& r) {
    const std::string& currency = s.run.scenario.currency;
    Table t;
    t.fontPt = 7.5;
    t.widths = {3.1, 1.75, 1.1, 1.1, 1.05, 1.1, 0.95};
    t.header = {s.w("se.input"),       s.w("se.values"), s.w("se.totalAtLow"),
                s.w("se.totalAtHigh"), s.w("se.swing"),  s.w("se.uninsuredSwing"),
                s.w("se.spearman")};
    const std::size_t shown = std::min(kTableRows, r.tornado.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const TornadoBar& b = r.tornado[i];
        const InputName name = inputName(s.run.scenario, b.input, s.words);
        const auto value = [&](double x) {
            return Section::q(valueText(x, name.unit, currency, s.lang()));
        };
        const std::optional<double> rho = spearmanOf(r, b.input);
        t.rows.push_back({name.words + QStringLiteral("\n") + Section::q(b.input),
                          value(b.low) + QStringLiteral(" / ") + value(b.high),
                          s.money(b.totalLossAtLow), s.money(b.totalLossAtHigh),
                          s.money(b.totalLossSwing()), s.money(b.uninsuredSwing()),
                          rho ? Section::q(formatNumber(*rho, 2, s.lang())) : QStringLiteral("–")});
    }
    s.out.table(t);
    if (r.tornado.size() > shown) {
        s.out.paragraph(s.w("se.rest").arg(QString::number(r.tornado.size() - shown),
                                           s.money(r.tornado[shown].totalLossSwing())),
                        8.5);
    }
}

} // namespace

void sensitivitySection(Section& s) {
    const auto& sensitivity = s.in.decisions.sensitivity;
    if (!sensitivity) {
        return;
    }
    const SensitivityResult& r = *sensitivity;
    s.out.sectionPage(s.numbered("h.sensitivity"));
    chartTitle(s, geometry::kTornado, s.w("se.chart"));
    std::vector<TornadoRow> rows;
    for (std::size_t i = 0; i < std::min(kChartRows, r.tornado.size()); ++i) {
        const TornadoBar& b = r.tornado[i];
        rows.push_back({inputName(s.run.scenario, b.input, s.words).words, Section::q(b.input),
                        b.totalLossAtLow, b.totalLossAtHigh});
    }
    const auto money = [&s](double x) { return s.money(x); };
    drawTornado(s.out.painter(), boxOf(geometry::kTornado), rows, r.expectedTotalLoss, money,
                s.w("se.atLow"), s.w("se.atHigh"), s.w("se.base").arg(s.money(r.expectedTotalLoss)),
                s.w("se.none"));
    s.out.moveTo(geometry::kTornado.y + geometry::kTornado.height + 5);

    s.out.paragraph(s.w("se.intro").arg(s.money(r.expectedTotalLoss)), 9);
    s.out.paragraph(
        s.w("dec.run").arg(Section::q(formatNumber(static_cast<double>(r.iterations), 0, s.lang())),
                           QString::number(r.seed)),
        8.5, false, chart::kMuted);
    if (!r.tornado.empty()) {
        swingTable(s, r);
        s.out.paragraph(s.w("se.tableNote"), 8.5, false, chart::kMuted);
    }
}

} // namespace cr::report
