// EnvironmentPage: the asset-group list and the detail fields of the selected group.
#include "editors/environment_page.h"

#include "document/list_commands.h"
#include "editors/asset_group_model.h"
#include "editors/detail_form.h"

#include <QTableView>

#include <algorithm>

namespace cr::ui {

namespace {

using Quantity = DistributionEditor::Quantity;

AssetGroup& group(Scenario& s, int row) {
    return s.environment.assetGroups.at(static_cast<std::size_t>(row));
}

int groupCount(const Scenario& s) {
    return static_cast<int>(s.environment.assetGroups.size());
}

} // namespace

EnvironmentPage::EnvironmentPage(ScenarioDocument* document, QWidget* parent)
    : ListPage(document, ScenarioPart::AssetGroups, QStringLiteral("/environment/asset_groups"),
               groupCount,
               tr("The assets the change touches. Plain numbers are edited in the table; the "
                  "details below edit every input of the selected group, also as a "
                  "distribution when it is uncertain."),
               new AssetGroupModel(document), tr("asset group"), 2, parent) {
    m_model = qobject_cast<AssetGroupModel*>(table()->model());
    m_model->setParent(this);
    table()->setObjectName(QStringLiteral("assetGroupTable"));
    table()->setSelectionBehavior(QAbstractItemView::SelectItems);
    connect(m_model, &AssetGroupModel::editRejected, this, &EnvironmentPage::showListProblem);
    setOperations({[document] { return commands::addAssetGroup(*document); },
                   [document](int row) { return commands::duplicateAssetGroup(*document, row); },
                   [document](int row) { commands::removeAssetGroup(*document, row); }});
    addFields();
    selectRow(0);
}

void EnvironmentPage::addFields() {
    DetailForm* f = form();
    f->addText(
        tr("&Id:"), QStringLiteral("id"),
        [](Scenario& s, int row) -> std::string& { return group(s, row).id; },
        [this](int row, const std::string& id) { pushRename(row, id); });
    f->addText(tr("&Name:"), QStringLiteral("name"),
               [](Scenario& s, int row) -> std::string& { return group(s, row).name; });
    f->addText(tr("&Kind:"), QStringLiteral("kind"),
               [](Scenario& s, int row) -> std::string& { return group(s, row).kind; });
    f->addWhole(tr("&Count:"), QStringLiteral("count"),
                [](Scenario& s, int row) -> std::int64_t& { return group(s, row).count; });

    struct Input {
        const char* label;
        const char* key;
        Quantity quantity;
        Distribution AssetGroup::*member;
    };
    const Input inputs[] = {
        {QT_TR_NOOP("Users per asset:"), "users_per_asset", Quantity::Number,
         &AssetGroup::usersPerAsset},
        {QT_TR_NOOP("Business users (share):"), "business_user_share", Quantity::Probability,
         &AssetGroup::businessUserShare},
        {QT_TR_NOOP("Remote restore (share):"), "remote_restore_share", Quantity::Probability,
         &AssetGroup::remoteRestoreShare},
        {QT_TR_NOOP("Remote restore cost:"), "remote_restore_cost", Quantity::Money,
         &AssetGroup::remoteRestoreCost},
        {QT_TR_NOOP("Outage after remote restore:"), "remote_outage_hours", Quantity::Hours,
         &AssetGroup::remoteOutageHours},
        {QT_TR_NOOP("Manual fix time:"), "manual_fix_hours", Quantity::Hours,
         &AssetGroup::manualFixHours},
        {QT_TR_NOOP("Outage until fixed:"), "outage_hours", Quantity::Hours,
         &AssetGroup::outageHours},
        {QT_TR_NOOP("On-site visits (share):"), "onsite_share", Quantity::Probability,
         &AssetGroup::onsiteShare},
        {QT_TR_NOOP("Data at risk (share):"), "data_at_risk_share", Quantity::Probability,
         &AssetGroup::dataAtRiskShare},
        {QT_TR_NOOP("Backed up (share):"), "backup_share", Quantity::Probability,
         &AssetGroup::backupShare},
        {QT_TR_NOOP("Replacement cost:"), "replacement_cost", Quantity::Money,
         &AssetGroup::replacementCost},
    };
    for (const Input& input : inputs) {
        const auto member = input.member;
        f->addDistribution(
            tr(input.label), QString::fromLatin1(input.key), input.quantity,
            [member](Scenario& s, int row) -> Distribution& { return group(s, row).*member; });
    }
}

void EnvironmentPage::pushRename(int row, const std::string& id) {
    Scenario candidate = document()->scenario();
    const std::string old = group(candidate, row).id;
    group(candidate, row).id = id;
    auto& targets = candidate.change.targets;
    std::replace(targets.begin(), targets.end(), old, id);
    if (!form()->refuse(candidate, QStringLiteral("id"))) {
        commands::renameAssetGroup(*document(), row, id);
    }
}

} // namespace cr::ui
