// File → Recent assessments: the last opened assessments of each workspace, in QSettings.
#pragma once

#include <QList>
#include <QString>

namespace cr::ui {

inline constexpr const char* kRecentAssessmentsKey = "workspace/recent_assessments";
inline constexpr int kMaxRecentAssessments = 8;

// Puts the assessment first in the list (for the workspace file `workspacePath`).
void rememberAssessment(const QString& workspacePath, qint64 assessmentId);
// The workspace's recent assessments, most recent first.
QList<qint64> recentAssessments(const QString& workspacePath);
// Drops an assessment that no longer exists.
void forgetAssessment(const QString& workspacePath, qint64 assessmentId);

} // namespace cr::ui
