// Header checks and a read-only look inside: the gate every open passes before any write.
//
// The SQLite file format (sqlite.org/fileformat.html) puts the magic string in bytes 0-15, the
// page size at 16, a change counter at 24, the page count at 28 and the "version valid for"
// counter at 92; the page count is trustworthy when the two counters agree. A file shorter than
// that count (or not a whole number of pages) was truncated, which SQLite itself would only
// notice when it reaches a missing page.
#include "store/file_inspection.h"

#include "store/schema.h"
#include "store/workspace_error.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>

namespace cr {
namespace {

namespace fs = std::filesystem;
constexpr std::size_t kHeaderSize = 100;
constexpr std::string_view kMagic{"SQLite format 3\0", 16};

std::uint32_t bigEndian(const std::array<unsigned char, kHeaderSize>& h, std::size_t at,
                        std::size_t bytes) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < bytes; ++i) {
        value = (value << 8) | h[at + i];
    }
    return value;
}

[[noreturn]] void notAWorkspace(const fs::path& path, const std::string& why) {
    throw WorkspaceError(WorkspaceErrorKind::NotAWorkspace, path, "",
                         why + "; the file was left untouched");
}

std::uintmax_t sizeOrZero(const fs::path& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

// Returns whether the header marks the file as a WAL database (read/write versions 2).
bool checkHeader(const fs::path& path, std::uintmax_t size) {
    std::array<unsigned char, kHeaderSize> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw WorkspaceError(WorkspaceErrorKind::Io, path, "", "cannot be read");
    }
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got < kMagic.size() ||
        std::string_view(reinterpret_cast<const char*>(header.data()), kMagic.size()) != kMagic) {
        notAWorkspace(path, "not a SQLite database, so not a ChangeRisk workspace");
    }
    if (got < kHeaderSize) {
        notAWorkspace(path, "a truncated SQLite database (" + std::to_string(size) +
                                " bytes, shorter than its 100-byte header)");
    }
    std::uint32_t pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        notAWorkspace(path, "a damaged SQLite database (page size " + std::to_string(pageSize) +
                                " in its header)");
    }
    if (size % pageSize != 0) {
        notAWorkspace(path, "a truncated or damaged SQLite database (" + std::to_string(size) +
                                " bytes is not a whole number of " + std::to_string(pageSize) +
                                "-byte pages)");
    }
    const std::uint32_t changeCounter = bigEndian(header, 24, 4);
    const std::uint32_t pageCount = bigEndian(header, 28, 4);
    const std::uint32_t validFor = bigEndian(header, 92, 4);
    // With a non-empty write-ahead log the main file may lag its header until recovery.
    const bool walPending = sizeOrZero(path.string() + "-wal") > 0;
    if (pageCount != 0 && changeCounter == validFor && !walPending &&
        size < std::uintmax_t{pageCount} * pageSize) {
        notAWorkspace(path, "a truncated SQLite database (its header counts " +
                                std::to_string(pageCount) + " pages of " +
                                std::to_string(pageSize) + " bytes, the file holds " +
                                std::to_string(size / pageSize) + ")");
    }
    return header[18] == 2 && header[19] == 2;
}

struct Contents {
    std::int32_t applicationId = 0;
    int userVersion = 0;
    int objects = 0;
};

Contents readContents(const fs::path& path, bool immutable, int busyTimeoutMs) {
    // Another instance may be checkpointing or closing: wait like any other connection.
    SQLite::Database db(readOnlyUri(path, immutable), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                        busyTimeoutMs);
    Contents c;
    c.applicationId = applicationId(db);
    c.userVersion = userVersion(db);
    c.objects = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
    return c;
}

} // namespace

std::string readOnlyUri(const fs::path& path, bool immutable) {
    // RFC 3986 percent-encoding of everything a URI path could misread ('?', '#', '%', ...).
    std::string uri = "file:";
    for (const unsigned char ch : fs::absolute(path).string()) {
        const bool plain = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                           (ch >= '0' && ch <= '9') || ch == '/' || ch == '-' || ch == '_' ||
                           ch == '.' || ch == '~';
        if (plain) {
            uri += static_cast<char>(ch);
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", ch);
            uri += escaped;
        }
    }
    return uri + (immutable ? "?mode=ro&immutable=1" : "?mode=ro");
}

FileInspection inspectWorkspaceFile(const fs::path& path, int busyTimeoutMs) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) {
        return {};
    }
    if (ec) {
        throw WorkspaceError(WorkspaceErrorKind::Io, path, "", "cannot be read: " + ec.message());
    }
    if (status.type() != fs::file_type::regular) {
        notAWorkspace(path, "not a file, so not a ChangeRisk workspace");
    }
    const std::uintmax_t size = fs::file_size(path);
    if (size == 0) {
        // What SQLite leaves when a first start was stopped before its first commit.
        return {.exists = true, .blank = true, .schemaVersion = 0};
    }
    const bool wal = checkHeader(path, size);
    // A WAL database that no one has open has neither -wal nor -shm; reading it "immutable"
    // then creates neither (a plain read-only open would leave both behind). When they exist,
    // another connection may be writing, and only a normal open sees its committed log.
    const bool idle =
        !fs::exists(path.string() + "-wal", ec) && !fs::exists(path.string() + "-shm", ec);
    Contents contents;
    try {
        contents = readContents(path, wal && idle, busyTimeoutMs);
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED) {
            throw WorkspaceError(WorkspaceErrorKind::Busy, path, "",
                                 std::string("another program kept the workspace locked (") +
                                     e.what() + "); try again");
        }
        notAWorkspace(path, std::string("a damaged SQLite database (") + e.what() + ")");
    }

    if (contents.applicationId == kWorkspaceApplicationId) {
        if (contents.userVersion > kWorkspaceSchemaVersion) {
            throw WorkspaceError(
                WorkspaceErrorKind::NewerVersion, path, "",
                "written by a newer version of ChangeRisk (workspace schema " +
                    std::to_string(contents.userVersion) + ", this program knows up to " +
                    std::to_string(kWorkspaceSchemaVersion) +
                    "); update ChangeRisk to open it. The file was left untouched");
        }
        return {.exists = true, .blank = false, .schemaVersion = contents.userVersion};
    }
    if (contents.applicationId == 0 && contents.objects == 0) {
        return {.exists = true, .blank = true, .schemaVersion = 0};
    }
    char id[16];
    std::snprintf(id, sizeof id, "0x%08X", static_cast<std::uint32_t>(contents.applicationId));
    notAWorkspace(path, "a SQLite database of another program (application_id " + std::string(id) +
                            ", " + std::to_string(contents.objects) +
                            " schema objects), not a ChangeRisk workspace");
}

} // namespace cr
