// Connects a page's form widgets to scenario fields: an edit goes through commitValidated (the
// refusal is shown at the widget), and refresh() shows the document's values again after
// undo, redo or a new scenario. A page keeps one FormBinder and calls refresh() when its part
// of the scenario changed.
#pragma once

#include "editors/validated_edit.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace cr::ui {

class AmountField;
class DistributionField;
class OptionalAmountField;

// Field references are made on demand, so a form that shows one entry of a list (a policy)
// reaches the entry selected at the time of the edit.
template <typename T>
using FieldSource = std::function<FieldRef<T>()>;

class FormBinder {
public:
    explicit FormBinder(ScenarioDocument* document) : m_document(document) {}

    void bind(AmountField* field, FieldSource<double> source);
    void bind(OptionalAmountField* field, FieldSource<std::optional<double>> source);
    void bind(DistributionField* field, FieldSource<Distribution> source);
    // Widgets without a place for a message of their own report into `problem`.
    void bind(QCheckBox* box, FieldSource<bool> source, QLabel* problem);
    void bind(QLineEdit* edit, FieldSource<std::string> source, QLabel* problem);

    // Shows every bound field's value and clears the refusals.
    void refresh();

private:
    ScenarioDocument* m_document;
    std::vector<std::function<void()>> m_refreshers;
};

// A hidden red label for refusals, and showing or hiding one.
QLabel* makeProblemLabel(QWidget* parent);
void showProblem(QLabel* label, const QString& problem);

} // namespace cr::ui
