// Shared helpers of the report's sections: prose numbers, series look-ups, names.
#include "report/report_sections.h"
#include "report/value_text.h"

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

QString Section::title() const {
    return q(in.title.empty() ? run.scenario.name : in.title);
}

} // namespace cr::report
