// The Cover options page's fields read into a SweepRequest, each refusal naming its field.
//
// Amounts are typed in the UI language ("250,000" / "250.000", an optional currency sign) and
// separated by semicolons or spaces (a comma is the English group separator); the target is a
// share ("0.01") or a percentage ("1 %"). Nothing runs while any field is refused.
#pragma once

#include "decision/cover_options.h"
#include "scenario/scenario.h"

#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace cr::ui {

// The names of the fields (their widgets' object names).
inline const QString kLimitsField = QStringLiteral("limits");
inline const QString kDeductiblesField = QStringLiteral("deductibles");
inline const QString kPremiumsField = QStringLiteral("premiums");
inline const QString kTargetField = QStringLiteral("target");
inline const QString kPolicyField = QStringLiteral("policy");

struct CoverInputText {
    int policy = -1; // index in scenario.insurance; -1 = none chosen
    QString limits, deductibles, premiums, target;
};

struct FieldProblem {
    QString field; // one of the k…Field names
    QString message;
};

struct CoverInput {
    SweepRequest request;
    std::vector<FieldProblem> problems; // empty = request is complete and valid
};

CoverInput readCoverInput(const Scenario& scenario, const CoverInputText& text,
                          const QLocale& locale = QLocale());

// The default limits, 250,000 to 5,000,000.
std::vector<Money> defaultLimits();
// Amounts as the limits field shows them ("250,000; 500,000"), whole units, no currency.
QString amountListText(const std::vector<Money>& amounts, const QLocale& locale = QLocale());
// The default target as the field shows it ("1 %").
QString defaultTargetText(const QLocale& locale = QLocale());

} // namespace cr::ui
