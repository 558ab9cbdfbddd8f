// OptionalAmountField: the check box switches between no amount and the amount in the field.
#include "editors/optional_amount_field.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace cr::ui {

OptionalAmountField::OptionalAmountField(const QString& pointer, const QString& noneText,
                                         QWidget* parent)
    : QWidget(parent), m_none(new QCheckBox(noneText, this)),
      m_amount(new AmountField(pointer, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_none, 0, Qt::AlignTop);
    layout->addWidget(m_amount, 1);
    connect(m_none, &QCheckBox::toggled, this, &OptionalAmountField::onNoneToggled);
    connect(m_amount, &AmountField::edited, this,
            [this](double value) { emit edited(std::optional<double>(value)); });
}

void OptionalAmountField::setValue(const std::optional<double>& value) {
    const QSignalBlocker blocker(m_none);
    m_none->setChecked(!value.has_value());
    m_amount->setEnabled(value.has_value());
    if (value) {
        m_amount->setValue(*value);
    }
}

void OptionalAmountField::onNoneToggled(bool none) {
    m_amount->setEnabled(!none);
    if (none) {
        m_amount->setProblem(QString());
        emit edited(std::nullopt);
        return;
    }
    bool ok = false;
    const double value = m_amount->value(&ok);
    if (!ok) {
        m_amount->setProblem(
            tr("%1: enter an amount or tick \"%2\"").arg(m_amount->pointer(), m_none->text()));
        m_amount->setFocus();
        return;
    }
    emit edited(value);
}

} // namespace cr::ui
