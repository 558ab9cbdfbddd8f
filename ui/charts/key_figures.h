// The results page's key figures, in words a client understands, from a result document.
//
// Each value label has an object name ("figure.expected_total_loss",
// "figure.policy.<id>.p_claim_capped") so tests and later screens can find it.
#pragma once

#include "format/number_format.h"
#include "scenario/scenario.h"

#include <QWidget>

#include <nlohmann/json.hpp>

class QGridLayout;
class QLabel;

namespace cr::ui {

class KeyFigures : public QWidget {
    Q_OBJECT
public:
    explicit KeyFigures(QWidget* parent = nullptr);

    // Rebuilds the figures of `document` (FORMAT.md result) for `scenario`, formatted in
    // `language` with the scenario's currency.
    void setResult(const Scenario& scenario, const nlohmann::ordered_json& document,
                   Language language);
    void clear();
    // The text of the value labelled `name` ("expected_total_loss"); empty when absent.
    QString valueText(const QString& name) const;

private:
    void addRow(const QString& name, const QString& caption, const QString& value,
                const QString& explanation);

    QGridLayout* m_grid;
    int m_rows = 0;
};

} // namespace cr::ui
