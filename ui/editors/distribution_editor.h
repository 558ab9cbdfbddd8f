// The input widget for every uncertain value of the scenario: choose the distribution type,
// enter its parameters, see a small density plot and its 5 / 50 / 95 % values at once; invalid
// parameters are marked at the field with the model validator's reason. A plain number
// (Fixed) stays a plain number: one field, no plot.
//
// The widget never writes the scenario: it emits edited() with a complete, valid distribution
// and the page pushes the undo command (edit::setValue). setValue() from the document's
// changed() signal does not emit.
#pragma once

#include "distributions/distribution.h"

#include <QString>
#include <QWidget>

namespace cr::ui {

class DistributionEditor : public QWidget {
    Q_OBJECT
public:
    // What the value measures; chooses the suffix and which types are offered.
    enum class Quantity {
        Money,       // amounts (currency suffix)
        Hours,       // durations in hours
        Minutes,     // durations in minutes
        Probability, // shares and probabilities in [0, 1]
        Count,       // counts per horizon (frequencies): integer-valued types first
        Number,      // anything else (rates, multiples)
    };

    explicit DistributionEditor(Quantity quantity, QWidget* parent = nullptr);

    // Shows `value` without emitting edited().
    void setValue(const Distribution& value);
    // The last valid value (what the document holds).
    Distribution value() const { return m_value; }
    // The currency code shown as suffix for Money ("EUR").
    void setCurrency(const QString& code);

    // True when the fields currently hold a valid distribution; otherwise problem() names the
    // field and the reason (from checkParameters).
    bool isValid() const;
    QString problem() const;

signals:
    // The user committed a valid change (editing finished, type chosen).
    void edited(const cr::Distribution& value);

private:
    Quantity m_quantity;
    Distribution m_value;
    QString m_currency = QStringLiteral("EUR");
    QString m_problem;
    // Implementation members (fields, plot) are added by the implementation.
};

} // namespace cr::ui
