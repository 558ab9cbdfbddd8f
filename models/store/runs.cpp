// Reading and adding runs; taking the key figures out of a result document.
#include "store/runs.h"

#include "store/assessments.h"
#include "store/scenario_versions.h"
#include "store/store_detail.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <stdexcept>

namespace cr {
namespace {

using namespace store_detail;
using Json = nlohmann::ordered_json;

const Json& member(const Json& object, const std::string& key, const std::string& pointer) {
    if (!object.is_object() || !object.contains(key)) {
        throw std::invalid_argument(pointer + "/" + key + ": missing");
    }
    return object.at(key);
}

// A statistic: a number, or null when the run could not define it.
std::optional<double> statistic(const Json& object, const std::string& key,
                                const std::string& pointer) {
    const Json& value = member(object, key, pointer);
    if (value.is_null()) {
        return std::nullopt;
    }
    if (!value.is_number()) {
        throw std::invalid_argument(pointer + "/" + key + ": must be a number or null");
    }
    return value.get<double>();
}

// JSON pointers escape '~' and '/' in keys (RFC 6901); policy ids may hold either.
std::string escaped(const std::string& key) {
    std::string out;
    for (const char ch : key) {
        out += ch == '~' ? "~0" : ch == '/' ? "~1" : std::string(1, ch);
    }
    return out;
}

constexpr const char* kColumns =
    "SELECT r.id, r.version_id, v.number, r.created, r.iterations, r.seed, r.threads, "
    "r.program_version, r.elapsed_seconds, r.currency, r.mean_total_loss, r.p99_total_loss, "
    "r.mean_insurance_paid, r.mean_uninsured, r.shortfall_probability "
    "FROM runs r JOIN scenario_versions v ON r.version_id = v.id ";

RunRecord rowToRun(SQLite::Statement& row) {
    RunRecord run;
    run.id = row.getColumn(0).getInt64();
    run.versionId = row.getColumn(1).getInt64();
    run.versionNumber = row.getColumn(2).getInt();
    run.created = row.getColumn(3).getString();
    run.iterations = static_cast<std::uint64_t>(row.getColumn(4).getInt64());
    run.seed = std::stoull(row.getColumn(5).getString());
    run.threads = row.getColumn(6).getInt();
    run.programVersion = row.getColumn(7).getString();
    run.elapsedSeconds = row.getColumn(8).getDouble();
    run.currency = row.getColumn(9).getString();
    run.figures = {optionalDouble(row.getColumn(10)), optionalDouble(row.getColumn(11)),
                   optionalDouble(row.getColumn(12)), optionalDouble(row.getColumn(13)),
                   optionalDouble(row.getColumn(14))};
    return run;
}

void bindOptional(SQLite::Statement& statement, int index, const std::optional<double>& value) {
    if (value) {
        statement.bind(index, *value);
    } else {
        statement.bind(index); // NULL
    }
}

template <class T>
T field(const Json& result, const std::string& key, bool (Json::*isType)() const noexcept) {
    const Json& value = member(result, key, "");
    if (!(value.*isType)()) {
        throw std::invalid_argument("/" + key + ": has the wrong type");
    }
    return value.get<T>();
}

// A whole number >= 0, whether the document was parsed (unsigned) or built in code (signed).
std::uint64_t count(const Json& result, const std::string& key) {
    const Json& value = member(result, key, "");
    if (value.is_number_unsigned()) {
        return value.get<std::uint64_t>();
    }
    if (value.is_number_integer() && value.get<std::int64_t>() >= 0) {
        return static_cast<std::uint64_t>(value.get<std::int64_t>());
    }
    throw std::invalid_argument("/" + key + ": must be a whole number >= 0");
}

} // namespace

RunFigures keyFiguresOf(const Json& result) {
    const Json& series = member(result, "series", "");
    const Json& total = member(series, "total_loss", "/series");
    const Json& paid = member(series, "insurance_paid", "/series");
    const Json& uninsured = member(series, "uninsured", "/series");
    RunFigures figures;
    figures.meanTotalLoss = statistic(total, "mean", "/series/total_loss");
    figures.p99TotalLoss = statistic(member(total, "quantiles", "/series/total_loss"), "0.99",
                                     "/series/total_loss/quantiles");
    figures.meanInsurancePaid = statistic(paid, "mean", "/series/insurance_paid");
    figures.meanUninsured = statistic(uninsured, "mean", "/series/uninsured");
    const std::string prefix = "policy.";
    const std::string suffix = ".shortfall";
    for (const auto& [name, stats] : series.items()) {
        if (name.size() > prefix.size() + suffix.size() && name.starts_with(prefix) &&
            name.ends_with(suffix)) {
            if (const auto p = statistic(stats, "p_nonzero", "/series/" + escaped(name))) {
                figures.shortfallProbability =
                    std::max(figures.shortfallProbability.value_or(*p), *p);
            }
        }
    }
    return figures;
}

RunRecord addRun(Workspace& ws, std::int64_t versionId, const Json& result) {
    RunFigures figures;
    std::uint64_t iterations = 0, seed = 0;
    std::int64_t threads = 0;
    std::string programVersion, currency;
    double elapsed = 0;
    try {
        figures = keyFiguresOf(result);
        iterations = count(result, "iterations");
        seed = count(result, "seed");
        threads = static_cast<std::int64_t>(count(result, "threads"));
        programVersion = field<std::string>(result, "program_version", &Json::is_string);
        elapsed = field<double>(result, "elapsed_seconds", &Json::is_number);
        currency = field<std::string>(result, "currency", &Json::is_string);
    } catch (const std::invalid_argument& e) {
        throw WorkspaceError(WorkspaceErrorKind::InvalidInput, ws.path(), "result document",
                             e.what());
    }
    std::int64_t id = 0;
    ws.write("saving a run", [&] {
        const ScenarioVersion version = versionById(ws, versionId);
        SQLite::Statement insert(
            ws.database(),
            std::string("INSERT INTO runs (version_id, created, iterations, seed, threads, "
                        "program_version, elapsed_seconds, currency, result_json, "
                        "mean_total_loss, p99_total_loss, mean_insurance_paid, mean_uninsured, "
                        "shortfall_probability) VALUES (?1, ") +
                kNowSql + ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        insert.bind(1, versionId);
        insert.bind(2, static_cast<std::int64_t>(iterations));
        insert.bind(3, std::to_string(seed));
        insert.bind(4, threads);
        insert.bind(5, programVersion);
        insert.bind(6, elapsed);
        insert.bind(7, currency);
        insert.bind(8, result.dump());
        bindOptional(insert, 9, figures.meanTotalLoss);
        bindOptional(insert, 10, figures.p99TotalLoss);
        bindOptional(insert, 11, figures.meanInsurancePaid);
        bindOptional(insert, 12, figures.meanUninsured);
        bindOptional(insert, 13, figures.shortfallProbability);
        insert.exec();
        id = ws.database().getLastInsertRowid();
        touchAssessment(ws, version.assessmentId);
    });
    return runById(ws, id);
}

std::vector<RunRecord> listRuns(Workspace& ws, std::int64_t assessmentId) {
    std::vector<RunRecord> runs;
    ws.read("listing runs", [&] {
        assessmentById(ws, assessmentId);
        SQLite::Statement query(ws.database(), std::string(kColumns) +
                                                   "WHERE v.assessment_id = ? "
                                                   "ORDER BY r.created DESC, r.id DESC");
        query.bind(1, assessmentId);
        while (query.executeStep()) {
            runs.push_back(rowToRun(query));
        }
    });
    return runs;
}

RunRecord runById(Workspace& ws, std::int64_t id) {
    std::optional<RunRecord> run;
    ws.read("reading a run", [&] {
        SQLite::Statement query(ws.database(), std::string(kColumns) + "WHERE r.id = ?");
        query.bind(1, id);
        if (query.executeStep()) {
            run = rowToRun(query);
        }
    });
    if (!run) {
        notFound(ws, "run", id);
    }
    return *run;
}

std::string runDocument(Workspace& ws, std::int64_t runId) {
    std::optional<std::string> text;
    ws.read("reading a run", [&] {
        SQLite::Statement query(ws.database(), "SELECT result_json FROM runs WHERE id = ?");
        query.bind(1, runId);
        if (query.executeStep()) {
            text = query.getColumn(0).getString();
        }
    });
    if (!text) {
        notFound(ws, "run", runId);
    }
    return *text;
}

} // namespace cr
