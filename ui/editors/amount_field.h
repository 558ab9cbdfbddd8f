// A plain number in a form (an amount, a share, a percentage) with its problem shown right below
// it. Every keystroke that leaves a number emits edited(), so the page pushes one command per
// keystroke and the undo stack merges them into one step; text that is not a number is marked
// at the field and emits nothing.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace cr::ui {

class AmountField : public QWidget {
    Q_OBJECT
public:
    // `pointer` is the field's JSON pointer: the messages name the field by it.
    explicit AmountField(const QString& pointer, QWidget* parent = nullptr);

    // Shows `value` without emitting; leaves the text alone while it already says `value`, so a
    // refresh after the user's own keystroke does not move the cursor or reformat "1." to "1".
    void setValue(double value);
    // The number the text says; false in `ok` when it says none.
    double value(bool* ok = nullptr) const;
    // A unit after the field: the currency code, "%", "h".
    void setSuffix(const QString& suffix);
    void setPointer(const QString& pointer) { m_pointer = pointer; }
    const QString& pointer() const { return m_pointer; }

    // The reason the last input was refused (empty: none); shown in red under the field.
    void setProblem(const QString& problem);
    QString problem() const;
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void edited(double value);

private:
    void onTextEdited(const QString& text);

    QString m_pointer;
    QLineEdit* m_edit;
    QLabel* m_suffix;
    QLabel* m_problem;
};

// Parses a number typed in the UI language, or in the C locale ("0.25" also in German).
bool parseNumber(const QString& text, double* value);
// A number as the UI shows it: enough digits to show what is stored, group separators.
QString uiNumberText(double value);

} // namespace cr::ui
