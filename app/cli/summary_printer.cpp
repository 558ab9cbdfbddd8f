// Aligned key figures, cost by category and a verdict per policy.
#include "cli/summary_printer.h"

#include "cli/summary_words.h"

#include <fmt/format.h>

#include <functional>
#include <string_view>

namespace cr::cli {

namespace {

std::size_t displayWidth(std::string_view s) {
    std::size_t width = 0;
    for (unsigned char c : s) {
        width += (c & 0xC0) != 0x80 ? 1 : 0; // count UTF-8 lead bytes only
    }
    return width;
}

double number(const nlohmann::ordered_json& j) {
    return j.is_number() ? j.get<double>() : 0.0;
}

class Printer {
public:
    Printer(const Scenario& s, const nlohmann::ordered_json& r, Language l)
        : m_s(s), m_r(r), m_w(summaryWords(l)), m_lang(l) {}

    std::string run() {
        header();
        keyFigures();
        categories();
        cover();
        return m_out;
    }

private:
    std::string money(double v) const { return formatMoney(v, m_s.currency, m_lang); }
    std::string percent(double p) const { return formatPercent(p, m_lang); }
    const nlohmann::ordered_json& series(const std::string& name) const {
        return m_r.at("series").at(name);
    }
    void line(const std::string& text = {}) { m_out += text + "\n"; }

    void header() {
        line(m_s.name);
        line(fmt::format(
            fmt::runtime(m_w.iterationsLine),
            fmt::arg("iterations", formatNumber(number(m_r["iterations"]), 0, m_lang)),
            fmt::arg("seed", m_r["seed"].get<std::uint64_t>()),
            fmt::arg("threads", m_r["threads"].get<unsigned>()),
            fmt::arg("seconds", formatNumber(number(m_r["elapsed_seconds"]), 2, m_lang))));
        line();
        const auto& total = series("total_loss");
        std::vector<std::pair<std::string, std::string>> rows = {
            {std::string(m_w.anyIncident), percent(number(m_r["probability_any_incident"]))}};
        if (total["given_incident"].is_object()) {
            const auto& given = total["given_incident"];
            rows.emplace_back(m_w.givenIncidentMean, money(number(given["mean"])));
            rows.emplace_back(m_w.givenIncidentTail, money(number(given["quantiles"]["0.9"])));
        }
        std::size_t width = 0;
        for (const auto& row : rows) {
            width = std::max(width, displayWidth(row.first));
        }
        for (const auto& [label, value] : rows) {
            line(padRight(label, width + 2) + value);
        }
        line();
    }

    using Rows = std::vector<std::pair<std::string, std::string>>; // label, series key
    struct Column {
        std::string_view header;
        std::function<std::string(const nlohmann::ordered_json&)> cell;
    };

    Rows keyRows() const {
        Rows rows = {{std::string(m_w.totalLoss), "total_loss"},
                     {std::string(m_w.insurancePaid), "insurance_paid"},
                     {std::string(m_w.uninsured), "uninsured"},
                     {std::string(m_w.operatorNet), "operator_net"}};
        if (m_s.contract.contractor) {
            rows.emplace_back(m_w.contractorLiability, "contractor_liability");
            rows.emplace_back(m_w.contractorNet, "contractor_net");
        }
        for (const Policy& p : m_s.insurance) {
            const std::string name = p.name.empty() ? p.id : p.name;
            rows.emplace_back(fmt::format("{} {}", m_w.paidBy, name), "policy." + p.id + ".paid");
            rows.emplace_back(fmt::format("{} {}", m_w.shortfallOf, name),
                              "policy." + p.id + ".shortfall");
        }
        return rows;
    }

    // One aligned table: a title cell, then one column per statistic. With `givenIncident`, the
    // statistics over the iterations that had an incident.
    void table(std::string_view title, const Rows& rows, const std::vector<Column>& columns,
               bool givenIncident) {
        std::size_t labelWidth = displayWidth(title);
        for (const auto& row : rows) {
            labelWidth = std::max(labelWidth, displayWidth(row.first));
        }
        labelWidth += 2;
        constexpr std::size_t kColumn = 14;
        std::string head = padRight(std::string(title), labelWidth);
        for (const Column& c : columns) {
            head += padLeft(std::string(c.header), kColumn);
        }
        line(head);
        for (const auto& [label, key] : rows) {
            const auto& all = series(key);
            const auto& stats = givenIncident ? all["given_incident"] : all;
            std::string text = padRight(label, labelWidth);
            for (const Column& c : columns) {
                text += padLeft(c.cell(stats), kColumn);
            }
            line(text);
        }
        line();
    }

    void keyFigures() {
        const auto amount = [this](const char* key) {
            return [this, key](const nlohmann::ordered_json& s) { return money(number(s[key])); };
        };
        const auto level = [this](const char* q) {
            return [this, q](const nlohmann::ordered_json& s) {
                return money(number(s["quantiles"][q]));
            };
        };
        table(
            "", keyRows(),
            {{m_w.headerMean, amount("mean")},
             {m_w.headerP99, level("0.99")},
             {m_w.headerP995, level("0.995")},
             {m_w.headerTvar, amount("tvar_0.99")},
             {m_w.headerPositive,
              [this](const nlohmann::ordered_json& s) { return percent(number(s["p_nonzero"])); }}},
            false);
        // Rare incidents leave the unconditional quantiles at zero: show what an incident costs.
        if (series("total_loss")["given_incident"].is_object()) {
            table(m_w.givenIncidentTitle, keyRows(),
                  {{m_w.headerMean, amount("mean")},
                   {m_w.headerMedian, level("0.5")},
                   {m_w.headerP90, level("0.9")},
                   {m_w.headerP99, level("0.99")}},
                  true);
        }
    }

    void categories() {
        std::vector<std::tuple<std::string, double, double>> rows;
        for (Category c : kAllCategories) {
            const std::string key = "category." + std::string(categoryName(c));
            const double gross = number(series(key)["mean"]);
            if (gross > 0) {
                rows.emplace_back(std::string(m_w.categoryName(categoryName(c))), gross,
                                  number(series(key + ".insured")["mean"]));
            }
        }
        if (rows.empty()) {
            return;
        }
        std::size_t labelWidth = displayWidth(m_w.categoriesTitle);
        for (const auto& row : rows) {
            labelWidth = std::max(labelWidth, displayWidth(std::get<0>(row)));
        }
        labelWidth += 2;
        constexpr std::size_t kColumn = 14;
        line(padRight(std::string(m_w.categoriesTitle), labelWidth) +
             padLeft(std::string(m_w.gross), kColumn) + padLeft(std::string(m_w.insured), kColumn));
        for (const auto& [label, gross, insured] : rows) {
            line(padRight(label, labelWidth) + padLeft(money(gross), kColumn) +
                 padLeft(money(insured), kColumn));
        }
        line();
    }

    void cover() {
        if (m_s.insurance.empty()) {
            line(std::string(m_w.noPolicies));
            return;
        }
        line(std::string(m_w.coverTitle));
        for (const Policy& p : m_s.insurance) {
            const auto& outcome = m_r.at("policies").at(p.id);
            std::string verdict = (p.name.empty() ? p.id : p.name) + ": ";
            if (p.perClaimLimit) {
                verdict += fmt::format(fmt::runtime(m_w.claimExceeds),
                                       fmt::arg("limit", money(*p.perClaimLimit)),
                                       fmt::arg("p", percent(number(outcome["p_claim_capped"]))));
            } else {
                verdict += m_w.unlimitedLimit;
            }
            if (const auto aggregate = p.annualAggregate()) {
                verdict +=
                    "; " +
                    fmt::format(fmt::runtime(m_w.aggregateExhausted),
                                fmt::arg("aggregate", money(*aggregate)),
                                fmt::arg("p", percent(number(outcome["p_aggregate_exhausted"]))));
            } else {
                verdict += "; " + std::string(m_w.noAggregate);
            }
            line(verdict + ".");
        }
    }

    const Scenario& m_s;
    const nlohmann::ordered_json& m_r;
    const SummaryWords& m_w;
    Language m_lang;
    std::string m_out;
};

} // namespace

std::string padRight(const std::string& text, std::size_t width) {
    const std::size_t w = displayWidth(text);
    return w >= width ? text + " " : text + std::string(width - w, ' ');
}

std::string padLeft(const std::string& text, std::size_t width) {
    const std::size_t w = displayWidth(text);
    return w >= width ? " " + text : std::string(width - w, ' ') + text;
}

std::string formatSummary(const Scenario& scenario, const nlohmann::ordered_json& result,
                          Language language) {
    return Printer(scenario, result, language).run();
}

} // namespace cr::cli
