// Internal: the report's sections, each drawn onto the shared PageWriter.
#pragma once

#include "report/chart_geometry.h"
#include "report/page_writer.h"
#include "report/report_input.h"
#include "report/report_words.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <string>

namespace cr::report {

// What every section needs: where to draw, what to draw, in which words, and the formatting
// rules (whole currency units in tables, two significant figures in prose).
class Section {
public:
    Section(PageWriter& out, const ReportInput& input)
        : out(out), in(input), run(input.main), words(input.language) {}

    PageWriter& out;
    const ReportInput& in;
    const ReportRun& run;
    Words words;

    Language lang() const { return in.language; }
    QString w(std::string_view key) const { return words(key); }
    static QString q(const std::string& text) { return QString::fromStdString(text); }

    // Table money: whole units.
    QString money(double x) const { return money(x, run); }
    QString money(double x, const ReportRun& r) const {
        return std::isfinite(x) ? q(formatMoney(x, r.scenario.currency, lang())) : w("n/a");
    }
    QString prose(double x) const;
    QString percent(double p) const {
        return std::isfinite(p) ? q(formatPercent(p, lang())) : w("n/a");
    }
    // A probability in prose: "0.49 % (about 1 in 200)".
    QString chance(double p) const;

    // A statistic from the result document; NaN for null or missing.
    static double num(const nlohmann::ordered_json& j) {
        return j.is_number() ? j.get<double>() : std::numeric_limits<double>::quiet_NaN();
    }
    static const nlohmann::ordered_json& series(const ReportRun& r, const std::string& key);
    static double stat(const ReportRun& r, const std::string& key, const char* field);
    static double quantileOf(const ReportRun& r, const std::string& key, const char* level);
    static QString policyName(const Policy& p) {
        return QString::fromStdString(p.name.empty() ? p.id : p.name);
    }
    QString categoryName(Category c) const;
    QString title() const;

    // A change in money with its sign: "+€1,234", "−€1,234" (a true minus sign), "€0".
    QString signedMoney(double change) const;
    // The heading `key` ("%1  Method and assumptions") with its section number filled in:
    // 2-5 are fixed; the decision sections present follow 5, then method and disclaimer.
    QString numbered(std::string_view key) const;
    // A sweep is present and names one of the scenario's policies.
    bool hasCoverOptions() const;
};

// A chart's box on the page in device units, and its title just above it (one line, elided).
QRectF boxOf(const geometry::BoxMm& b);
void chartTitle(Section& s, const geometry::BoxMm& b, const QString& text);

void coverPage(Section& s);
void summarySection(Section& s);
void keyFiguresSection(Section& s);
void inputsSection(Section& s);
void insuranceSection(Section& s);
// Issue 7's decision sections; each draws nothing when its analysis is absent.
void coverOptionsSection(Section& s);
void safeguardsSection(Section& s);
void sensitivitySection(Section& s);
void methodSection(Section& s);
void disclaimerSection(Section& s);

} // namespace cr::report
