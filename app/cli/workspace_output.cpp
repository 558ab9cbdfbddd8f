// Tables and JSON documents of the workspace commands.
#include "cli/workspace_output.h"

#include "format/number_format.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace cr::cli {
namespace {

using Json = nlohmann::ordered_json;
constexpr std::size_t kTitleColumns = 48;
constexpr std::size_t kNameColumns = 64;

// Decodes one UTF-8 code point at `i`; returns 0 bytes for an invalid sequence.
std::size_t decode(const std::string& s, std::size_t i, char32_t& cp) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t length = b < 0x80           ? 1
                         : (b >> 5) == 0x6  ? 2
                         : (b >> 4) == 0xE  ? 3
                         : (b >> 3) == 0x1E ? 4
                                            : 0;
    if (length == 0 || i + length > s.size()) {
        return 0;
    }
    cp = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < length; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c >> 6) != 0x2) {
            return 0;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    return length;
}

int columnsOf(char32_t cp) {
    if ((cp >= 0x300 && cp <= 0x36F) || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
        return 0; // combining marks, zero-width joiner, variation selectors, skin tones
    }
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
                      (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
}

std::string padRight(const std::string& text, std::size_t width) {
    const std::size_t used = displayWidth(text);
    return text + std::string(width > used ? width - used : 0, ' ');
}

std::string padLeft(const std::string& text, std::size_t width) {
    const std::size_t used = displayWidth(text);
    return std::string(width > used ? width - used : 0, ' ') + text;
}

Json optionalNumber(const std::optional<double>& value) {
    return value ? Json(*value) : Json(nullptr);
}

std::string money(const std::optional<double>& value, const std::string& currency) {
    return value ? formatMoney(*value, currency, Language::English) : "n/a";
}

// Renders rows as columns separated by two spaces; `rightAligned[i]` for number columns.
std::string table(const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& rightAligned, const std::string& indent) {
    std::vector<std::size_t> widths(rightAligned.size(), 0);
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line = indent;
        for (std::size_t c = 0; c < row.size(); ++c) {
            const bool last = c + 1 == row.size();
            line += rightAligned[c] ? padLeft(row[c], widths[c])
                                    : (last ? row[c] : padRight(row[c], widths[c]));
            line += last ? "" : "  ";
        }
        out += line + "\n";
    }
    return out;
}

} // namespace

std::size_t displayWidth(const std::string& text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode(text, i, cp);
        width += length == 0 ? 1 : static_cast<std::size_t>(columnsOf(cp));
        i += length == 0 ? 1 : length;
    }
    return width;
}

std::string displayText(const std::string& text, std::size_t maxColumns) {
    std::vector<std::pair<std::string, int>> pieces; // printable text and its columns
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode(text, i, cp);
        if (length == 0) {
            pieces.emplace_back("?", 1);
            ++i;
            continue;
        }
        const bool control = cp < 0x20 || cp == 0x7F;
        pieces.emplace_back(control ? " " : text.substr(i, length), control ? 1 : columnsOf(cp));
        i += length;
    }
    std::size_t total = 0;
    for (const auto& piece : pieces) {
        total += static_cast<std::size_t>(piece.second);
    }
    std::string out;
    std::size_t width = 0;
    for (const auto& [piece, columns] : pieces) {
        if (total > maxColumns && width + static_cast<std::size_t>(columns) + 1 > maxColumns) {
            return out + "…";
        }
        out += piece;
        width += static_cast<std::size_t>(columns);
    }
    return out;
}

std::string localTime(const std::string& utc) {
    std::tm parts{};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (std::sscanf(utc.c_str(), "%d-%d-%dT%d:%d:%d", &year, &month, &day, &hour, &minute,
                    &second) != 6) {
        return utc;
    }
    parts.tm_year = year - 1900;
    parts.tm_mon = month - 1;
    parts.tm_mday = day;
    parts.tm_hour = hour;
    parts.tm_min = minute;
    parts.tm_sec = second;
    const std::time_t when = ::timegm(&parts);
    std::tm local{};
    ::localtime_r(&when, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return buffer;
}

Json listingJson(const std::vector<ClientListing>& listing) {
    Json clients = Json::array();
    for (const ClientListing& entry : listing) {
        Json assessments = Json::array();
        for (const AssessmentSummary& a : entry.assessments) {
            assessments.push_back({{"id", a.assessment.id},
                                   {"title", a.assessment.title},
                                   {"versions", a.versions},
                                   {"runs", a.runs},
                                   {"modified", a.assessment.modified}});
        }
        clients.push_back(
            {{"id", entry.client.id}, {"name", entry.client.name}, {"assessments", assessments}});
    }
    return {{"clients", clients}};
}

std::string listingTable(const std::string& workspacePath,
                         const std::vector<ClientListing>& listing) {
    std::string out = "Workspace " + workspacePath + "\n";
    if (listing.empty()) {
        return out + "\nNo clients yet. Add one with: changerisk-cli workspace import "
                     "SCENARIO.json --client NAME\n";
    }
    // One set of rows for all clients, so every client's table has the same columns.
    std::vector<std::vector<std::string>> rows = {
        {"ID", "ASSESSMENT", "VERSIONS", "RUNS", "LAST RUN", "MODIFIED"}};
    for (const ClientListing& entry : listing) {
        for (const AssessmentSummary& a : entry.assessments) {
            rows.push_back(
                {std::to_string(a.assessment.id), displayText(a.assessment.title, kTitleColumns),
                 std::to_string(a.versions), std::to_string(a.runs),
                 a.latestRun ? localTime(*a.latestRun) : "-", localTime(a.assessment.modified)});
        }
    }
    const std::vector<bool> right = {true, false, true, true, false, false};
    const std::string rendered = table(rows, right, "  ");
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < rendered.size();) {
        const std::size_t end = rendered.find('\n', start);
        lines.push_back(rendered.substr(start, end - start + 1));
        start = end + 1;
    }
    std::size_t next = 1;
    for (const ClientListing& entry : listing) {
        out += fmt::format("\nClient {}: {}\n", entry.client.id,
                           displayText(entry.client.name, kNameColumns));
        if (entry.assessments.empty()) {
            out += "  (no assessments)\n";
            continue;
        }
        out += lines[0];
        for (std::size_t i = 0; i < entry.assessments.size(); ++i) {
            out += lines[next++];
        }
    }
    return out;
}

Json runsJson(const Assessment& assessment, const Client& client,
              const std::vector<RunRecord>& runs) {
    Json list = Json::array();
    for (const RunRecord& run : runs) {
        list.push_back(
            {{"id", run.id},
             {"version", run.versionNumber},
             {"created", run.created},
             {"iterations", run.iterations},
             {"seed", run.seed},
             {"threads", run.threads},
             {"program_version", run.programVersion},
             {"elapsed_seconds", run.elapsedSeconds},
             {"currency", run.currency},
             {"mean_total_loss", optionalNumber(run.figures.meanTotalLoss)},
             {"p99_total_loss", optionalNumber(run.figures.p99TotalLoss)},
             {"mean_insurance_paid", optionalNumber(run.figures.meanInsurancePaid)},
             {"mean_uninsured", optionalNumber(run.figures.meanUninsured)},
             {"shortfall_probability", optionalNumber(run.figures.shortfallProbability)}});
    }
    return {{"assessment",
             {{"id", assessment.id},
              {"title", assessment.title},
              {"client", {{"id", client.id}, {"name", client.name}}}}},
            {"runs", list}};
}

std::string runsTable(const Assessment& assessment, const Client& client,
                      const std::vector<RunRecord>& runs) {
    std::string out = fmt::format("Assessment {}: {} (client {}: {})\n", assessment.id,
                                  displayText(assessment.title, kNameColumns), client.id,
                                  displayText(client.name, kNameColumns));
    if (runs.empty()) {
        return out + "\nNo runs yet. Save one with: changerisk-cli simulate SCENARIO.json "
                     "--save --client NAME\n";
    }
    std::vector<std::vector<std::string>> rows = {{"RUN", "VERSION", "SAVED", "ITERATIONS", "SEED",
                                                   "MEAN LOSS", "1 IN 100", "INSURANCE PAYS",
                                                   "UNINSURED", "P(SHORTFALL)"}};
    for (const RunRecord& run : runs) {
        rows.push_back({std::to_string(run.id), std::to_string(run.versionNumber),
                        localTime(run.created),
                        formatNumber(static_cast<double>(run.iterations), 0, Language::English),
                        std::to_string(run.seed), money(run.figures.meanTotalLoss, run.currency),
                        money(run.figures.p99TotalLoss, run.currency),
                        money(run.figures.meanInsurancePaid, run.currency),
                        money(run.figures.meanUninsured, run.currency),
                        run.figures.shortfallProbability
                            ? formatPercent(*run.figures.shortfallProbability, Language::English)
                            : "n/a"});
    }
    const std::vector<bool> right = {true, true, false, true, true, true, true, true, true, true};
    return out + "\n" + table(rows, right, "") +
           "\nMEAN LOSS: mean total loss; 1 IN 100: its 0.99 quantile; P(SHORTFALL): the chance "
           "that\nthe limits of a policy cut off part of a covered loss (the largest over the "
           "policies).\n";
}

} // namespace cr::cli
