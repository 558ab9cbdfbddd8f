// The XDG rule for the default workspace location.
#include "store/default_path.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace cr {
namespace {

TEST(DefaultPath, UsesXdgDataHome) {
    EXPECT_EQ(defaultWorkspacePath("/data/me", "/home/me"), "/data/me/ChangeRisk/workspace.sqlite");
}

TEST(DefaultPath, FallsBackToLocalShareWhenXdgIsUnsetEmptyOrRelative) {
    const std::filesystem::path expected = "/home/me/.local/share/ChangeRisk/workspace.sqlite";
    EXPECT_EQ(defaultWorkspacePath(nullptr, "/home/me"), expected);
    EXPECT_EQ(defaultWorkspacePath("", "/home/me"), expected);
    EXPECT_EQ(defaultWorkspacePath("relative/dir", "/home/me"), expected);
}

TEST(DefaultPath, WithoutAnyBaseItAsksForAPath) {
    EXPECT_THROW(defaultWorkspacePath(nullptr, nullptr), std::runtime_error);
}

TEST(DefaultPath, ReadsTheEnvironment) {
    const char* saved = std::getenv("XDG_DATA_HOME");
    const std::string restore = saved ? saved : "";
    ::setenv("XDG_DATA_HOME", "/srv/xdg", 1);
    EXPECT_EQ(defaultWorkspacePath(), "/srv/xdg/ChangeRisk/workspace.sqlite");
    ::unsetenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    if (home != nullptr && home[0] == '/') {
        EXPECT_EQ(defaultWorkspacePath(),
                  std::filesystem::path(home) / ".local/share/ChangeRisk/workspace.sqlite");
    }
    if (saved) {
        ::setenv("XDG_DATA_HOME", restore.c_str(), 1);
    }
}

} // namespace
} // namespace cr
