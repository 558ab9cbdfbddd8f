// The editor pages in tab order.
#include "editors/editor_pages.h"

#include "editors/environment_page.h"
#include "editors/failure_modes_page.h"
#include "editors/overview_page.h"
#include "editors/simulation_page.h"

#include <QCoreApplication>

namespace cr::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("cr::ui::EditorPages", text);
}
} // namespace

std::vector<EditorPageEntry> createEditorPages(ScenarioDocument* document, QWidget* parent) {
    return {
        {QStringLiteral("environment"), tr("&Environment"), new EnvironmentPage(document, parent)},
        {QStringLiteral("failure-modes"), tr("&Failure modes"),
         new FailureModesPage(document, parent)},
        {QStringLiteral("simulation"), tr("&Simulation"), new SimulationPage(document, parent)},
        {QStringLiteral("overview"), tr("Scenario &overview"), new OverviewPage(document, parent)},
    };
}

} // namespace cr::ui
