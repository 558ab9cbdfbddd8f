// The Environment page driven through its widgets: detail edits, add / duplicate / remove (the
// removal also takes the group out of change.targets, in one undo step), renames, refusals.
#include "ui/ui_test_support.h"

#include "document/scenario_document.h"
#include "editors/asset_group_model.h"
#include "editors/detail_form.h"
#include "editors/distribution_editor.h"
#include "editors/environment_page.h"
#include "editors/list_buttons.h"
#include "format/scenario_json.h"

#include <QLineEdit>
#include <QPushButton>

#include <gtest/gtest.h>

namespace cr::ui {
namespace {

void type(QLineEdit* field, const QString& text) {
    ASSERT_NE(field, nullptr);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

class EnvironmentPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_original = readScenarioFile(test::templateFile("isp-router-reset"));
        m_document.load(m_original, QString());
        m_page = std::make_unique<EnvironmentPage>(&m_document);
    }
    const std::vector<AssetGroup>& groups() const {
        return m_document.scenario().environment.assetGroups;
    }
    QLineEdit* line(const QString& key) {
        return qobject_cast<QLineEdit*>(m_page->form()->fieldWidget(key));
    }
    DistributionEditor* editor(const QString& key) {
        return qobject_cast<DistributionEditor*>(m_page->form()->fieldWidget(key));
    }
    bool unchanged() const {
        return writeScenario(m_document.scenario()) == writeScenario(m_original);
    }

    Scenario m_original;
    ScenarioDocument m_document;
    std::unique_ptr<EnvironmentPage> m_page;
};

TEST_F(EnvironmentPageTest, DetailShowsTheSelectedGroup) {
    EXPECT_EQ(m_page->selectedRow(), 0);
    EXPECT_EQ(line(QStringLiteral("id"))->text(), QStringLiteral("routers"));
    EXPECT_EQ(line(QStringLiteral("count"))->text(), QStringLiteral("2,000"));
    EXPECT_EQ(editor(QStringLiteral("outage_hours"))->field(QStringLiteral("max"))->text(),
              QStringLiteral("72"));
}

TEST_F(EnvironmentPageTest, DistributionEditUndoRedo) {
    DistributionEditor* outage = editor(QStringLiteral("outage_hours"));
    type(outage->field(QStringLiteral("max")), QStringLiteral("96"));
    const auto& edited = std::get<Pert>(groups()[0].outageHours);
    EXPECT_EQ(edited.min, 1);
    EXPECT_EQ(edited.mode, 8);
    EXPECT_EQ(edited.max, 96);
    EXPECT_EQ(m_document.undoStack()->count(), 1);

    m_document.undoStack()->undo();
    EXPECT_EQ(std::get<Pert>(groups()[0].outageHours).max, 72);
    EXPECT_TRUE(unchanged());
    EXPECT_EQ(outage->field(QStringLiteral("max"))->text(), QStringLiteral("72"));
    m_document.undoStack()->redo();
    EXPECT_EQ(std::get<Pert>(groups()[0].outageHours).max, 96);
    EXPECT_EQ(outage->field(QStringLiteral("max"))->text(), QStringLiteral("96"));
}

TEST_F(EnvironmentPageTest, CountAndNameEditsUndoRedo) {
    type(line(QStringLiteral("count")), QStringLiteral("2500"));
    type(line(QStringLiteral("name")), QStringLiteral("Cable routers"));
    EXPECT_EQ(groups()[0].count, 2500);
    EXPECT_EQ(groups()[0].name, "Cable routers");
    EXPECT_EQ(m_document.undoStack()->count(), 2);
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
    EXPECT_EQ(line(QStringLiteral("count"))->text(), QStringLiteral("2,000"));
    m_document.undoStack()->redo();
    EXPECT_EQ(groups()[0].count, 2500);
}

TEST_F(EnvironmentPageTest, RefusedInputShowsTheReasonAndChangesNothing) {
    type(line(QStringLiteral("count")), QStringLiteral("-3"));
    EXPECT_TRUE(m_page->problemText().startsWith(
        QStringLiteral("/environment/asset_groups/0/count: must be >= 0")))
        << m_page->problemText().toStdString();
    type(line(QStringLiteral("count")), QStringLiteral("many"));
    EXPECT_TRUE(m_page->problemText().contains(QStringLiteral("whole number")));
    type(line(QStringLiteral("id")), QString());
    EXPECT_TRUE(m_page->problemText().startsWith(
        QStringLiteral("/environment/asset_groups/0/id: must not be empty")))
        << m_page->problemText().toStdString();
    // A share above 1: the distribution editor refuses it at its field and emits nothing.
    DistributionEditor* onsite = editor(QStringLiteral("onsite_share"));
    type(onsite->field(QStringLiteral("max")), QStringLiteral("1.5"));
    EXPECT_EQ(onsite->problemField(), QStringLiteral("max"));
    EXPECT_EQ(m_document.undoStack()->count(), 0);
    EXPECT_TRUE(unchanged());
}

TEST_F(EnvironmentPageTest, AddDuplicateWithUndo) {
    m_page->buttons()->addButton()->click();
    ASSERT_EQ(groups().size(), 2u);
    EXPECT_EQ(groups()[1].id, "assets");
    EXPECT_EQ(m_page->selectedRow(), 1);
    EXPECT_EQ(line(QStringLiteral("id"))->text(), QStringLiteral("assets"));
    m_page->buttons()->addButton()->click();
    ASSERT_EQ(groups().size(), 3u);
    EXPECT_EQ(groups()[2].id, "assets-2"); // ids stay unique

    m_page->selectRow(0);
    m_page->buttons()->duplicateButton()->click();
    ASSERT_EQ(groups().size(), 4u);
    EXPECT_EQ(groups()[1].id, "routers-copy");
    EXPECT_EQ(groups()[1].count, 2000);
    EXPECT_EQ(distributionToJson(groups()[1].outageHours),
              distributionToJson(groups()[0].outageHours));
    EXPECT_EQ(m_page->selectedRow(), 1);
    EXPECT_EQ(m_page->model()->rowCount(), 4);

    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
    EXPECT_EQ(m_page->model()->rowCount(), 1);
    m_document.undoStack()->redo();
    EXPECT_EQ(groups().size(), 2u);
}

TEST_F(EnvironmentPageTest, RemoveAlsoRemovesTheTargetInOneUndoStep) {
    ASSERT_EQ(m_document.scenario().change.targets, std::vector<std::string>{"routers"});
    m_page->buttons()->duplicateButton()->click(); // a second group, not a target
    m_page->selectRow(0);
    m_page->buttons()->removeButton()->click();
    ASSERT_EQ(groups().size(), 1u);
    EXPECT_EQ(groups()[0].id, "routers-copy");
    EXPECT_TRUE(m_document.scenario().change.targets.empty());
    EXPECT_EQ(m_document.undoStack()->count(), 2); // duplicate + remove
    EXPECT_EQ(line(QStringLiteral("id"))->text(), QStringLiteral("routers-copy"));

    m_document.undoStack()->undo();
    ASSERT_EQ(groups().size(), 2u);
    EXPECT_EQ(groups()[0].id, "routers");
    EXPECT_EQ(m_document.scenario().change.targets, std::vector<std::string>{"routers"});
    m_document.undoStack()->redo();
    EXPECT_EQ(groups().size(), 1u);
    EXPECT_TRUE(m_document.scenario().change.targets.empty());
}

TEST_F(EnvironmentPageTest, RenameFollowsIntoTargetsAndDuplicateIdsAreRefused) {
    type(line(QStringLiteral("id")), QStringLiteral("cpe"));
    EXPECT_EQ(groups()[0].id, "cpe");
    EXPECT_EQ(m_document.scenario().change.targets, std::vector<std::string>{"cpe"});
    EXPECT_EQ(m_document.undoStack()->count(), 1);
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
    m_document.undoStack()->redo();

    m_page->buttons()->addButton()->click();
    type(line(QStringLiteral("id")), QStringLiteral("cpe"));
    EXPECT_EQ(groups()[1].id, "assets");
    EXPECT_TRUE(m_page->problemText().contains(QStringLiteral("duplicate id \"cpe\"")))
        << m_page->problemText().toStdString();
}

} // namespace
} // namespace cr::ui
