// ScenarioDocument: load, save (atomic JSON) and the modified flag.
#include "document/scenario_document.h"

#include "format/atomic_file.h"
#include "format/scenario_json.h"

#include <QFileInfo>

namespace cr::ui {

ScenarioDocument::ScenarioDocument(QObject* parent) : QObject(parent) {
    qRegisterMetaType<cr::ui::ScenarioChange>();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

QString ScenarioDocument::displayName() const {
    if (!m_filePath.isEmpty()) {
        return QFileInfo(m_filePath).fileName();
    }
    if (!m_scenario.name.empty()) {
        return QString::fromStdString(m_scenario.name);
    }
    return tr("Untitled scenario");
}

void ScenarioDocument::load(Scenario scenario, const QString& filePath) {
    m_undoStack.clear();
    m_scenario = std::move(scenario);
    m_filePath = filePath;
    m_undoStack.setClean();
    emit filePathChanged(m_filePath);
    emit changed(ScenarioChange{ScenarioPart::Whole});
    emit modifiedChanged(false);
}

void ScenarioDocument::saveAs(const QString& path) {
    AtomicFile file(path.toStdString());
    file.write(writeScenario(m_scenario));
    file.commit();
    m_filePath = path;
    m_undoStack.setClean();
    emit filePathChanged(m_filePath);
}

} // namespace cr::ui
