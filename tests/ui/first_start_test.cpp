// First start: the workspace is created with the four templates as the client "Examples",
// exactly once; a file that is not a workspace is reported and left untouched.
#include "main/first_start.h"

#include "store/listing.h"
#include "store/workspace.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cr::ui {
namespace {

const QString kTemplates = QStringLiteral(CHANGERISK_TEMPLATES_DIR);

TEST(FirstStart, CreatesTheWorkspaceWithTheTemplatesAsExamplesOnce) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ChangeRisk/workspace.sqlite"));
    EXPECT_TRUE(prepareWorkspace(path, kTemplates).isEmpty());
    EXPECT_TRUE(prepareWorkspace(path, kTemplates).isEmpty()); // the second start adds nothing
    Workspace ws = Workspace::open(path.toStdString());
    const auto clients = listWorkspace(ws);
    ASSERT_EQ(clients.size(), 1u);
    EXPECT_EQ(clients[0].client.name, "Examples");
    std::size_t templates = 0;
    for (const auto& entry : std::filesystem::directory_iterator(CHANGERISK_TEMPLATES_DIR)) {
        templates += entry.path().extension() == ".json" ? 1 : 0;
    }
    EXPECT_EQ(clients[0].assessments.size(), templates);
    EXPECT_EQ(templates, 4u);
}

TEST(FirstStart, AFileThatIsNotAWorkspaceIsReportedAndLeftUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        std::ofstream out(path.toStdString());
        out << "my notes, not a database";
    }
    const QString problem = prepareWorkspace(path, kTemplates);
    EXPECT_TRUE(problem.contains(path)) << problem.toStdString();
    std::ifstream in(path.toStdString());
    std::stringstream content;
    content << in.rdbuf();
    EXPECT_EQ(content.str(), "my notes, not a database");
}

} // namespace
} // namespace cr::ui
