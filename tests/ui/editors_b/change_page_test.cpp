// The Change and rollout page: name, targets, waves (draft, validation, undo) and the exposure
// hint checked against hand calculations of MODEL.md's rollout rule.
#include "editors_b_support.h"

#include "editors/change_page.h"
#include "editors/distribution_field.h"
#include "editors/wave_exposure.h"
#include "editors/waves_editor.h"

#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

namespace cr::ui {
namespace {

class ChangePageTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::loadTemplate(m_document, "isp-router-reset");
        m_page = std::make_unique<ChangePage>(&m_document);
        m_page->show();
    }
    const Change& change() const { return m_document.scenario().change; }
    WavesEditor* waves() { return m_page->wavesEditor(); }
    QUndoStack* stack() { return m_document.undoStack(); }

    ScenarioDocument m_document;
    std::unique_ptr<ChangePage> m_page;
};

TEST_F(ChangePageTest, NameKeystrokesMergeIntoOneStep) {
    test::typeInto(test::child<QLineEdit>(m_page.get(), QStringLiteral("changeName")),
                   QStringLiteral("Night run"));
    EXPECT_EQ(change().name, "Night run");
    EXPECT_EQ(stack()->count(), 1);
    stack()->undo();
    EXPECT_EQ(change().name, "Nightly firmware update with maintenance parameter");
    stack()->redo();
    EXPECT_EQ(change().name, "Night run");
}

TEST_F(ChangePageTest, AddWaveSplitsTheLastOneAndUndoes) {
    waves()->addWave();
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.5, 0.5}));
    waves()->addWave();
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.5, 0.25, 0.25}));
    EXPECT_EQ(stack()->count(), 2); // two adds stay two steps
    stack()->undo();
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.5, 0.5}));
    EXPECT_EQ(waves()->table()->rowCount(), 2);
    stack()->undo();
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{1.0}));
    stack()->redo();
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.5, 0.5}));
}

TEST_F(ChangePageTest, WavesNotSummingToOneAreShownAndNotStored) {
    waves()->addWave();
    waves()->setShare(0, 0.1);
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.5, 0.5}));
    EXPECT_EQ(waves()->problem(),
              QStringLiteral("/change/rollout/waves: the wave fractions must sum to 1, got 0.6"));
    EXPECT_EQ(stack()->count(), 1);
    // Through the table cell, as a user types it: now the list is valid again.
    waves()->table()->item(1, 0)->setText(QStringLiteral("0.9"));
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.1, 0.9}));
    EXPECT_TRUE(waves()->problem().isEmpty());
    EXPECT_EQ(stack()->count(), 2);
    stack()->undo();
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.5, 0.5}));
    EXPECT_EQ(waves()->draft(), (std::vector<double>{0.5, 0.5}));
}

TEST_F(ChangePageTest, ZeroShareIsRefusedNamingTheWave) {
    waves()->addWave();
    waves()->setShare(1, 0);
    EXPECT_TRUE(waves()->problem().contains(
        QStringLiteral("/change/rollout/waves/1: must be within (0, 1], got 0")))
        << waves()->problem().toStdString();
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.5, 0.5}));
}

TEST_F(ChangePageTest, RemoveWaveGivesItsShareToItsNeighbour) {
    waves()->addWave();
    waves()->addWave(); // 0.5, 0.25, 0.25
    waves()->removeWave(0);
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.75, 0.25}));
    waves()->removeWave(1);
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{1.0}));
    waves()->removeWave(0); // the last wave stays
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{1.0}));
    stack()->undo();
    EXPECT_EQ(change().rollout.waves, (std::vector<double>{0.75, 0.25}));
}

TEST_F(ChangePageTest, HintForTheTemplateByHand) {
    // 2,000 routers, one wave: all exposed at once.
    EXPECT_TRUE(waves()->hint().startsWith(
        QStringLiteral("Assets exposed if detection fails: 2,000 of 2,000.")))
        << waves()->hint().toStdString();
    waves()->addWave();
    waves()->setShare(0, 0.1);
    waves()->setShare(1, 0.9);
    // Waves 0.1, 0.9 of 2,000: the first deploys round(200) = 200. Detection probability 0.9
    // (template): expected exposure 200 + 1,800 x (1 - 0.9) = 380.
    EXPECT_TRUE(waves()->hint().contains(
        QStringLiteral("If the failure is detected after the first wave: 200 of 2,000.")))
        << waves()->hint().toStdString();
    EXPECT_TRUE(waves()->hint().contains(QStringLiteral(": 380 of 2,000.")))
        << waves()->hint().toStdString();
    EXPECT_EQ(waves()->table()->item(1, 1)->text(), QStringLiteral("1,800"));
    EXPECT_EQ(waves()->table()->item(0, 2)->text(), QStringLiteral("200"));
}

TEST_F(ChangePageTest, TargetsAreTheCheckedAssetGroups) {
    auto* targets = test::child<QListWidget>(m_page.get(), QStringLiteral("targets"));
    ASSERT_EQ(targets->count(), 1);
    EXPECT_EQ(targets->item(0)->checkState(), Qt::Checked);
    // The template has a failure mode, so the change must target something.
    targets->item(0)->setCheckState(Qt::Unchecked);
    EXPECT_EQ(change().targets, (std::vector<std::string>{"routers"}));
    EXPECT_EQ(targets->item(0)->checkState(), Qt::Checked);
    EXPECT_TRUE(test::child<QLabel>(m_page.get(), QStringLiteral("targetsProblem"))
                    ->text()
                    .startsWith(QStringLiteral("/change/targets: required")));
    EXPECT_EQ(stack()->count(), 0);
}

TEST_F(ChangePageTest, DetectionAndChangesPerYear) {
    auto* detection =
        test::child<DistributionField>(m_page.get(), QStringLiteral("detectionProbability"));
    emit detection->editor()->edited(Fixed{0.5});
    auto* perYear = test::child<DistributionField>(m_page.get(), QStringLiteral("changesPerYear"));
    emit perYear->editor()->edited(Poisson{12});
    EXPECT_EQ(std::get<Fixed>(change().rollout.detectionProbability).value, 0.5);
    EXPECT_EQ(std::get<Poisson>(change().changesPerYear).lambda, 12.0);
    emit perYear->editor()->edited(Fixed{2.5}); // not a whole number: refused
    EXPECT_EQ(std::get<Poisson>(change().changesPerYear).lambda, 12.0);
    EXPECT_TRUE(perYear->problem().startsWith(QStringLiteral("/change/changes_per_year: ")))
        << perYear->problem().toStdString();
    stack()->undo();
    stack()->undo();
    EXPECT_EQ(std::get<Fixed>(change().rollout.detectionProbability).value, 0.9);
    EXPECT_EQ(std::get<Fixed>(change().changesPerYear).value, 1.0);
}

// Two target groups and three waves, by hand (MODEL.md: wave j deploys round(n·W_j) −
// round(n·W_{j−1}), the last wave the rest):
//   a = 2,000: W = 0.1, 0.4, 1 -> round(200) = 200, round(800) = 800, 2,000 -> 200, 600, 1,200
//   b =   333: round(33.3) = 33, round(133.2) = 133, 333              ->  33, 100,   200
//   deployed 233, 700, 1,400; cumulative 233, 933, 2,333 of M = 2,333.
//   expected with p = 0.9: 233 + 700 x 0.1 + 1,400 x 0.01 = 233 + 70 + 14 = 317.
TEST(WaveExposure, TwoGroupsThreeWavesByHand) {
    const WaveExposure e = waveExposure({2000, 333}, {0.1, 0.3, 0.6});
    EXPECT_EQ(e.total, 2333);
    EXPECT_EQ(e.deployed, (std::vector<std::int64_t>{233, 700, 1400}));
    EXPECT_EQ(e.cumulative, (std::vector<std::int64_t>{233, 933, 2333}));
    EXPECT_EQ(e.firstWave, 233);
    EXPECT_NEAR(e.expected(0.9), 317.0, 1e-9);
    EXPECT_NEAR(e.expected(0.0), 2333.0, 1e-9); // detection never works: everything
    EXPECT_NEAR(e.expected(1.0), 233.0, 1e-9);  // always works: the first wave only
}

TEST(WaveExposure, HalvesRoundAwayFromZero) {
    // 5 x 0.5 = 2.5 rounds to 3: the first wave deploys 3, the second the remaining 2.
    const WaveExposure e = waveExposure({5}, {0.5, 0.5});
    EXPECT_EQ(e.deployed, (std::vector<std::int64_t>{3, 2}));
}

} // namespace
} // namespace cr::ui
