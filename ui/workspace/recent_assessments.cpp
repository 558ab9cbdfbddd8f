// Recent assessments: entries "<workspace file>\t<assessment id>" so several workspaces keep
// their own lists in one settings key.
#include "workspace/recent_assessments.h"

#include "main/settings.h"

#include <QSettings>
#include <QStringList>

namespace cr::ui {

namespace {

QString entry(const QString& workspacePath, qint64 id) {
    return workspacePath + QLatin1Char('\t') + QString::number(id);
}

QStringList stored() {
    return programSettings()->value(QString::fromLatin1(kRecentAssessmentsKey)).toStringList();
}

void store(const QStringList& entries) {
    const auto settings = programSettings();
    settings->setValue(QString::fromLatin1(kRecentAssessmentsKey), entries);
}

} // namespace

void rememberAssessment(const QString& workspacePath, qint64 assessmentId) {
    QStringList entries = stored();
    const QString mine = entry(workspacePath, assessmentId);
    entries.removeAll(mine);
    entries.prepend(mine);
    // Keep at most kMaxRecentAssessments per workspace.
    QStringList kept;
    int ofThisWorkspace = 0;
    for (const QString& e : entries) {
        if (e.section(QLatin1Char('\t'), 0, 0) == workspacePath &&
            ++ofThisWorkspace > kMaxRecentAssessments) {
            continue;
        }
        kept << e;
    }
    store(kept);
}

QList<qint64> recentAssessments(const QString& workspacePath) {
    QList<qint64> ids;
    for (const QString& e : stored()) {
        bool ok = false;
        const qint64 id = e.section(QLatin1Char('\t'), 1).toLongLong(&ok);
        if (ok && e.section(QLatin1Char('\t'), 0, 0) == workspacePath) {
            ids << id;
        }
    }
    return ids;
}

void forgetAssessment(const QString& workspacePath, qint64 assessmentId) {
    QStringList entries = stored();
    entries.removeAll(entry(workspacePath, assessmentId));
    store(entries);
}

} // namespace cr::ui
