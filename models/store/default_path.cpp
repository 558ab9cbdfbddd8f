// The XDG rule for the workspace's default location.
#include "store/default_path.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace cr {
namespace {

namespace fs = std::filesystem;

bool usable(const char* value) {
    return value != nullptr && value[0] == '/';
}

// $HOME, or the account's home from the passwd database when HOME is unset (e.g. under cron).
std::string homeFolder() {
    if (const char* home = std::getenv("HOME"); home != nullptr && home[0] != '\0') {
        return home;
    }
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* result = nullptr;
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &result) == 0 &&
        result != nullptr && result->pw_dir != nullptr) {
        return result->pw_dir;
    }
    return {};
}

} // namespace

fs::path defaultWorkspacePath(const char* xdgDataHome, const char* home) {
    fs::path base;
    if (usable(xdgDataHome)) {
        base = xdgDataHome;
    } else if (usable(home)) {
        base = fs::path(home) / ".local" / "share";
    } else {
        throw std::runtime_error("cannot find a place for the workspace: neither XDG_DATA_HOME "
                                 "nor a home folder is set; use --workspace PATH");
    }
    return base / "ChangeRisk" / "workspace.sqlite";
}

fs::path defaultWorkspacePath() {
    const std::string home = homeFolder();
    return defaultWorkspacePath(std::getenv("XDG_DATA_HOME"),
                                home.empty() ? nullptr : home.c_str());
}

} // namespace cr
