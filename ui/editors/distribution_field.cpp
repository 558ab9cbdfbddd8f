// DistributionField: forwards the editor's edits and shows a refusal under it.
#include "editors/distribution_field.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cr::ui {

DistributionField::DistributionField(DistributionEditor::Quantity quantity, QWidget* parent)
    : QWidget(parent), m_editor(new DistributionEditor(quantity, this)),
      m_problem(new QLabel(this)) {
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_editor);
    layout->addWidget(m_problem);
    setFocusProxy(m_editor);
    connect(m_editor, &DistributionEditor::edited, this, &DistributionField::edited);
}

void DistributionField::setValue(const Distribution& value) {
    m_editor->setValue(value);
}

void DistributionField::setProblem(const QString& problem) {
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString DistributionField::problem() const {
    return m_problem->text();
}

} // namespace cr::ui
