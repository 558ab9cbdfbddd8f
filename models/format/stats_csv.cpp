// Statistics CSV: the figures of the result document, one row per series.
#include "format/stats_csv.h"

#include <charconv>
#include <stdexcept>

namespace cr {

namespace {

void cell(std::string& out, const nlohmann::ordered_json* value) {
    out += ',';
    if (value == nullptr || !value->is_number()) {
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value->get<double>());
    out.append(buffer, result.ptr);
}

const nlohmann::ordered_json* field(const nlohmann::ordered_json& object, const char* key) {
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const nlohmann::ordered_json* quantile(const nlohmann::ordered_json& stats, const char* level) {
    const auto* quantiles = field(stats, "quantiles");
    return quantiles == nullptr ? nullptr : field(*quantiles, level);
}

// Series names are program-made (total_loss, policy.<id>.paid) but policy ids are the user's:
// quote a name that holds a comma, a quote or a line break (RFC 4180).
std::string csvText(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

} // namespace

std::string statsCsv(const nlohmann::ordered_json& result) {
    if (!result.is_object() || result.value("format", std::string()) != "changerisk-result") {
        throw std::invalid_argument("/format: not a changerisk-result document");
    }
    const auto* series = field(result, "series");
    if (series == nullptr || !series->is_object()) {
        throw std::invalid_argument("/series: missing or not an object");
    }
    std::string out = kStatsCsvHeader;
    for (const auto& [name, stats] : series->items()) {
        if (!stats.is_object()) {
            throw std::invalid_argument("/series/" + name + ": not an object");
        }
        out += csvText(name);
        for (const char* key : {"mean", "sd", "stderr", "min", "max", "p_nonzero"}) {
            cell(out, field(stats, key));
        }
        for (const char* level : {"0.5", "0.9", "0.95", "0.99", "0.995"}) {
            cell(out, quantile(stats, level));
        }
        cell(out, field(stats, "var_0.99"));
        cell(out, field(stats, "tvar_0.99"));
        static const nlohmann::ordered_json kNull;
        const auto* given = field(stats, "given_incident");
        const auto& g = given != nullptr ? *given : kNull;
        cell(out, field(g, "mean"));
        for (const char* level : {"0.5", "0.9", "0.99"}) {
            cell(out, quantile(g, level));
        }
        out += '\n';
    }
    return out;
}

} // namespace cr
