// One uncertain input in a form: the DistributionEditor plus the validator's reason, shown under
// it, when the scenario refuses the value (a probability above 1, a negative amount). The
// editor checks the distribution's own parameters; this row shows what the scenario adds.
#pragma once

#include "editors/distribution_editor.h"

class QLabel;

namespace cr::ui {

class DistributionField : public QWidget {
    Q_OBJECT
public:
    DistributionField(DistributionEditor::Quantity quantity, QWidget* parent = nullptr);

    DistributionEditor* editor() const { return m_editor; }
    void setValue(const Distribution& value);
    void setProblem(const QString& problem);
    QString problem() const;

signals:
    void edited(const cr::Distribution& value);

private:
    DistributionEditor* m_editor;
    QLabel* m_problem;
};

} // namespace cr::ui
