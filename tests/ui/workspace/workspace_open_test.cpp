// A file that is not a workspace: a clear message naming it, the file untouched, nothing listed.
#include "workspace_test_support.h"

#include "main/main_window.h"
#include "workspace/workspace_model.h"
#include "workspace/workspace_navigator.h"
#include "workspace/workspace_session.h"

#include <QDockWidget>
#include <QFileInfo>

#include <filesystem>

namespace cr::ui {
namespace {

class OpenWorkspace : public test::WorkspaceTest {};

TEST_F(OpenWorkspace, CorruptFileGivesAClearMessageAndIsNotOverwritten) {
    // A real workspace, cut in the middle (a damaged copy).
    seed();
    const std::string whole = test::fileBytes(m_path);
    ASSERT_GT(whole.size(), 8192u);
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        std::ofstream out(damaged.toStdString(), std::ios::binary);
        out << whole.substr(0, 5000);
    }
    for (const QString& path : {damaged, m_dir.filePath(QStringLiteral("notes.txt"))}) {
        if (!QFileInfo::exists(path)) {
            std::ofstream out(path.toStdString());
            out << "my notes, not a database";
        }
        const std::string before = test::fileBytes(path);
        MainWindow window;
        EXPECT_FALSE(window.openWorkspace(path));
        EXPECT_TRUE(window.lastError().contains(path)) << window.lastError().toStdString();
        EXPECT_TRUE(window.lastError().contains(QStringLiteral("left as it is")));
        EXPECT_EQ(test::fileBytes(path), before);
        EXPECT_FALSE(std::filesystem::exists(path.toStdString() + "-wal"));
        EXPECT_FALSE(window.workspace()->isOpen());
        EXPECT_EQ(window.navigator()->model()->rowCount(), 0);
        EXPECT_FALSE(window.navigatorDock()->isVisibleTo(&window));
        // Save without a workspace still writes a plain file; the damaged one stays as it is.
        EXPECT_FALSE(window.saveVersion());
        EXPECT_EQ(test::fileBytes(path), before);
    }
}

TEST_F(OpenWorkspace, AMissingWorkspaceIsCreatedEmpty) {
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(m_dir.filePath(QStringLiteral("new/ws.sqlite"))));
    EXPECT_EQ(window.navigator()->model()->rowCount(), 0);
    EXPECT_TRUE(window.navigatorDock()->isVisibleTo(&window));
}

} // namespace
} // namespace cr::ui
