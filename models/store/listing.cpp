// One query for every assessment with its counts; listing and search filter and group it.
#include "store/listing.h"

#include "store/tags.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>

namespace cr {
namespace {

// ?1 client name (or NULL), ?2 text, ?3 tag, ?4 from, ?5 to; '' means "no filter".
constexpr const char* kSummaries = R"sql(
SELECT c.id, c.name, c.created, c.modified,
       a.id, a.client_id, a.title, a.notes, a.created, a.modified,
       (SELECT count(*) FROM scenario_versions v WHERE v.assessment_id = a.id),
       (SELECT count(*) FROM runs r JOIN scenario_versions v ON r.version_id = v.id
         WHERE v.assessment_id = a.id),
       (SELECT max(r.created) FROM runs r JOIN scenario_versions v ON r.version_id = v.id
         WHERE v.assessment_id = a.id) AS latest_run
FROM assessments a JOIN clients c ON a.client_id = c.id
WHERE (?1 IS NULL OR c.name = ?1)
  AND (?2 = '' OR c.name LIKE ?2 ESCAPE '\' OR a.title LIKE ?2 ESCAPE '\')
  AND (?3 = '' OR EXISTS (SELECT 1 FROM assessment_tags l JOIN tags t ON l.tag_id = t.id
                          WHERE l.assessment_id = a.id AND t.name = ?3))
  AND (?4 = '' OR substr(a.modified, 1, length(?4)) >= ?4)
  AND (?5 = '' OR substr(a.modified, 1, length(?5)) <= ?5)
ORDER BY latest_run IS NULL, latest_run DESC, a.modified DESC, a.id DESC
)sql";

// LIKE treats % and _ as wildcards: a user's "50%" must match literally.
std::string likePattern(const std::string& text) {
    if (text.empty()) {
        return {};
    }
    std::string pattern = "%";
    for (const char ch : text) {
        if (ch == '%' || ch == '_' || ch == '\\') {
            pattern += '\\';
        }
        pattern += ch;
    }
    return pattern + "%";
}

std::vector<SearchHit> summaries(Workspace& ws, const std::optional<std::string>& clientName,
                                 const SearchQuery& filter) {
    std::vector<SearchHit> hits;
    ws.read("listing the workspace", [&] {
        SQLite::Statement query(ws.database(), kSummaries);
        if (clientName) {
            query.bind(1, *clientName);
        } else {
            query.bind(1);
        }
        query.bind(2, likePattern(filter.text));
        query.bind(3, filter.tag);
        query.bind(4, filter.modifiedFrom);
        query.bind(5, filter.modifiedTo);
        while (query.executeStep()) {
            SearchHit hit;
            hit.client = {query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                          query.getColumn(2).getString(), query.getColumn(3).getString()};
            hit.summary.assessment = {
                query.getColumn(4).getInt64(),  query.getColumn(5).getInt64(),
                query.getColumn(6).getString(), query.getColumn(7).getString(),
                query.getColumn(8).getString(), query.getColumn(9).getString()};
            hit.summary.versions = query.getColumn(10).getInt();
            hit.summary.runs = query.getColumn(11).getInt();
            if (!query.getColumn(12).isNull()) {
                hit.summary.latestRun = query.getColumn(12).getString();
            }
            hits.push_back(std::move(hit));
        }
        for (SearchHit& hit : hits) {
            hit.summary.tags = tagsOf(ws, hit.summary.assessment.id);
        }
    });
    return hits;
}

} // namespace

std::vector<ClientListing> listWorkspace(Workspace& ws,
                                         const std::optional<std::string>& clientName) {
    std::vector<ClientListing> listing;
    ws.read("listing the workspace", [&] {
        std::map<std::int64_t, std::size_t> indexOfClient;
        for (Client& client : listClients(ws)) {
            if (clientName && client.name != *clientName) {
                continue;
            }
            indexOfClient[client.id] = listing.size();
            listing.push_back({std::move(client), {}});
        }
        for (SearchHit& hit : summaries(ws, clientName, {})) {
            listing[indexOfClient.at(hit.client.id)].assessments.push_back(std::move(hit.summary));
        }
    });
    return listing;
}

std::vector<SearchHit> searchAssessments(Workspace& ws, const SearchQuery& query) {
    return summaries(ws, std::nullopt, query);
}

} // namespace cr
