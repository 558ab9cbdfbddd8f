// Clients: the people or firms whose assessments the workspace keeps.
#pragma once

#include "store/workspace.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cr {

struct Client {
    std::int64_t id = 0;
    std::string name;
    std::string created; // UTC, ISO 8601
    std::string modified;
};

// How much a deletion erases (for the confirmation the GUI and `--yes` stand for).
struct Contents {
    int assessments = 0;
    int versions = 0;
    int runs = 0;
};

// Every client, ordered by name. Names are unique (compared byte for byte).
std::vector<Client> listClients(Workspace& ws);
std::optional<Client> findClient(Workspace& ws, const std::string& name);
// Throws WorkspaceError(NotFound).
Client clientById(Workspace& ws, std::int64_t id);

// Throws WorkspaceError: InvalidInput for an empty name, Conflict when the name is taken.
Client createClient(Workspace& ws, const std::string& name);
Client findOrCreateClient(Workspace& ws, const std::string& name);
void renameClient(Workspace& ws, std::int64_t id, const std::string& newName);

Contents clientContents(Workspace& ws, std::int64_t id);
// Erases the client with its assessments, versions, runs and now unused tags, for good:
// secure_delete zeroes the freed pages and the write-ahead log is checkpointed and truncated
// (fully once no other instance is reading). Returns what was erased.
Contents deleteClient(Workspace& ws, std::int64_t id);

} // namespace cr
