// After a deletion: make sure the erased data is gone from the files, not just unlinked.
#pragma once

#include "store/workspace.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace cr {

// Checkpoints the write-ahead log into the database and truncates it, so pages that held
// erased rows (already zeroed by secure_delete) leave no copy in the log. Waits up to the busy
// timeout for other instances' reads; if one still holds an old snapshot the log is truncated
// at a later checkpoint. Does nothing inside an open transaction: a caller that deletes inside
// its own write() calls this after that write has committed.
void flushErasure(Workspace& ws);

// Deletes one row by id with `deleteSql` ("DELETE FROM t WHERE id = ?"; foreign keys cascade)
// in one write, after `beforeDelete` ran inside that write (to count what goes), drops tags no
// assessment uses any more, then flushes the erased pages.
void eraseById(Workspace& ws, std::string_view doing, const char* deleteSql, std::int64_t id,
               const std::function<void()>& beforeDelete);

} // namespace cr
