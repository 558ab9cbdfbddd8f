// Section 3: the key figures (the dashboard's table), cost by category and the chart page.
#include "report/chart_geometry.h"
#include "report/report_charts.h"
#include "report/report_sections.h"
#include "report/value_text.h"

#include <QPdfWriter>

namespace cr::report {

namespace {

struct Row {
    QString label;
    std::string key;
};

std::vector<Row> keyRows(const Section& s) {
    const Scenario& sc = s.run.scenario;
    std::vector<Row> rows = {{s.w("series.total_loss"), "total_loss"},
                             {s.w("series.insurance_paid"), "insurance_paid"},
                             {s.w("series.uninsured"), "uninsured"},
                             {s.w("series.operator_net"), "operator_net"}};
    if (sc.contract.contractor) {
        rows.push_back({s.w("series.contractor_liability"), "contractor_liability"});
        rows.push_back({s.w("series.contractor_net"), "contractor_net"});
    }
    for (const Policy& p : sc.insurance) {
        rows.push_back(
            {s.w("series.paidBy").arg(Section::policyName(p)), "policy." + p.id + ".paid"});
        rows.push_back({s.w("series.shortfallOf").arg(Section::policyName(p)),
                        "policy." + p.id + ".shortfall"});
    }
    return rows;
}

void keyFigureTables(Section& s) {
    const ReportRun& r = s.run;
    Table t;
    t.widths = {3.2, 1.45, 1.45, 1.45, 1.45, 1.0};
    t.header = {s.w("fig.series"), s.w("fig.expected"), s.w("fig.p99"),
                s.w("fig.p995"),   s.w("fig.tvar"),     s.w("fig.positive")};
    for (const Row& row : keyRows(s)) {
        t.rows.push_back({row.label, s.money(Section::stat(r, row.key, "mean")),
                          s.money(Section::quantileOf(r, row.key, "0.99")),
                          s.money(Section::quantileOf(r, row.key, "0.995")),
                          s.money(Section::stat(r, row.key, "tvar_0.99")),
                          s.percent(Section::stat(r, row.key, "p_nonzero"))});
    }
    t.emphasised = {true};
    s.out.table(t);

    if (!Section::series(r, "total_loss")["given_incident"].is_object()) {
        return;
    }
    s.out.heading(s.w("h.givenIncident"), 2);
    s.out.paragraph(s.w("fig.givenIncidentNote"), 8.5, false, QColor(0x55, 0x5f, 0x6a));
    Table g;
    g.widths = {3.2, 1.45, 1.45, 1.45, 1.45};
    g.header = {s.w("fig.series"), s.w("fig.expected"), s.w("fig.median"), s.w("fig.p90"),
                s.w("fig.p99")};
    for (const Row& row : keyRows(s)) {
        const auto& given = Section::series(r, row.key)["given_incident"];
        if (!given.is_object()) {
            continue;
        }
        const auto level = [&](const char* q) {
            return s.money(Section::num(given["quantiles"][q]));
        };
        g.rows.push_back({row.label, s.money(Section::num(given["mean"])), level("0.5"),
                          level("0.9"), level("0.99")});
    }
    g.emphasised = {true};
    s.out.table(g);
}

void exceedanceTable(Section& s) {
    const auto& total = Section::series(s.run, "total_loss")["exceedance"];
    const auto& uninsured = Section::series(s.run, "uninsured")["exceedance"];
    if (!total.is_array() || total.empty()) {
        return;
    }
    s.out.heading(s.w("h.exceedance"), 2);
    Table t;
    t.widths = {2, 2, 2};
    t.header = {s.w("exc.amount"), s.w("exc.total"), s.w("exc.uninsured")};
    for (std::size_t i = 0; i < total.size(); ++i) {
        const double threshold = Section::num(total[i]["threshold"]);
        double pu = std::numeric_limits<double>::quiet_NaN();
        if (uninsured.is_array() && i < uninsured.size()) {
            pu = Section::num(uninsured[i]["probability"]);
        }
        t.rows.push_back(
            {s.money(threshold), s.percent(Section::num(total[i]["probability"])), s.percent(pu)});
    }
    s.out.table(t);
}

std::vector<CategoryBar> categoryBars(const Section& s) {
    std::vector<CategoryBar> bars;
    for (Category c : kAllCategories) {
        const std::string key = "category." + std::string(categoryName(c));
        const double gross = Section::stat(s.run, key, "mean");
        if (gross > 0) {
            const double insured = std::max(0.0, Section::stat(s.run, key + ".insured", "mean"));
            bars.push_back({s.categoryName(c), insured, std::max(0.0, gross - insured)});
        }
    }
    return bars;
}

void categoryTable(Section& s) {
    const auto bars = categoryBars(s);
    if (bars.empty()) {
        return;
    }
    s.out.heading(s.w("h.categories"), 2);
    Table t;
    t.widths = {3, 1.5, 1.5, 1.5};
    t.header = {s.w("cat.header"), s.w("cat.gross"), s.w("cat.insured"), s.w("cat.retained")};
    double gross = 0, insured = 0;
    for (const CategoryBar& b : bars) {
        t.rows.push_back(
            {b.name, s.money(b.insured + b.retained), s.money(b.insured), s.money(b.retained)});
        gross += b.insured + b.retained;
        insured += b.insured;
    }
    t.rows.push_back({s.w("cat.sum"), s.money(gross), s.money(insured), s.money(gross - insured)});
    t.emphasised.assign(t.rows.size(), false);
    t.emphasised.back() = true;
    s.out.table(t);
}

std::vector<std::pair<double, double>> lecOf(const Section& s, const std::string& key) {
    std::vector<std::pair<double, double>> points;
    const auto& lec = Section::series(s.run, key)["lec"];
    if (lec.is_array()) {
        for (const auto& point : lec) {
            points.emplace_back(Section::num(point[0]), Section::num(point[1]));
        }
    }
    return points;
}

void chartPage(Section& s) {
    const Scenario& sc = s.run.scenario;
    s.out.newPage();
    const auto money = [&s](double x) { return s.money(x); };
    const auto percent = [&s](double x) { return s.percent(x); };
    // Axis labels on the powers of ten read best without trailing digits: 10 %, 0,1 %.
    const auto axisPercent = [&s](double x) {
        return Section::q(plainNumber(100 * x, s.lang(), 2)) + QStringLiteral(" %");
    };
    QPainter& p = s.out.painter();

    chartTitle(s, geometry::kLossExceedance, s.w("chart.lec"));
    std::vector<Curve> curves = {
        {lecOf(s, "total_loss"), s.w("series.total_loss"), colours::kTotal}};
    if (!sc.insurance.empty()) {
        curves.push_back({lecOf(s, "uninsured"), s.w("series.uninsured"), colours::kUninsured});
    }
    std::vector<Marker> markers;
    const bool several = sc.insurance.size() > 1;
    for (const Policy& pol : sc.insurance) {
        const QString suffix =
            several ? QStringLiteral(" (") + Section::policyName(pol) + QStringLiteral(")")
                    : QString();
        if (!pol.deductible.isPercent && pol.deductible.amount > 0) {
            markers.push_back({pol.deductible.amount,
                               s.w("chart.deductible").arg(money(pol.deductible.amount)) + suffix,
                               colours::kDeductible});
        }
        if (pol.perClaimLimit) {
            markers.push_back({*pol.perClaimLimit,
                               s.w("chart.limit").arg(money(*pol.perClaimLimit)) + suffix,
                               colours::kLimit});
        }
        if (const auto aggregate = pol.annualAggregate();
            aggregate && (!pol.perClaimLimit || *aggregate != *pol.perClaimLimit)) {
            markers.push_back({*aggregate, s.w("chart.aggregate").arg(money(*aggregate)) + suffix,
                               colours::kAggregate});
        }
    }
    drawLossExceedance(p, boxOf(geometry::kLossExceedance), curves, markers, money, axisPercent,
                       s.w("chart.lecX"), s.w("chart.lecY"), s.w("chart.noLoss"));

    chartTitle(s, geometry::kCategories, s.w("chart.categories"));
    drawCategoryBars(p, boxOf(geometry::kCategories), categoryBars(s), money, s.w("cat.insured"),
                     s.w("cat.retained"), s.w("chart.noLoss"));

    chartTitle(s, geometry::kWhoPays, s.w("chart.whoPays"));
    std::vector<Share> shares = {
        {s.w("series.insurance_paid"), Section::stat(s.run, "insurance_paid", "mean"),
         colours::kInsured},
        {s.w("pays.operator"), Section::stat(s.run, "operator_net", "mean"), colours::kRetained}};
    if (sc.contract.contractor) {
        shares.push_back({s.w("pays.contractor"), Section::stat(s.run, "contractor_net", "mean"),
                          colours::kContractor});
    }
    drawWhoPays(p, boxOf(geometry::kWhoPays), shares, money, percent, s.w("chart.noLoss"));
    s.out.newPage();
}

} // namespace

void keyFiguresSection(Section& s) {
    s.out.heading(s.w("h.figures"));
    keyFigureTables(s);
    exceedanceTable(s);
    categoryTable(s);
    chartPage(s);
}

} // namespace cr::report
