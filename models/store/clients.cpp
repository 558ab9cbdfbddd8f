// Reading and writing the clients table.
#include "store/clients.h"

#include "store/erasure.h"
#include "store/store_detail.h"
#include "store/tags.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cr {
namespace {

using namespace store_detail;

constexpr const char* kColumns = "SELECT id, name, created, modified FROM clients ";

Client rowToClient(SQLite::Statement& row) {
    return {row.getColumn(0).getInt64(), row.getColumn(1).getString(), row.getColumn(2).getString(),
            row.getColumn(3).getString()};
}

void requireFreeName(Workspace& ws, const std::string& name) {
    if (findClient(ws, name)) {
        throw WorkspaceError(WorkspaceErrorKind::Conflict, ws.path(), "client \"" + name + "\"",
                             "a client of this name exists already");
    }
}

} // namespace

std::vector<Client> listClients(Workspace& ws) {
    std::vector<Client> clients;
    ws.read("listing clients", [&] {
        SQLite::Statement query(ws.database(), std::string(kColumns) + "ORDER BY name, id");
        while (query.executeStep()) {
            clients.push_back(rowToClient(query));
        }
    });
    return clients;
}

std::optional<Client> findClient(Workspace& ws, const std::string& name) {
    std::optional<Client> client;
    ws.read("finding a client", [&] {
        SQLite::Statement query(ws.database(), std::string(kColumns) + "WHERE name = ?");
        query.bind(1, name);
        if (query.executeStep()) {
            client = rowToClient(query);
        }
    });
    return client;
}

Client clientById(Workspace& ws, std::int64_t id) {
    std::optional<Client> client;
    ws.read("reading a client", [&] {
        SQLite::Statement query(ws.database(), std::string(kColumns) + "WHERE id = ?");
        query.bind(1, id);
        if (query.executeStep()) {
            client = rowToClient(query);
        }
    });
    if (!client) {
        notFound(ws, "client", id);
    }
    return *client;
}

Client createClient(Workspace& ws, const std::string& name) {
    requireText(ws, "client name", name);
    std::int64_t id = 0;
    ws.write("creating a client", [&] {
        requireFreeName(ws, name);
        SQLite::Statement insert(ws.database(),
                                 std::string("INSERT INTO clients (name, created, modified) "
                                             "VALUES (?, ") +
                                     kNowSql + ", " + kNowSql + ")");
        insert.bind(1, name);
        insert.exec();
        id = ws.database().getLastInsertRowid();
    });
    return clientById(ws, id);
}

Client findOrCreateClient(Workspace& ws, const std::string& name) {
    std::optional<Client> client;
    ws.write("creating a client", [&] {
        client = findClient(ws, name);
        if (!client) {
            client = createClient(ws, name);
        }
    });
    return *client;
}

void renameClient(Workspace& ws, std::int64_t id, const std::string& newName) {
    requireText(ws, "client name", newName);
    ws.write("renaming a client", [&] {
        const Client client = clientById(ws, id);
        if (client.name == newName) {
            return;
        }
        requireFreeName(ws, newName);
        SQLite::Statement update(ws.database(), std::string("UPDATE clients SET name = ?, "
                                                            "modified = ") +
                                                    kNowSql + " WHERE id = ?");
        update.bind(1, newName);
        update.bind(2, id);
        update.exec();
    });
}

Contents clientContents(Workspace& ws, std::int64_t id) {
    Contents contents;
    ws.read("counting a client's assessments", [&] {
        clientById(ws, id);
        SQLite::Statement query(ws.database(),
                                "SELECT (SELECT count(*) FROM assessments WHERE client_id = ?1),"
                                " (SELECT count(*) FROM scenario_versions v JOIN assessments a"
                                "  ON v.assessment_id = a.id WHERE a.client_id = ?1),"
                                " (SELECT count(*) FROM runs r JOIN scenario_versions v"
                                "  ON r.version_id = v.id JOIN assessments a"
                                "  ON v.assessment_id = a.id WHERE a.client_id = ?1)");
        query.bind(1, id);
        query.executeStep();
        contents = {query.getColumn(0).getInt(), query.getColumn(1).getInt(),
                    query.getColumn(2).getInt()};
    });
    return contents;
}

Contents deleteClient(Workspace& ws, std::int64_t id) {
    Contents erased;
    eraseById(ws, "deleting a client", "DELETE FROM clients WHERE id = ?", id,
              [&] { erased = clientContents(ws, id); });
    return erased;
}

} // namespace cr
