// Reading and writing the assessments table.
#include "store/assessments.h"

#include "store/erasure.h"
#include "store/store_detail.h"
#include "store/tags.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cr {
namespace {

using namespace store_detail;

constexpr const char* kColumns =
    "SELECT id, client_id, title, notes, created, modified FROM assessments ";

Assessment rowToAssessment(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(),  row.getColumn(1).getInt64(),
            row.getColumn(2).getString(), row.getColumn(3).getString(),
            row.getColumn(4).getString(), row.getColumn(5).getString()};
}

void requireFreeTitle(Workspace& ws, std::int64_t clientId, const std::string& title) {
    if (findAssessment(ws, clientId, title)) {
        throw WorkspaceError(WorkspaceErrorKind::Conflict, ws.path(),
                             "assessment \"" + title + "\"",
                             "this client has an assessment of this title already");
    }
}

void updateText(Workspace& ws, std::int64_t id, const char* column, const std::string& value) {
    SQLite::Statement update(ws.database(), std::string("UPDATE assessments SET ") + column +
                                                " = ?, modified = " + kNowSql + " WHERE id = ?");
    update.bind(1, value);
    update.bind(2, id);
    update.exec();
}

} // namespace

Assessment assessmentById(Workspace& ws, std::int64_t id) {
    std::optional<Assessment> found;
    ws.read("reading an assessment", [&] {
        SQLite::Statement query(ws.database(), std::string(kColumns) + "WHERE id = ?");
        query.bind(1, id);
        if (query.executeStep()) {
            found = rowToAssessment(query);
        }
    });
    if (!found) {
        notFound(ws, "assessment", id);
    }
    return *found;
}

std::optional<Assessment> findAssessment(Workspace& ws, std::int64_t clientId,
                                         const std::string& title) {
    std::optional<Assessment> found;
    ws.read("finding an assessment", [&] {
        SQLite::Statement query(ws.database(),
                                std::string(kColumns) + "WHERE client_id = ? AND title = ?");
        query.bind(1, clientId);
        query.bind(2, title);
        if (query.executeStep()) {
            found = rowToAssessment(query);
        }
    });
    return found;
}

Assessment createAssessment(Workspace& ws, std::int64_t clientId, const std::string& title,
                            const std::string& notes) {
    requireText(ws, "assessment title", title);
    std::int64_t id = 0;
    ws.write("creating an assessment", [&] {
        clientById(ws, clientId);
        requireFreeTitle(ws, clientId, title);
        SQLite::Statement insert(ws.database(),
                                 std::string("INSERT INTO assessments (client_id, title, notes, "
                                             "created, modified) VALUES (?, ?, ?, ") +
                                     kNowSql + ", " + kNowSql + ")");
        insert.bind(1, clientId);
        insert.bind(2, title);
        insert.bind(3, notes);
        insert.exec();
        id = ws.database().getLastInsertRowid();
    });
    return assessmentById(ws, id);
}

Assessment findOrCreateAssessment(Workspace& ws, std::int64_t clientId, const std::string& title) {
    std::optional<Assessment> found;
    ws.write("creating an assessment", [&] {
        found = findAssessment(ws, clientId, title);
        if (!found) {
            found = createAssessment(ws, clientId, title);
        }
    });
    return *found;
}

void renameAssessment(Workspace& ws, std::int64_t id, const std::string& newTitle) {
    requireText(ws, "assessment title", newTitle);
    ws.write("renaming an assessment", [&] {
        const Assessment current = assessmentById(ws, id);
        if (current.title == newTitle) {
            return;
        }
        requireFreeTitle(ws, current.clientId, newTitle);
        updateText(ws, id, "title", newTitle);
    });
}

void setAssessmentNotes(Workspace& ws, std::int64_t id, const std::string& notes) {
    ws.write("saving an assessment's notes", [&] {
        assessmentById(ws, id);
        updateText(ws, id, "notes", notes);
    });
}

void touchAssessment(Workspace& ws, std::int64_t id) {
    ws.write("updating an assessment", [&] {
        SQLite::Statement update(ws.database(), std::string("UPDATE assessments SET modified = ") +
                                                    kNowSql + " WHERE id = ?");
        update.bind(1, id);
        update.exec();
    });
}

Contents assessmentContents(Workspace& ws, std::int64_t id) {
    Contents contents;
    ws.read("counting an assessment's versions", [&] {
        assessmentById(ws, id);
        SQLite::Statement query(ws.database(),
                                "SELECT (SELECT count(*) FROM scenario_versions"
                                "  WHERE assessment_id = ?1),"
                                " (SELECT count(*) FROM runs r JOIN scenario_versions v"
                                "  ON r.version_id = v.id WHERE v.assessment_id = ?1)");
        query.bind(1, id);
        query.executeStep();
        contents = {1, query.getColumn(0).getInt(), query.getColumn(1).getInt()};
    });
    return contents;
}

Contents deleteAssessment(Workspace& ws, std::int64_t id) {
    Contents erased;
    eraseById(ws, "deleting an assessment", "DELETE FROM assessments WHERE id = ?", id,
              [&] { erased = assessmentContents(ws, id); });
    return erased;
}

} // namespace cr
