// Tags on assessments ("2025", "renewal", "ISP"), for finding them again.
#pragma once

#include "store/workspace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cr {

// Adding a tag twice is harmless. Throws WorkspaceError: NotFound, InvalidInput (empty tag).
void addTag(Workspace& ws, std::int64_t assessmentId, const std::string& tag);
void removeTag(Workspace& ws, std::int64_t assessmentId, const std::string& tag);
// The assessment's tags in name order.
std::vector<std::string> tagsOf(Workspace& ws, std::int64_t assessmentId);
// Every tag in use, in name order.
std::vector<std::string> allTags(Workspace& ws);
// Drops tags no assessment carries any more (a tag can name a client: erasure erases it too).
void deleteUnusedTags(Workspace& ws);

} // namespace cr
