// Where a scenario goes in the workspace (Import, or Save of a document that belongs to no
// assessment yet): a new version of the current assessment, or a new assessment.
#pragma once

#include <QDialog>

#include <optional>

class QRadioButton;

namespace cr::ui {

class NewAssessmentFields;

struct AssessmentTarget {
    std::optional<qint64> assessmentId; // set: a new version of this assessment
    QString client;                     // otherwise: a new assessment of this client
    QString title;
};

class AssessmentTargetDialog : public QDialog {
    Q_OBJECT
public:
    // `currentTitle` empty: there is no current assessment, only "new assessment" is offered.
    AssessmentTargetDialog(const QString& heading, qint64 currentAssessment,
                           const QString& currentTitle, const QStringList& clients,
                           const QString& client, const QString& proposedTitle,
                           QWidget* parent = nullptr);

    AssessmentTarget target() const;

private:
    qint64 m_current;
    bool m_hasCurrent;
    QRadioButton* m_asVersion;
    QRadioButton* m_asNew;
    NewAssessmentFields* m_fields;
};

} // namespace cr::ui
