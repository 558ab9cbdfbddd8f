// After a deletion: make sure the erased data is gone from the files, not just unlinked.
#pragma once

#include "store/workspace.h"

namespace cr {

// Checkpoints the write-ahead log into the database and truncates it, so pages that held
// erased rows (already zeroed by secure_delete) leave no copy in the log. Waits up to the busy
// timeout for other instances' reads; if one still holds an old snapshot the log is truncated
// at a later checkpoint. Does nothing inside an open transaction: a caller that deletes inside
// its own write() calls this after that write has committed.
void flushErasure(Workspace& ws);

} // namespace cr
