// The Failure modes page through its widgets: probability and flag edits with undo/redo,
// add / duplicate / remove with undo, refused input shown inline with the scenario unchanged.
#include "ui/ui_test_support.h"

#include "document/scenario_document.h"
#include "editors/detail_form.h"
#include "editors/distribution_editor.h"
#include "editors/failure_modes_page.h"
#include "editors/list_buttons.h"
#include "format/scenario_json.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

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

class FailureModesPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_original = readScenarioFile(test::templateFile("isp-router-reset"));
        m_document.load(m_original, QString());
        m_page = std::make_unique<FailureModesPage>(&m_document);
    }
    const std::vector<FailureMode>& modes() const { return m_document.scenario().failureModes; }
    template <typename W>
    W* field(const QString& key) {
        return qobject_cast<W*>(m_page->form()->fieldWidget(key));
    }
    bool unchanged() const {
        return writeScenario(m_document.scenario()) == writeScenario(m_original);
    }

    Scenario m_original;
    ScenarioDocument m_document;
    std::unique_ptr<FailureModesPage> m_page;
};

TEST_F(FailureModesPageTest, ListAndDetailShowTheTemplate) {
    EXPECT_EQ(m_page->table()->model()->rowCount(), 1);
    EXPECT_EQ(m_page->table()->model()->index(0, 1).data().toString(),
              QStringLiteral("Routers reset to factory settings"));
    EXPECT_EQ(field<QLineEdit>(QStringLiteral("id"))->text(), QStringLiteral("factory-reset"));
    EXPECT_TRUE(field<QCheckBox>(QStringLiteral("wipes_data"))->isChecked());
    EXPECT_FALSE(field<QCheckBox>(QStringLiteral("bricks"))->isChecked());
}

TEST_F(FailureModesPageTest, ProbabilityEditUndoRedo) {
    auto* probability = field<DistributionEditor>(QStringLiteral("probability"));
    type(probability->field(QStringLiteral("beta")), QStringLiteral("99"));
    const auto& beta = std::get<Beta>(modes()[0].probability);
    EXPECT_EQ(beta.alpha, 1);
    EXPECT_EQ(beta.beta, 99);
    // The list shows the new value too.
    EXPECT_EQ(m_page->table()->model()->index(0, 2).data().toString().toStdString(),
              describe(Beta{1, 99}));
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
    EXPECT_EQ(probability->field(QStringLiteral("beta"))->text(), QStringLiteral("199"));
    m_document.undoStack()->redo();
    EXPECT_EQ(std::get<Beta>(modes()[0].probability).beta, 99);
}

TEST_F(FailureModesPageTest, FlagsUndoRedo) {
    field<QCheckBox>(QStringLiteral("bricks"))->click();
    EXPECT_TRUE(modes()[0].bricks);
    field<QCheckBox>(QStringLiteral("requires_reconfiguration"))->click();
    EXPECT_FALSE(modes()[0].requiresReconfiguration);
    EXPECT_EQ(m_document.undoStack()->count(), 2);
    m_document.undoStack()->undo();
    EXPECT_TRUE(field<QCheckBox>(QStringLiteral("requires_reconfiguration"))->isChecked());
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
    EXPECT_FALSE(field<QCheckBox>(QStringLiteral("bricks"))->isChecked());
    m_document.undoStack()->redo();
    EXPECT_TRUE(modes()[0].bricks);
}

TEST_F(FailureModesPageTest, AddDuplicateRemoveWithUndo) {
    m_page->buttons()->duplicateButton()->click();
    ASSERT_EQ(modes().size(), 2u);
    EXPECT_EQ(modes()[1].id, "factory-reset-copy");
    EXPECT_EQ(modes()[1].name, "Routers reset to factory settings (copy)");
    EXPECT_TRUE(modes()[1].wipesData);
    m_page->buttons()->addButton()->click();
    ASSERT_EQ(modes().size(), 3u);
    EXPECT_EQ(modes()[2].id, "failure");
    EXPECT_EQ(m_page->selectedRow(), 2);
    EXPECT_EQ(field<QLineEdit>(QStringLiteral("id"))->text(), QStringLiteral("failure"));

    m_page->selectRow(0);
    m_page->buttons()->removeButton()->click();
    ASSERT_EQ(modes().size(), 2u);
    EXPECT_EQ(modes()[0].id, "factory-reset-copy");
    EXPECT_EQ(field<QLineEdit>(QStringLiteral("id"))->text(), QStringLiteral("factory-reset-copy"));

    m_document.undoStack()->undo();
    EXPECT_EQ(modes()[0].id, "factory-reset");
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
    EXPECT_EQ(m_page->table()->model()->rowCount(), 1);
    m_document.undoStack()->redo();
    EXPECT_EQ(modes().size(), 2u);
}

TEST_F(FailureModesPageTest, RefusedInputIsExplainedAndChangesNothing) {
    m_page->buttons()->addButton()->click();
    const int before = m_document.undoStack()->count();
    type(field<QLineEdit>(QStringLiteral("id")), QStringLiteral("factory-reset"));
    EXPECT_TRUE(m_page->problemText().startsWith(QStringLiteral("/failure_modes/1/id: duplicate")))
        << m_page->problemText().toStdString();
    EXPECT_FALSE(field<QLineEdit>(QStringLiteral("id"))->styleSheet().isEmpty());
    EXPECT_EQ(modes()[1].id, "failure");

    auto* share = field<DistributionEditor>(QStringLiteral("affected_share"));
    type(share->field(QStringLiteral("value")), QStringLiteral("1.2"));
    EXPECT_FALSE(share->isValid());
    EXPECT_TRUE(share->problem().startsWith(QStringLiteral("value: must be a probability")))
        << share->problem().toStdString();
    EXPECT_EQ(m_document.undoStack()->count(), before);
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
}

} // namespace
} // namespace cr::ui
