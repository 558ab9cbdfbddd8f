// An amount that may be absent (a cap, a per-claim limit, a premium): a check box for the absent
// case ("Unlimited", "No cap") next to an AmountField. Emits the optional value; unticking the
// box commits the amount in the field, or marks the field when it holds no number.
#pragma once

#include "editors/amount_field.h"

#include <optional>

class QCheckBox;

namespace cr::ui {

class OptionalAmountField : public QWidget {
    Q_OBJECT
public:
    // `noneText` labels the check box that means "no amount".
    OptionalAmountField(const QString& pointer, const QString& noneText, QWidget* parent = nullptr);

    // Shows `value` without emitting.
    void setValue(const std::optional<double>& value);
    void setSuffix(const QString& suffix) { m_amount->setSuffix(suffix); }
    void setProblem(const QString& problem) { m_amount->setProblem(problem); }
    QString problem() const { return m_amount->problem(); }
    QCheckBox* noneBox() const { return m_none; }
    AmountField* amountField() const { return m_amount; }

signals:
    void edited(const std::optional<double>& value);

private:
    void onNoneToggled(bool none);

    QCheckBox* m_none;
    AmountField* m_amount;
};

} // namespace cr::ui
