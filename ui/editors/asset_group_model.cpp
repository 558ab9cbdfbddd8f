// AssetGroupModel: the column table, display of numbers and distributions, validated edits.
#include "editors/asset_group_model.h"

#include "document/commands.h"
#include "scenario/validate.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace cr::ui {

namespace {

struct InputColumn {
    Distribution AssetGroup::*member;
    const char* key;
    const char* header; // translated in headerData
    bool share;
};

const std::array<InputColumn, 11> kInputs{{
    {&AssetGroup::usersPerAsset, "users_per_asset",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Users per asset"), false},
    {&AssetGroup::businessUserShare, "business_user_share",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Business users"), true},
    {&AssetGroup::remoteRestoreShare, "remote_restore_share",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Remote restore share"), true},
    {&AssetGroup::remoteRestoreCost, "remote_restore_cost",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Remote restore cost"), false},
    {&AssetGroup::remoteOutageHours, "remote_outage_hours",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Remote outage (h)"), false},
    {&AssetGroup::manualFixHours, "manual_fix_hours",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Manual fix (h)"), false},
    {&AssetGroup::outageHours, "outage_hours",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Outage (h)"), false},
    {&AssetGroup::onsiteShare, "onsite_share",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "On-site share"), true},
    {&AssetGroup::dataAtRiskShare, "data_at_risk_share",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Data at risk"), true},
    {&AssetGroup::backupShare, "backup_share",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Backed up"), true},
    {&AssetGroup::replacementCost, "replacement_cost",
     QT_TRANSLATE_NOOP("cr::ui::AssetGroupModel", "Replacement cost"), false},
}};

const InputColumn* inputColumn(int column) {
    const int i = column - AssetGroupModel::FirstInputColumn;
    return i >= 0 && i < static_cast<int>(kInputs.size()) ? &kInputs[static_cast<std::size_t>(i)]
                                                          : nullptr;
}

// A plain number's text in the UI language: enough digits to show what is stored.
QString numberText(double value) {
    return QLocale().toString(value, 'g', 12);
}

} // namespace

AssetGroupModel::AssetGroupModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(document, &ScenarioDocument::changed, this, &AssetGroupModel::onDocumentChanged);
}

int AssetGroupModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid()
               ? 0
               : static_cast<int>(m_document->scenario().environment.assetGroups.size());
}

int AssetGroupModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstInputColumn + static_cast<int>(kInputs.size());
}

const AssetGroup& AssetGroupModel::group(int row) const {
    return m_document->scenario().environment.assetGroups.at(static_cast<std::size_t>(row));
}

QString AssetGroupModel::jsonKey(int column) {
    if (column == CountColumn) {
        return QStringLiteral("count");
    }
    if (const auto* input = inputColumn(column)) {
        return QString::fromLatin1(input->key);
    }
    return column == NameColumn ? QStringLiteral("name") : QStringLiteral("kind");
}

QVariant AssetGroupModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const AssetGroup& g = group(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column >= CountColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (column == NameColumn) {
        return QString::fromStdString(g.name.empty() ? g.id : g.name);
    }
    if (column == KindColumn) {
        return QString::fromStdString(g.kind);
    }
    if (column == CountColumn) {
        return role == Qt::DisplayRole ? QLocale().toString(static_cast<qlonglong>(g.count))
                                       : QString::number(g.count);
    }
    const auto* input = inputColumn(column);
    if (input == nullptr) {
        return {};
    }
    const Distribution& d = g.*(input->member);
    if (const auto* fixed = std::get_if<Fixed>(&d)) {
        if (role == Qt::ToolTipRole) {
            return tr("A plain number: double-click to edit");
        }
        return numberText(fixed->value);
    }
    const QString text = QString::fromStdString(describe(d));
    return role == Qt::ToolTipRole
               ? tr("%1 (an uncertain input: edit it in the details below)").arg(text)
               : text;
}

QVariant AssetGroupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Asset group");
    case KindColumn:
        return tr("Kind");
    case CountColumn:
        return tr("Count");
    default:
        if (const auto* input = inputColumn(section)) {
            return tr(input->header);
        }
        return {};
    }
}

Qt::ItemFlags AssetGroupModel::flags(const QModelIndex& index) const {
    auto f = QAbstractTableModel::flags(index);
    if (!index.isValid()) {
        return f;
    }
    if (index.column() == CountColumn) {
        return f | Qt::ItemIsEditable;
    }
    if (const auto* input = inputColumn(index.column())) {
        if (std::holds_alternative<Fixed>(group(index.row()).*(input->member))) {
            return f | Qt::ItemIsEditable;
        }
    }
    return f;
}

bool AssetGroupModel::rejectIfInvalid(const Scenario& candidate, int row, int column) {
    const std::string prefix =
        "/environment/asset_groups/" + std::to_string(row) + "/" + jsonKey(column).toStdString();
    for (const Problem& p : validateScenario(candidate)) {
        if (p.where.rfind(prefix, 0) == 0) {
            emit editRejected(QString::fromStdString(p.where + ": " + p.message));
            return true;
        }
    }
    return false;
}

bool AssetGroupModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const int row = index.row();
    const int column = index.column();
    const QString text = value.toString().trimmed();
    bool ok = false;
    const double number = QLocale().toDouble(text, &ok);
    const double parsed = ok ? number : text.toDouble(&ok); // "0.25" also in German
    const QString where =
        QStringLiteral("/environment/asset_groups/%1/%2").arg(row).arg(jsonKey(column));
    if (!ok || !std::isfinite(parsed)) {
        emit editRejected(tr("%1: must be a number, got \"%2\"").arg(where, text));
        return false;
    }
    Scenario candidate = m_document->scenario();
    auto& candidateGroup = candidate.environment.assetGroups.at(static_cast<std::size_t>(row));
    if (column == CountColumn) {
        if (parsed != std::floor(parsed) || std::fabs(parsed) > 1e15) {
            emit editRejected(tr("%1: must be a whole number, got %2").arg(where, text));
            return false;
        }
        candidateGroup.count = static_cast<std::int64_t>(parsed);
        if (rejectIfInvalid(candidate, row, column)) {
            return false;
        }
        commands::setAssetGroupCount(*m_document, row, candidateGroup.count);
        return true;
    }
    const auto* input = inputColumn(column);
    candidateGroup.*(input->member) = Fixed{parsed};
    if (rejectIfInvalid(candidate, row, column)) {
        return false;
    }
    commands::setAssetGroupDistribution(*m_document, row, input->member, column, Fixed{parsed},
                                        tr(input->header));
    return true;
}

void AssetGroupModel::onDocumentChanged(const ScenarioChange& change) {
    if (change.part == ScenarioPart::Whole ||
        (change.part == ScenarioPart::AssetGroups && change.row < 0)) {
        beginResetModel(); // a new scenario, or groups added or removed
        endResetModel();
    } else if (change.part == ScenarioPart::AssetGroups && change.row >= 0 &&
               change.row < rowCount()) {
        emit dataChanged(index(change.row, 0), index(change.row, columnCount() - 1));
    }
}

} // namespace cr::ui
