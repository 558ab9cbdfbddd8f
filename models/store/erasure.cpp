// WAL checkpoint with truncation after deletions.
#include "store/erasure.h"

#include "store/tags.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace cr {

void flushErasure(Workspace& ws) {
    SQLite::Database& db = ws.database();
    if (sqlite3_get_autocommit(db.getHandle()) == 0) {
        return; // the outermost write flushes after its commit
    }
    try {
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const SQLite::Exception&) {
        // The deletion is committed; a busy reader only delays the truncation to a later
        // checkpoint (SQLite checkpoints automatically), so this is not the user's failure.
    }
}

void eraseById(Workspace& ws, std::string_view doing, const char* deleteSql, std::int64_t id,
               const std::function<void()>& beforeDelete) {
    ws.write(doing, [&] {
        beforeDelete();
        SQLite::Statement erase(ws.database(), deleteSql);
        erase.bind(1, id);
        erase.exec();
        deleteUnusedTags(ws);
    });
    flushErasure(ws);
}

} // namespace cr
