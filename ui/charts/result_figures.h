// The figures of a result document (FORMAT.md) the dashboard, the compare view and the report
// show, picked and worded once: key figures, who pays what, category labels.
//
// Pure data: no widgets, so the report and tests can use it without a window.
#pragma once

#include "document/category_labels.h"
#include "format/number_format.h"
#include "scenario/category.h"
#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace cr::ui {

// A number of the document at `path`; nullopt when missing or null (undefined statistics).
std::optional<double> numberAt(const nlohmann::ordered_json& document,
                               std::initializer_list<std::string> path);

// The policy's name, or its id when it has none.
QString policyLabel(const Policy& policy);

enum class FigureKind { Money, Probability };

struct KeyFigure {
    QString name; // stable id: "expected_total_loss", "policy.<id>.p_claim_capped", ...
    QString caption;
    QString explanation;
    FigureKind kind = FigureKind::Money;
    std::optional<double> value;
};

// Who bears part of the loss: the operator's and the contractor's net loss, each policy's
// payments, and the uninsured rest (operator + contractor). Mean and 1-in-100 (the 0.99
// quantile of that party's own amount: these do not add up, unlike the means).
struct Payer {
    QString name; // "operator", "contractor", "policy.<id>", "uninsured"
    QString label;
    std::string series; // the document's series
    std::optional<double> mean;
    std::optional<double> oneIn100;
    bool isInsurer = false;
};

class ResultFigures {
    Q_DECLARE_TR_FUNCTIONS(ResultFigures)
public:
    // The headline figures in display order (no who-pays rows).
    static std::vector<KeyFigure>
    keyFigures(const Scenario& scenario, const nlohmann::ordered_json& document, Language language);
    // Operator, contractor (when the scenario has one), every policy, uninsured.
    static std::vector<Payer> whoPays(const Scenario& scenario,
                                      const nlohmann::ordered_json& document);
    // The value as shown: money in the scenario's currency or a percentage; "—" when undefined.
    static QString format(FigureKind kind, std::optional<double> value, const std::string& currency,
                          Language language);
};

} // namespace cr::ui
