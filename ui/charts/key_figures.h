// The results page's key figures, in words a client understands, from a result document:
// the headline figures (ResultFigures::keyFigures) and a "who pays" table (operator,
// contractor, each insurer, uninsured; on average and at the 1-in-100).
//
// Each value has a name ("expected_total_loss", "policy.<id>.p_claim_capped",
// "who.<payer>.mean", "who.<payer>.1_in_100") so tests and later screens can find it; the
// whole can be copied to the clipboard as tab-separated text.
#pragma once

#include "format/number_format.h"
#include "scenario/scenario.h"

#include <QMap>
#include <QWidget>

#include <nlohmann/json.hpp>

class QGridLayout;
class QTableWidget;
class QToolButton;

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
    // The text of the value named `name`; empty when absent.
    QString valueText(const QString& name) const;
    // Both tables as tab-separated text, a header row each, a blank line between them.
    QString toTabSeparated() const;

public slots:
    void copyToClipboard() const;

private:
    void addRow(const QString& name, const QString& caption, const QString& value,
                const QString& explanation);

    QGridLayout* m_grid;
    QTableWidget* m_whoPays;
    QToolButton* m_copyButton;
    int m_rows = 0;
    QMap<QString, QString> m_values;
    QStringList m_figureLines;
    QStringList m_whoPaysLines;
};

} // namespace cr::ui
