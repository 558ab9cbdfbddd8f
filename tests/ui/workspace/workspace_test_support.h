// Shared set-up of the workspace GUI tests: a temporary folder for the workspace file and the
// settings (so no test touches the user's), the examples seeded like a first start, and runs
// added through the engine.
#pragma once

#include "main/settings.h"

#include "engine/engine.h"
#include "format/result_json.h"
#include "format/scenario_json.h"
#include "format/sha256.h"
#include "store/import.h"
#include "store/runs.h"
#include "store/scenario_versions.h"
#include "store/workspace.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace cr::test {

class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        m_path = m_dir.filePath(QStringLiteral("workspace.sqlite"));
    }
    void TearDown() override {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    // The first start's workspace: the templates as assessments of the client "Examples".
    void seed() {
        Workspace ws = Workspace::open(m_path.toStdString());
        ASSERT_EQ(seedExamples(ws, CHANGERISK_TEMPLATES_DIR), 4);
    }
    Workspace openStore() { return Workspace::open(m_path.toStdString()); }

    QTemporaryDir m_dir;
    QString m_path;
};

// Runs the engine on a stored version (few iterations) and stores the run, as the CLI's
// `simulate --save` would: the document names the stored text's SHA-256.
inline RunRecord addEngineRun(Workspace& ws, const ScenarioVersion& version,
                              std::uint64_t iterations) {
    const Scenario scenario = readScenario(version.text);
    RunOptions options;
    options.iterations = iterations;
    options.seed = scenario.simulation.seed;
    options.threads = 1;
    RunResult run = runSimulation(scenario, options);
    return addRun(ws, version.id, resultDocument(scenario, sha256Hex(version.text), run, 1));
}

inline std::string fileBytes(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace cr::test
