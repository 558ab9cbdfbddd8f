// Temporary-file-then-rename writing with POSIX mkstemp/fsync/rename.
#include "format/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cr {

namespace {
std::runtime_error systemError(const std::string& path, const char* what) {
    return std::runtime_error(path + ": " + what + ": " + std::strerror(errno));
}
} // namespace

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path)) {
    struct stat info {};
    if (::stat(m_path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
        throw std::runtime_error(m_path + ": is a directory");
    }
    m_temporary = m_path + ".tmp-XXXXXX";
    const int fd = ::mkstemp(m_temporary.data());
    if (fd < 0) {
        throw systemError(m_path, "cannot write");
    }
    ::fchmod(fd, 0644);
    m_file = ::fdopen(fd, "wb");
    if (m_file == nullptr) {
        ::close(fd);
        ::unlink(m_temporary.c_str());
        throw systemError(m_path, "cannot write");
    }
}

AtomicFile::~AtomicFile() {
    if (m_file != nullptr) {
        std::fclose(m_file);
    }
    if (!m_committed) {
        ::unlink(m_temporary.c_str());
    }
}

void AtomicFile::write(std::string_view bytes) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size()) {
        throw systemError(m_path, "cannot write");
    }
}

void AtomicFile::commit() {
    if (std::fflush(m_file) != 0 || ::fsync(::fileno(m_file)) != 0) {
        throw systemError(m_path, "cannot write");
    }
    const int closed = std::fclose(m_file);
    m_file = nullptr;
    if (closed != 0) {
        throw systemError(m_path, "cannot write");
    }
    if (::rename(m_temporary.c_str(), m_path.c_str()) != 0) {
        throw systemError(m_path, "cannot replace");
    }
    m_committed = true;
}

std::string readWholeFile(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        throw systemError(path, "cannot read file");
    }
    if (S_ISDIR(info.st_mode)) {
        throw std::runtime_error(path + ": cannot read file: is a directory");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw systemError(path, "cannot read file");
    }
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace cr
