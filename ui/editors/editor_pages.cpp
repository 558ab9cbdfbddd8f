// The editor pages in tab order.
#include "editors/editor_pages.h"

#include "decision/cover_options_page.h"
#include "decision/safeguards_page.h"
#include "decision/sensitivity_page.h"
#include "editors/change_page.h"
#include "editors/contract_page.h"
#include "editors/environment_page.h"
#include "editors/failure_modes_page.h"
#include "editors/insurance_page.h"
#include "editors/loss_lines_page.h"
#include "editors/overview_page.h"
#include "editors/simulation_page.h"
#include "editors/support_page.h"

#include <QCoreApplication>

namespace cr::ui {

namespace {
// Gives the page titles the translation context "cr::ui::EditorPages"; lupdate reads the same
// context from the macro (a free tr() wrapper would hide the strings' context from lupdate).
struct EditorPages {
    Q_DECLARE_TR_FUNCTIONS(cr::ui::EditorPages)
public:
    static std::vector<EditorPageEntry> create(ScenarioDocument* document, QWidget* parent);
};
} // namespace

std::vector<EditorPageEntry> createEditorPages(ScenarioDocument* document, QWidget* parent) {
    return EditorPages::create(document, parent);
}

std::vector<EditorPageEntry> EditorPages::create(ScenarioDocument* document, QWidget* parent) {
    return {
        {QStringLiteral("environment"), tr("&Environment"), new EnvironmentPage(document, parent)},
        {QStringLiteral("support"), tr("S&upport and end users"),
         new SupportPage(document, parent)},
        {QStringLiteral("change"), tr("&Change and rollout"), new ChangePage(document, parent)},
        {QStringLiteral("failure-modes"), tr("&Failure modes"),
         new FailureModesPage(document, parent)},
        {QStringLiteral("contract"), tr("Con&tract and liability"),
         new ContractPage(document, parent)},
        {QStringLiteral("insurance"), tr("&Insurance policies"),
         new InsurancePage(document, parent)},
        {QStringLiteral("loss-lines"), tr("&Loss lines"), new LossLinesPage(document, parent)},
        {QStringLiteral("simulation"), tr("&Simulation"), new SimulationPage(document, parent)},
        {QStringLiteral("overview"), tr("Scenario &overview"), new OverviewPage(document, parent)},
        // Decisions (issue 7): analyses of the scenario as edited, not editors.
        {QStringLiteral("cover-options"), tr("Co&ver options"),
         new CoverOptionsPage(document, parent)},
        {QStringLiteral("safeguards"), tr("Safe&guards"), new SafeguardsPage(document, parent)},
        {QStringLiteral("sensitivity"), tr("Se&nsitivity"), new SensitivityPage(document, parent)},
    };
}

} // namespace cr::ui
