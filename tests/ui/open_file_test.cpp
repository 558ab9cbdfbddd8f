// Opening files: malformed input names the field and leaves the open document untouched; save.
#include "ui_test_support.h"

#include "document/commands.h"
#include "document/scenario_document.h"
#include "format/scenario_json.h"
#include "main/main_window.h"

#include <QMessageBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace cr::ui {
namespace {

class OpenFile : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_window.openTemplate(QStringLiteral("isp-router-reset")));
        m_before = writeScenario(m_window.document()->scenario());
    }
    QString write(const std::string& name, const std::string& text) {
        const QString path = m_dir.filePath(QString::fromStdString(name));
        std::ofstream(path.toStdString()) << text;
        return path;
    }
    // The text of the error box the window shows (non-blocking).
    QString errorBoxText() {
        const auto* box = m_window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
        return box ? box->text() : QString();
    }

    QTemporaryDir m_dir;
    MainWindow m_window;
    std::string m_before;
};

TEST_F(OpenFile, ABadValueIsNamedByItsPointerAndTheDocumentIsUnchanged) {
    std::ifstream in(test::templateFile("webshop-deployment"));
    auto json = nlohmann::json::parse(in);
    json["failure_modes"][0]["probability"] = 1.7;
    const QString path = write("bad.json", json.dump(2));

    EXPECT_FALSE(m_window.openFile(path));
    EXPECT_TRUE(m_window.lastError().contains(QStringLiteral("/failure_modes/0/probability")))
        << m_window.lastError().toStdString();
    EXPECT_TRUE(errorBoxText().contains(QStringLiteral("/failure_modes/0/probability")));
    EXPECT_EQ(writeScenario(m_window.document()->scenario()), m_before);
    EXPECT_TRUE(m_window.document()->filePath().isEmpty());
}

TEST_F(OpenFile, ASyntaxErrorGivesLineAndColumn) {
    const QString path =
        write("broken.json", "{\n  \"format\": \"changerisk-scenario\",\n  oops\n}");
    EXPECT_FALSE(m_window.openFile(path));
    EXPECT_TRUE(m_window.lastError().contains(QStringLiteral("line 3")))
        << m_window.lastError().toStdString();
    EXPECT_EQ(writeScenario(m_window.document()->scenario()), m_before);
}

TEST_F(OpenFile, AMissingFileAndAnUnknownTemplateAreReported) {
    EXPECT_FALSE(m_window.openFile(m_dir.filePath(QStringLiteral("absent.json"))));
    EXPECT_TRUE(m_window.lastError().contains(QStringLiteral("absent.json")));
    EXPECT_FALSE(m_window.openTemplate(QStringLiteral("no-such-template")));
    EXPECT_TRUE(m_window.lastError().contains(QStringLiteral("isp-router-reset")));
    EXPECT_EQ(writeScenario(m_window.document()->scenario()), m_before);
}

TEST_F(OpenFile, SaveWritesTheEditedScenarioAndReopens) {
    commands::setSeed(*m_window.document(), 99);
    ASSERT_TRUE(m_window.document()->isModified());
    const QString path = m_dir.filePath(QStringLiteral("saved.json"));
    ASSERT_TRUE(m_window.saveTo(path));
    EXPECT_FALSE(m_window.document()->isModified());
    EXPECT_EQ(m_window.document()->filePath(), path);

    const Scenario reread = readScenarioFile(path.toStdString());
    EXPECT_EQ(reread.simulation.seed, 99u);
    EXPECT_EQ(writeScenario(reread), writeScenario(m_window.document()->scenario()));

    MainWindow other;
    ASSERT_TRUE(other.openFile(path));
    EXPECT_EQ(other.document()->scenario().simulation.seed, 99u);
}

TEST_F(OpenFile, SavingToAnUnwritablePlaceFailsAndKeepsTheModifiedFlag) {
    commands::setSeed(*m_window.document(), 5);
    EXPECT_FALSE(m_window.saveTo(m_dir.filePath(QStringLiteral("no/such/dir/x.json"))));
    EXPECT_TRUE(m_window.lastError().contains(QStringLiteral("no/such/dir")));
    EXPECT_TRUE(m_window.document()->isModified());
}

} // namespace
} // namespace cr::ui
