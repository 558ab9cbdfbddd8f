// Edits through the asset-group model and the simulation facade, with undo, redo and merging.
#include "ui_test_support.h"

#include "document/commands.h"
#include "document/scenario_document.h"
#include "editors/asset_group_model.h"
#include "format/scenario_json.h"
#include "main/main_window.h"

#include <QSignalSpy>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace cr::ui {
namespace {

// The router template as plain JSON, read without the program's reader.
nlohmann::json routerJson() {
    std::ifstream in(test::templateFile("isp-router-reset"));
    return nlohmann::json::parse(in);
}

class DocumentEdit : public ::testing::Test {
protected:
    void SetUp() override {
        m_json = routerJson();
        m_document.load(readScenarioFile(test::templateFile("isp-router-reset")), QString());
    }
    QModelIndex cell(int column) { return m_model.index(0, column); }
    const AssetGroup& routers() const { return m_document.scenario().environment.assetGroups[0]; }

    nlohmann::json m_json;
    ScenarioDocument m_document;
    AssetGroupModel m_model{&m_document};
};

TEST_F(DocumentEdit, CountEditUndoRedo) {
    const auto original = m_json["environment"]["asset_groups"][0]["count"].get<std::int64_t>();
    ASSERT_EQ(original, 2000);
    ASSERT_EQ(routers().count, original);
    QSignalSpy changed(&m_document, &ScenarioDocument::changed);
    QSignalSpy modelChanged(&m_model, &QAbstractItemModel::dataChanged);

    ASSERT_TRUE(m_model.setData(cell(AssetGroupModel::CountColumn), QStringLiteral("2500")));
    EXPECT_EQ(routers().count, 2500);
    EXPECT_TRUE(m_document.isModified());
    EXPECT_EQ(m_model.data(cell(AssetGroupModel::CountColumn)).toString(), QStringLiteral("2,500"));
    ASSERT_EQ(changed.count(), 1);
    const auto change = changed.at(0).at(0).value<ScenarioChange>();
    EXPECT_EQ(change.part, ScenarioPart::AssetGroups);
    EXPECT_EQ(change.row, 0);
    EXPECT_EQ(modelChanged.count(), 1);

    m_document.undoStack()->undo();
    EXPECT_EQ(routers().count, original);
    EXPECT_FALSE(m_document.isModified());
    m_document.undoStack()->redo();
    EXPECT_EQ(routers().count, 2500);
    EXPECT_TRUE(m_document.isModified());
}

TEST_F(DocumentEdit, ConsecutiveEditsOfOneCellMergeAndReturningToTheStartIsClean) {
    ASSERT_TRUE(m_model.setData(cell(AssetGroupModel::CountColumn), QStringLiteral("2")));
    ASSERT_TRUE(m_model.setData(cell(AssetGroupModel::CountColumn), QStringLiteral("25")));
    ASSERT_TRUE(m_model.setData(cell(AssetGroupModel::CountColumn), QStringLiteral("250")));
    EXPECT_EQ(m_document.undoStack()->count(), 1);
    EXPECT_EQ(routers().count, 250);
    m_document.undoStack()->undo();
    EXPECT_EQ(routers().count, 2000);

    // Back to where it started: the merged command is obsolete and dropped.
    m_document.undoStack()->redo();
    ASSERT_TRUE(m_model.setData(cell(AssetGroupModel::CountColumn), QStringLiteral("2000")));
    EXPECT_EQ(m_document.undoStack()->count(), 0);
    EXPECT_FALSE(m_document.isModified());
}

TEST_F(DocumentEdit, ShareEditUndoRedoAndEditsOfDifferentFieldsDoNotMerge) {
    const int column = AssetGroupModel::FirstInputColumn + 1; // business users
    ASSERT_EQ(AssetGroupModel::jsonKey(column), QStringLiteral("business_user_share"));
    const double original =
        m_json["environment"]["asset_groups"][0]["business_user_share"].get<double>();
    ASSERT_DOUBLE_EQ(std::get<Fixed>(routers().businessUserShare).value, original);

    ASSERT_TRUE(m_model.setData(cell(column), QStringLiteral("0.25")));
    ASSERT_TRUE(m_model.setData(cell(AssetGroupModel::CountColumn), QStringLiteral("3000")));
    EXPECT_EQ(m_document.undoStack()->count(), 2);
    EXPECT_DOUBLE_EQ(std::get<Fixed>(routers().businessUserShare).value, 0.25);

    m_document.undoStack()->undo();
    EXPECT_EQ(routers().count, 2000);
    EXPECT_DOUBLE_EQ(std::get<Fixed>(routers().businessUserShare).value, 0.25);
    m_document.undoStack()->undo();
    EXPECT_DOUBLE_EQ(std::get<Fixed>(routers().businessUserShare).value, original);
    m_document.undoStack()->redo();
    EXPECT_DOUBLE_EQ(std::get<Fixed>(routers().businessUserShare).value, 0.25);
}

TEST_F(DocumentEdit, InvalidValuesAreRefusedWithTheFieldNamed) {
    const int column = AssetGroupModel::FirstInputColumn + 1; // business_user_share
    QSignalSpy rejected(&m_model, &AssetGroupModel::editRejected);
    EXPECT_FALSE(m_model.setData(cell(column), QStringLiteral("1.7")));
    EXPECT_FALSE(m_model.setData(cell(column), QStringLiteral("lots")));
    EXPECT_FALSE(m_model.setData(cell(AssetGroupModel::CountColumn), QStringLiteral("2.5")));
    ASSERT_EQ(rejected.count(), 3);
    const QString pointer = QStringLiteral("/environment/asset_groups/0/business_user_share");
    EXPECT_TRUE(rejected.at(0).at(0).toString().startsWith(pointer))
        << rejected.at(0).at(0).toString().toStdString();
    EXPECT_TRUE(rejected.at(0).at(0).toString().contains(QStringLiteral("1.7")));
    EXPECT_TRUE(rejected.at(1).at(0).toString().startsWith(pointer));
    EXPECT_TRUE(rejected.at(2).at(0).toString().startsWith(
        QStringLiteral("/environment/asset_groups/0/count")));
    EXPECT_EQ(m_document.undoStack()->count(), 0);
    EXPECT_EQ(writeScenario(m_document.scenario()),
              writeScenario(readScenarioFile(test::templateFile("isp-router-reset"))));
}

TEST_F(DocumentEdit, DistributionsAreDescribedAndNotEditableInTheTable) {
    const int column = AssetGroupModel::FirstInputColumn + 5; // manual_fix_hours: a PERT
    ASSERT_EQ(AssetGroupModel::jsonKey(column), QStringLiteral("manual_fix_hours"));
    ASSERT_EQ(m_json["environment"]["asset_groups"][0]["manual_fix_hours"]["dist"], "pert");
    EXPECT_FALSE(m_model.flags(cell(column)) & Qt::ItemIsEditable);
    EXPECT_EQ(m_model.data(cell(column)).toString().toStdString(),
              describe(routers().manualFixHours));
    EXPECT_FALSE(m_model.setData(cell(column), QStringLiteral("1")));
}

TEST_F(DocumentEdit, SimulationSettingsUndo) {
    commands::setIterations(m_document, 5000);
    commands::setSeed(m_document, 42);
    EXPECT_EQ(m_document.scenario().simulation.iterations, 5000u);
    EXPECT_EQ(m_document.scenario().simulation.seed, 42u);
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.scenario().simulation.seed,
              m_json["simulation"]["seed"].get<std::uint64_t>());
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.scenario().simulation.iterations,
              m_json["simulation"]["iterations"].get<std::uint64_t>());
}

TEST(MainWindowTitle, ShowsTheModifiedFlag) {
    MainWindow window;
    ASSERT_TRUE(window.openTemplate(QStringLiteral("isp-router-reset")));
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("[*]")));
    commands::setSeed(*window.document(), 7);
    EXPECT_TRUE(window.isWindowModified());
    window.document()->undoStack()->undo();
    EXPECT_FALSE(window.isWindowModified());
}

} // namespace
} // namespace cr::ui
