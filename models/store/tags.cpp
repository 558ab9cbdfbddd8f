// Reading and writing tags and the assessment_tags link table.
#include "store/tags.h"

#include "store/assessments.h"
#include "store/store_detail.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cr {
namespace {

std::vector<std::string> strings(SQLite::Statement& query) {
    std::vector<std::string> values;
    while (query.executeStep()) {
        values.push_back(query.getColumn(0).getString());
    }
    return values;
}

} // namespace

void addTag(Workspace& ws, std::int64_t assessmentId, const std::string& tag) {
    store_detail::requireText(ws, "tag", tag);
    ws.write("tagging an assessment", [&] {
        assessmentById(ws, assessmentId);
        SQLite::Statement tagRow(ws.database(), "INSERT OR IGNORE INTO tags (name) VALUES (?)");
        tagRow.bind(1, tag);
        tagRow.exec();
        SQLite::Statement link(ws.database(),
                               "INSERT OR IGNORE INTO assessment_tags (assessment_id, tag_id) "
                               "SELECT ?, id FROM tags WHERE name = ?");
        link.bind(1, assessmentId);
        link.bind(2, tag);
        link.exec();
    });
}

void removeTag(Workspace& ws, std::int64_t assessmentId, const std::string& tag) {
    ws.write("removing a tag", [&] {
        assessmentById(ws, assessmentId);
        SQLite::Statement unlink(ws.database(),
                                 "DELETE FROM assessment_tags WHERE assessment_id = ? AND "
                                 "tag_id = (SELECT id FROM tags WHERE name = ?)");
        unlink.bind(1, assessmentId);
        unlink.bind(2, tag);
        unlink.exec();
        deleteUnusedTags(ws);
    });
}

std::vector<std::string> tagsOf(Workspace& ws, std::int64_t assessmentId) {
    std::vector<std::string> tags;
    ws.read("reading tags", [&] {
        SQLite::Statement query(ws.database(),
                                "SELECT t.name FROM tags t JOIN assessment_tags l ON l.tag_id = "
                                "t.id WHERE l.assessment_id = ? ORDER BY t.name");
        query.bind(1, assessmentId);
        tags = strings(query);
    });
    return tags;
}

std::vector<std::string> allTags(Workspace& ws) {
    std::vector<std::string> tags;
    ws.read("reading tags", [&] {
        SQLite::Statement query(ws.database(), "SELECT name FROM tags ORDER BY name");
        tags = strings(query);
    });
    return tags;
}

void deleteUnusedTags(Workspace& ws) {
    ws.write("removing unused tags", [&] {
        ws.database().exec("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM assessment_tags)");
    });
}

} // namespace cr
