// Writes a file completely or not at all: a temporary file beside it, then rename.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace cr {

// Creates the temporary file at construction, so an unwritable path fails before any long
// work starts. commit() flushes, syncs and renames it over `path`; a writer destroyed without
// commit() removes its temporary file and leaves `path` untouched. Throws std::runtime_error
// with the path and the system's reason.
class AtomicFile {
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(std::string_view bytes);
    void commit();
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    std::string m_temporary;
    std::FILE* m_file = nullptr;
    bool m_committed = false;
};

// Reads a whole file; throws std::runtime_error naming the file on failure.
std::string readWholeFile(const std::string& path);

} // namespace cr
