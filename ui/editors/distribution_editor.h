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
#include <QStringList>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

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

    // For tests and pages: the parameter field with JSON key `key` ("sd"), or nullptr when the
    // chosen type has none; the key of the field marked invalid (empty when none or the whole).
    QLineEdit* field(const QString& key) const;
    QString problemField() const { return m_problemField; }
    // The 5 %, 50 % and 95 % values as shown (empty for a plain number or invalid fields).
    QStringList shownPercentiles() const { return m_shownPercentiles; }
    // A value of this editor's quantity as the editor shows it ("€1,250", "2.5 h", "12 %").
    QString formatted(double value) const;

signals:
    // The user committed a valid change (editing finished, type chosen).
    void edited(const cr::Distribution& value);

private:
    Quantity m_quantity;
    Distribution m_value;
    QString m_currency = QStringLiteral("EUR");
    QString m_problem;

    static constexpr int kMaxFields = 4;
    void buildLayout();
    void showKind(int kindIndex, const QStringList& texts);
    // Reads the fields, marks a problem, refreshes the sketch and the percentiles; returns the
    // distribution when valid.
    std::optional<Distribution> evaluate();
    void commit();
    void onTypeChosen(int comboIndex);
    QStringList fieldTexts() const;
    void updateUnit();

    QComboBox* m_type = nullptr;
    std::array<QLabel*, kMaxFields> m_labels{};
    std::array<QLineEdit*, kMaxFields> m_fields{};
    QLabel* m_unit = nullptr;
    QWidget* m_preview = nullptr; // sketch + percentiles, hidden for a plain number
    class DensitySketch* m_sketch = nullptr;
    QLabel* m_percentiles = nullptr;
    QLabel* m_problemLabel = nullptr;
    QString m_problemField;
    QStringList m_shownPercentiles;
    bool m_valid = true;
};

} // namespace cr::ui
