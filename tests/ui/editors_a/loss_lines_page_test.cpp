// The Loss lines page through its widgets: name, category, bearer, frequency and severity edits
// with undo/redo; add / duplicate / remove with undo; refused input explained, nothing changed.
#include "ui/ui_test_support.h"

#include "document/scenario_document.h"
#include "editors/detail_form.h"
#include "editors/distribution_editor.h"
#include "editors/list_buttons.h"
#include "editors/loss_lines_page.h"
#include "format/scenario_json.h"

#include <QComboBox>
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

// Picks the entry with `value` as a user would (activated is what a click emits).
void pick(QComboBox* combo, int value) {
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(value);
    ASSERT_GE(index, 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

class LossLinesPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        // The router template has no loss lines: add one like FORMAT.md's example.
        m_original = readScenarioFile(test::templateFile("isp-router-reset"));
        LossLine churn;
        churn.name = "Reputational churn";
        churn.frequency = Poisson{0.02};
        churn.severity = Lognormal{10, 1.2};
        m_original.lossLines.push_back(churn);
        m_document.load(m_original, QString());
        m_page = std::make_unique<LossLinesPage>(&m_document);
    }
    const std::vector<LossLine>& lines() const { return m_document.scenario().lossLines; }
    template <typename W>
    W* field(const QString& key) {
        return qobject_cast<W*>(m_page->form()->fieldWidget(key));
    }
    bool unchanged() const {
        return writeScenario(m_document.scenario()) == writeScenario(m_original);
    }

    Scenario m_original;
    ScenarioDocument m_document;
    std::unique_ptr<LossLinesPage> m_page;
};

TEST_F(LossLinesPageTest, FrequencyAndSeverityEditsUndoRedo) {
    auto* frequency = field<DistributionEditor>(QStringLiteral("frequency"));
    type(frequency->field(QStringLiteral("lambda")), QStringLiteral("0.05"));
    EXPECT_EQ(std::get<Poisson>(lines()[0].frequency).lambda, 0.05);
    auto* severity = field<DistributionEditor>(QStringLiteral("severity"));
    type(severity->field(QStringLiteral("sdlog")), QStringLiteral("1.5"));
    const auto& l = std::get<Lognormal>(lines()[0].severity);
    EXPECT_EQ(l.meanlog, 10);
    EXPECT_EQ(l.sdlog, 1.5);
    EXPECT_EQ(m_document.undoStack()->count(), 2);
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
    EXPECT_EQ(frequency->field(QStringLiteral("lambda"))->text(), QStringLiteral("0.02"));
    m_document.undoStack()->redo();
    EXPECT_EQ(std::get<Poisson>(lines()[0].frequency).lambda, 0.05);
}

TEST_F(LossLinesPageTest, NameCategoryAndBearerUndoRedo) {
    type(field<QLineEdit>(QStringLiteral("name")), QStringLiteral("Churn"));
    pick(field<QComboBox>(QStringLiteral("category")), static_cast<int>(Category::Penalties));
    EXPECT_EQ(lines()[0].name, "Churn");
    EXPECT_EQ(lines()[0].category, Category::Penalties);
    EXPECT_EQ(m_page->table()->model()->index(0, 0).data().toString(), QStringLiteral("Churn"));
    m_document.undoStack()->undo();
    EXPECT_EQ(lines()[0].category, Category::Other);
    EXPECT_EQ(field<QComboBox>(QStringLiteral("category"))->currentData().toInt(),
              static_cast<int>(Category::Other));
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
    m_document.undoStack()->redo();
    EXPECT_EQ(lines()[0].name, "Churn");
}

TEST_F(LossLinesPageTest, ContractorBearerNeedsAContractor) {
    m_document.load(
        [&] {
            Scenario s = m_original;
            s.contract.contractor = false;
            return s;
        }(),
        QString());
    m_original = m_document.scenario();
    pick(field<QComboBox>(QStringLiteral("bearer")), static_cast<int>(Party::Contractor));
    EXPECT_TRUE(m_page->problemText().startsWith(QStringLiteral("/loss_lines/0/bearer:")))
        << m_page->problemText().toStdString();
    EXPECT_EQ(field<QComboBox>(QStringLiteral("bearer"))->currentData().toInt(),
              static_cast<int>(Party::Operator));
    EXPECT_EQ(m_document.undoStack()->count(), 0);
    EXPECT_TRUE(unchanged());
}

TEST_F(LossLinesPageTest, FrequencyMustBeACount) {
    auto* frequency = field<DistributionEditor>(QStringLiteral("frequency"));
    type(frequency->field(QStringLiteral("lambda")), QStringLiteral("-1"));
    EXPECT_EQ(frequency->problemField(), QStringLiteral("lambda"));
    EXPECT_TRUE(frequency->problem().startsWith(QStringLiteral("lambda: must be >= 0")))
        << frequency->problem().toStdString();
    EXPECT_EQ(m_document.undoStack()->count(), 0);
    EXPECT_TRUE(unchanged());
}

TEST_F(LossLinesPageTest, AddDuplicateRemoveWithUndo) {
    m_page->buttons()->duplicateButton()->click();
    ASSERT_EQ(lines().size(), 2u);
    EXPECT_EQ(lines()[1].name, "Reputational churn (copy)");
    EXPECT_EQ(std::get<Poisson>(lines()[1].frequency).lambda, 0.02);
    m_page->buttons()->addButton()->click();
    ASSERT_EQ(lines().size(), 3u);
    EXPECT_EQ(m_page->selectedRow(), 2);
    m_page->selectRow(0);
    m_page->buttons()->removeButton()->click();
    ASSERT_EQ(lines().size(), 2u);
    EXPECT_EQ(lines()[0].name, "Reputational churn (copy)");
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    EXPECT_TRUE(unchanged());
    EXPECT_EQ(m_page->table()->model()->rowCount(), 1);
    m_document.undoStack()->redo();
    EXPECT_EQ(lines().size(), 2u);
}

} // namespace
} // namespace cr::ui
