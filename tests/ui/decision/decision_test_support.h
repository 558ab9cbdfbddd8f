// Shared by the decision page tests: a template loaded into a document with few iterations,
// the settings redirected to a temporary folder (one thread), and small helpers to type into
// fields and run a page's analysis as a person would.
#pragma once

#include "../ui_test_support.h"

#include "decision/decision_page.h"
#include "document/scenario_document.h"
#include "main/settings.h"

#include "format/number_format.h"
#include "format/scenario_json.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

namespace cr::test {

inline Scenario templateScenario(const std::string& name, std::uint64_t iterations,
                                 std::uint64_t seed = 7) {
    Scenario scenario = readScenarioFile(templateFile(name));
    scenario.simulation.iterations = iterations;
    scenario.simulation.seed = seed;
    return scenario;
}

// The program settings in a temporary folder with `threads` (a page reads them at Run).
class DecisionTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        ui::AppSettings settings;
        settings.threads = 2;
        settings.save();
    }
    void TearDown() override {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }
    QTemporaryDir m_dir;
};

// Replaces a line edit's text by typing, as a user would.
inline void typeInto(QLineEdit* edit, const QString& text) {
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(edit, c.toLatin1());
        } else { // QTest's ASCII key table has no "€": a key event with just the text
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Clicks Run and waits for the analysis to end; true when it finished with results.
inline bool runPage(ui::DecisionPage& page, int ms = 120000) {
    QSignalSpy finished(&page, &ui::DecisionPage::analysisFinished);
    QSignalSpy ended(&page, &ui::DecisionPage::analysisEnded);
    QTest::mouseClick(page.runButton(), Qt::LeftButton);
    if (!page.job()->isRunning()) {
        return false;
    }
    return waitUntil([&] { return ended.count() == 1; }, ms) && finished.count() == 1;
}

inline QString money(double amount, const Scenario& scenario) {
    return QString::fromStdString(formatMoney(amount, scenario.currency, Language::English));
}

inline QString percent(double p) {
    return QString::fromStdString(formatPercent(p, Language::English));
}

} // namespace cr::test
