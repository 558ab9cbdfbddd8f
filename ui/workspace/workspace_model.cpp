// WorkspaceModel: one read of the store turned into items; labels in the UI language.
#include "workspace/workspace_model.h"

#include "document/ui_language.h"
#include "format/number_format.h"
#include "store/listing.h"
#include "store/runs.h"
#include "store/scenario_versions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <map>

namespace cr::ui {

namespace {

// Stored times are UTC ISO 8601; people read them in local time.
QString localTime(const std::string& iso) {
    const QDateTime time = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString::fromStdString(iso);
}

QStandardItem* node(const QString& text, NodeKind kind, qint64 id, qint64 assessmentId) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(static_cast<int>(kind), KindRole);
    item->setData(id, IdRole);
    item->setData(assessmentId, AssessmentIdRole);
    return item;
}

QString runLabel(const RunRecord& run) {
    const Language language = uiLanguage();
    const QString iterations =
        QString::fromStdString(formatNumber(static_cast<double>(run.iterations), 0, language));
    if (!run.figures.meanTotalLoss) {
        return QCoreApplication::translate("cr::ui::WorkspaceModel", "Run %1 · %2 iterations")
            .arg(localTime(run.created), iterations);
    }
    return QCoreApplication::translate("cr::ui::WorkspaceModel",
                                       "Run %1 · %2 iterations · expected loss %3")
        .arg(localTime(run.created), iterations,
             QString::fromStdString(
                 formatMoney(*run.figures.meanTotalLoss, run.currency, language)));
}

} // namespace

WorkspaceModel::WorkspaceModel(QObject* parent) : QStandardItemModel(parent) {}

void WorkspaceModel::reload(Workspace* ws) {
    clear();
    if (ws == nullptr) {
        return;
    }
    ws->read("listing the workspace", [&] {
        for (const ClientListing& listing : listWorkspace(*ws)) {
            const Client& client = listing.client;
            QStandardItem* clientItem =
                node(QString::fromStdString(client.name), NodeKind::Client, client.id, 0);
            clientItem->setData(QString::fromStdString(client.name), NameRole);
            appendRow(clientItem);
            for (const AssessmentSummary& summary : listing.assessments) {
                const Assessment& a = summary.assessment;
                QStandardItem* assessmentItem =
                    node(QString::fromStdString(a.title), NodeKind::Assessment, a.id, a.id);
                assessmentItem->setData(QString::fromStdString(a.title), NameRole);
                assessmentItem->setToolTip(tr("Versions: %1, runs: %2; changed %3")
                                               .arg(summary.versions)
                                               .arg(summary.runs)
                                               .arg(localTime(a.modified)));
                clientItem->appendRow(assessmentItem);
                std::map<qint64, QStandardItem*> versionItems;
                const auto versions = listVersions(*ws, a.id);
                // Newest first: the version one works on is usually the latest.
                for (auto v = versions.rbegin(); v != versions.rend(); ++v) {
                    QStandardItem* versionItem =
                        node(tr("Version %1 · %2").arg(v->number).arg(localTime(v->created)),
                             NodeKind::Version, v->id, a.id);
                    versionItem->setData(v->number, VersionNumberRole);
                    assessmentItem->appendRow(versionItem);
                    versionItems[v->id] = versionItem;
                }
                for (const RunRecord& run : listRuns(*ws, a.id)) { // latest first
                    const auto parent = versionItems.find(run.versionId);
                    if (parent == versionItems.end()) {
                        continue;
                    }
                    QStandardItem* runItem = node(runLabel(run), NodeKind::Run, run.id, a.id);
                    runItem->setData(run.versionNumber, VersionNumberRole);
                    parent->second->appendRow(runItem);
                }
            }
        }
    });
}

QModelIndex WorkspaceModel::find(NodeKind kind, qint64 id) const {
    const QModelIndexList hits =
        match(index(0, 0), IdRole, id, -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex& hit : hits) {
        if (hit.data(KindRole).toInt() == static_cast<int>(kind)) {
            return hit;
        }
    }
    return {};
}

} // namespace cr::ui
