// Reading and appending scenario versions.
#include "store/scenario_versions.h"

#include "format/sha256.h"
#include "store/assessments.h"
#include "store/store_detail.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cr {
namespace {

using namespace store_detail;

constexpr const char* kColumns = "SELECT id, assessment_id, number, sha256, author_note, "
                                 "created, scenario_json FROM scenario_versions ";

ScenarioVersion rowToVersion(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(),  row.getColumn(1).getInt64(),
            row.getColumn(2).getInt(),    row.getColumn(3).getString(),
            row.getColumn(4).getString(), row.getColumn(5).getString(),
            row.getColumn(6).getString()};
}

std::optional<ScenarioVersion> queryOne(Workspace& ws, const std::string& where, std::int64_t first,
                                        std::int64_t second = 0) {
    std::optional<ScenarioVersion> found;
    ws.read("reading a scenario version", [&] {
        SQLite::Statement query(ws.database(), kColumns + where);
        query.bind(1, first);
        if (query.getBindParameterCount() > 1) {
            query.bind(2, second);
        }
        if (query.executeStep()) {
            found = rowToVersion(query);
        }
    });
    return found;
}

} // namespace

ScenarioVersion addVersion(Workspace& ws, std::int64_t assessmentId, const std::string& text,
                           const std::string& authorNote) {
    const std::string sha = sha256Hex(text);
    std::int64_t id = 0;
    ws.write("saving a scenario version", [&] {
        assessmentById(ws, assessmentId);
        // The write lock is held from BEGIN IMMEDIATE on, so max + 1 cannot race.
        SQLite::Statement insert(
            ws.database(),
            std::string("INSERT INTO scenario_versions (assessment_id, number, scenario_json, "
                        "sha256, author_note, created) VALUES (?1, (SELECT coalesce(max(number), "
                        "0) + 1 FROM scenario_versions WHERE assessment_id = ?1), ?2, ?3, ?4, ") +
                kNowSql + ")");
        insert.bind(1, assessmentId);
        insert.bind(2, text);
        insert.bind(3, sha);
        insert.bind(4, authorNote);
        insert.exec();
        id = ws.database().getLastInsertRowid();
        touchAssessment(ws, assessmentId);
    });
    return versionById(ws, id);
}

std::optional<ScenarioVersion> latestVersion(Workspace& ws, std::int64_t assessmentId) {
    return queryOne(ws, "WHERE assessment_id = ? ORDER BY number DESC LIMIT 1", assessmentId);
}

ScenarioVersion versionByNumber(Workspace& ws, std::int64_t assessmentId, int number) {
    auto found = queryOne(ws, "WHERE assessment_id = ? AND number = ?", assessmentId, number);
    if (!found) {
        assessmentById(ws, assessmentId); // an unknown assessment is the better message
        throw WorkspaceError(WorkspaceErrorKind::NotFound, ws.path(),
                             "assessment " + std::to_string(assessmentId) + " version " +
                                 std::to_string(number),
                             "no such version");
    }
    return *found;
}

ScenarioVersion versionById(Workspace& ws, std::int64_t id) {
    auto found = queryOne(ws, "WHERE id = ?", id);
    if (!found) {
        notFound(ws, "scenario version", id);
    }
    return *found;
}

std::vector<ScenarioVersion> listVersions(Workspace& ws, std::int64_t assessmentId) {
    std::vector<ScenarioVersion> versions;
    ws.read("listing scenario versions", [&] {
        assessmentById(ws, assessmentId);
        SQLite::Statement query(ws.database(),
                                "SELECT id, assessment_id, number, sha256, author_note, created, "
                                "'' FROM scenario_versions WHERE assessment_id = ? ORDER BY "
                                "number");
        query.bind(1, assessmentId);
        while (query.executeStep()) {
            versions.push_back(rowToVersion(query));
        }
    });
    return versions;
}

} // namespace cr
