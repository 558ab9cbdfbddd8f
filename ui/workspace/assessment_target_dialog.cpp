// AssessmentTargetDialog: two choices, the second with client and title fields.
#include "workspace/assessment_target_dialog.h"

#include "workspace/new_assessment_fields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cr::ui {

AssessmentTargetDialog::AssessmentTargetDialog(const QString& heading, qint64 currentAssessment,
                                               const QString& currentTitle,
                                               const QStringList& clients, const QString& client,
                                               const QString& proposedTitle, QWidget* parent)
    : QDialog(parent), m_current(currentAssessment), m_hasCurrent(!currentTitle.isEmpty()),
      m_asVersion(new QRadioButton(tr("As a new &version of \"%1\"").arg(currentTitle), this)),
      m_asNew(new QRadioButton(tr("As a new &assessment"), this)),
      m_fields(new NewAssessmentFields(clients, client, this)) {
    setWindowTitle(heading);
    setObjectName(QStringLiteral("assessmentTarget"));
    m_fields->proposeTitle(proposedTitle);
    const bool hasCurrent = m_hasCurrent;
    m_asVersion->setVisible(hasCurrent);
    m_asVersion->setChecked(hasCurrent);
    m_asNew->setChecked(!hasCurrent);
    m_fields->setEnabled(!hasCurrent);
    connect(m_asNew, &QRadioButton::toggled, m_fields, &QWidget::setEnabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto updateOk = [this, ok] {
        ok->setEnabled(m_asVersion->isChecked() || m_fields->isComplete());
    };
    connect(m_fields, &NewAssessmentFields::completeChanged, this, updateOk);
    connect(m_asNew, &QRadioButton::toggled, this, updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Keep the scenario in the workspace:"), this));
    layout->addWidget(m_asVersion);
    layout->addWidget(m_asNew);
    layout->addWidget(m_fields);
    layout->addWidget(buttons);
}

AssessmentTarget AssessmentTargetDialog::target() const {
    AssessmentTarget target;
    if (m_hasCurrent && m_asVersion->isChecked()) {
        target.assessmentId = m_current;
    } else {
        target.client = m_fields->client();
        target.title = m_fields->title();
    }
    return target;
}

} // namespace cr::ui
