// Shared helpers of the report's sections: prose numbers, series look-ups, names.
#include "report/report_sections.h"
#include "report/value_text.h"

#include <QFontMetricsF>

#include <cmath>

namespace cr::report {

QString Section::prose(double x) const {
    return std::isfinite(x) ? q(proseMoney(x, run.scenario.currency, lang())) : w("n/a");
}

QString Section::chance(double p) const {
    if (!std::isfinite(p)) {
        return w("n/a");
    }
    const std::string n = oneIn(p, lang());
    if (n.empty()) {
        return percent(p);
    }
    return w("chance.percentOneIn").arg(percent(p), q(n));
}

const nlohmann::ordered_json& Section::series(const ReportRun& r, const std::string& key) {
    static const nlohmann::ordered_json kNull;
    const auto& all = r.result.at("series");
    const auto it = all.find(key);
    return it == all.end() ? kNull : *it;
}

double Section::stat(const ReportRun& r, const std::string& key, const char* field) {
    const auto& s = series(r, key);
    return s.is_object() && s.contains(field) ? num(s[field])
                                              : std::numeric_limits<double>::quiet_NaN();
}

double Section::quantileOf(const ReportRun& r, const std::string& key, const char* level) {
    const auto& s = series(r, key);
    if (!s.is_object() || !s.contains("quantiles") || !s["quantiles"].contains(level)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return num(s["quantiles"][level]);
}

QString Section::categoryName(Category c) const {
    return w(std::string("cat.") + std::string(cr::categoryName(c)));
}

QString Section::signedMoney(double change) const {
    if (!std::isfinite(change)) {
        return w("n/a");
    }
    const QString amount = money(std::fabs(change));
    if (amount == money(0.0)) {
        return amount; // rounds to zero: no sign
    }
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + amount;
}

bool Section::hasCoverOptions() const {
    const auto& c = in.decisions.coverOptions;
    return c && c->policy < run.scenario.insurance.size() && !c->options.empty();
}

QString Section::numbered(std::string_view key) const {
    const ReportDecisions& d = in.decisions;
    const std::pair<std::string_view, bool> order[] = {{"h.coverOptions", hasCoverOptions()},
                                                       {"h.safeguards", !d.safeguards.empty()},
                                                       {"h.sensitivity", d.sensitivity.has_value()},
                                                       {"h.method", true},
                                                       {"h.disclaimer", true}};
    int number = 6;
    for (const auto& [part, present] : order) {
        if (part == key) {
            return w(key).arg(number);
        }
        number += present ? 1 : 0;
    }
    return w(key);
}

QRectF boxOf(const geometry::BoxMm& b) {
    return QRectF(PageWriter::mm(b.x), PageWriter::mm(b.y), PageWriter::mm(b.width),
                  PageWriter::mm(b.height));
}

void chartTitle(Section& s, const geometry::BoxMm& b, const QString& text) {
    QPainter& p = s.out.painter();
    p.setFont(PageWriter::font(11, true));
    p.setPen(Qt::black);
    const QFontMetricsF metrics(p.font(), p.device());
    p.drawText(QRectF(PageWriter::mm(b.x), PageWriter::mm(b.y - 9), PageWriter::mm(b.width),
                      PageWriter::mm(6)),
               Qt::AlignLeft, metrics.elidedText(text, Qt::ElideRight, PageWriter::mm(b.width)));
}

QString Section::title() const {
    return q(in.title.empty() ? run.scenario.name : in.title);
}

} // namespace cr::report
