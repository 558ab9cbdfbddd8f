// FailureModesPage: the list of failure modes and the selected one's fields.
#include "editors/failure_modes_page.h"

#include "document/list_commands.h"
#include "editors/detail_form.h"
#include "editors/entry_list_model.h"

#include <QTableView>

namespace cr::ui {

namespace {

using Quantity = DistributionEditor::Quantity;

FailureMode& mode(Scenario& s, int row) {
    return s.failureModes.at(static_cast<std::size_t>(row));
}
const FailureMode& mode(const Scenario& s, int row) {
    return s.failureModes.at(static_cast<std::size_t>(row));
}
int modeCount(const Scenario& s) {
    return static_cast<int>(s.failureModes.size());
}

QString yesNo(bool value) {
    return value ? FailureModesPage::tr("yes") : FailureModesPage::tr("no");
}

EntryListModel* listModel(ScenarioDocument* document) {
    using C = EntryListModel::Column;
    auto text = [](const std::string& s) { return QString::fromStdString(s); };
    return new EntryListModel(
        document, ScenarioPart::FailureModes, modeCount,
        {
            C{FailureModesPage::tr("Id"),
              [=](const Scenario& s, int r) { return text(mode(s, r).id); }},
            C{FailureModesPage::tr("Failure mode"),
              [=](const Scenario& s, int r) { return text(mode(s, r).name); }},
            C{FailureModesPage::tr("Probability"),
              [=](const Scenario& s, int r) { return text(describe(mode(s, r).probability)); },
              true},
            C{FailureModesPage::tr("Affected share"),
              [=](const Scenario& s, int r) { return text(describe(mode(s, r).affectedShare)); },
              true},
            C{FailureModesPage::tr("Wipes data"),
              [](const Scenario& s, int r) { return yesNo(mode(s, r).wipesData); }},
            C{FailureModesPage::tr("Bricks"),
              [](const Scenario& s, int r) { return yesNo(mode(s, r).bricks); }},
            C{FailureModesPage::tr("Needs reconfiguration"),
              [](const Scenario& s, int r) { return yesNo(mode(s, r).requiresReconfiguration); }},
        });
}

} // namespace

FailureModesPage::FailureModesPage(ScenarioDocument* document, QWidget* parent)
    : ListPage(document, ScenarioPart::FailureModes, QStringLiteral("/failure_modes"), modeCount,
               tr("What can go wrong with the change. Each failure mode happens with its "
                  "probability and then hits a share of the assets the change touched."),
               listModel(document), tr("failure mode"), 2, parent) {
    table()->model()->setParent(this);
    table()->setObjectName(QStringLiteral("failureModeTable"));
    setOperations({[document] { return commands::addFailureMode(*document); },
                   [document](int row) { return commands::duplicateFailureMode(*document, row); },
                   [document](int row) { commands::removeFailureMode(*document, row); }});
    addFields();
    selectRow(0);
}

void FailureModesPage::addFields() {
    DetailForm* f = form();
    f->addText(tr("&Id:"), QStringLiteral("id"),
               [](Scenario& s, int row) -> std::string& { return mode(s, row).id; });
    f->addText(tr("&Name:"), QStringLiteral("name"),
               [](Scenario& s, int row) -> std::string& { return mode(s, row).name; });
    f->addDistribution(
        tr("&Probability per change:"), QStringLiteral("probability"), Quantity::Probability,
        [](Scenario& s, int row) -> Distribution& { return mode(s, row).probability; });
    f->addDistribution(
        tr("&Affected share:"), QStringLiteral("affected_share"), Quantity::Probability,
        [](Scenario& s, int row) -> Distribution& { return mode(s, row).affectedShare; });
    f->addFlag(tr("&Wipes data:"), QStringLiteral("wipes_data"),
               [](Scenario& s, int row) -> bool& { return mode(s, row).wipesData; });
    f->addFlag(tr("&Bricks the device:"), QStringLiteral("bricks"),
               [](Scenario& s, int row) -> bool& { return mode(s, row).bricks; });
    f->addFlag(tr("Requires &reconfiguration:"), QStringLiteral("requires_reconfiguration"),
               [](Scenario& s, int row) -> bool& { return mode(s, row).requiresReconfiguration; });
}

} // namespace cr::ui
