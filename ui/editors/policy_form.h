// The detail form of one insurance policy: terms, deductibles, cover and premium. It shows the
// policy at row() of the scenario's insurance list; every edit goes through the FormBinder (or
// commitValidated for the compound fields) with ScenarioChange{Insurance, row, field}.
#pragma once

#include "editors/form_binder.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace cr::ui {

class AmountField;
class OptionalAmountField;

class PolicyForm : public QWidget {
    Q_OBJECT
public:
    // The field ids (ScenarioChange::column) of a policy; covers and sublimits add the
    // category's index so that each check box and each cell merges on its own.
    enum Field {
        IdField,
        NameField,
        HolderField,
        PerClaimLimitField,
        AggregateField,
        AggregateAmountField,
        DeductibleKindField,
        DeductibleAmountField,
        DeductiblePercentField,
        DeductibleMinField,
        DeductibleMaxField,
        CoinsuranceField,
        AnnualDeductibleField,
        SerialLossField,
        DefenceOutsideField,
        PremiumField,
        CoversField = 100,
        SublimitsField = 200,
    };

    explicit PolicyForm(ScenarioDocument* document, QWidget* parent = nullptr);

    // Shows the policy at `row` (-1: none, the form is disabled).
    void setRow(int row);
    int row() const { return m_row; }
    // Shows the document's values again and clears refusals.
    void refresh();

private:
    template <typename T, typename Project>
    FieldSource<T> field(int column, Project project, const QString& undoText);

    QWidget* buildTerms();
    QWidget* buildCover();
    void commitHolder();
    void commitDeductibleKind();
    void commitAggregateSpec();
    void commitCover(std::size_t category, bool covered);
    void commitSublimit(QTableWidgetItem* item);
    const Policy* policy() const;

    ScenarioDocument* m_document;
    FormBinder m_binder;
    int m_row = -1;
    bool m_refreshing = false;

    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_holder;
    QLabel* m_identityProblem;
    OptionalAmountField* m_perClaimLimit;
    QComboBox* m_aggregateSpec;
    AmountField* m_aggregateAmount;
    QComboBox* m_deductibleKind;
    AmountField* m_deductibleAmount;
    AmountField* m_deductiblePercent;
    OptionalAmountField* m_deductibleMin;
    OptionalAmountField* m_deductibleMax;
    AmountField* m_coinsurance;
    AmountField* m_annualDeductible;
    std::array<QCheckBox*, kCategoryCount> m_covers{};
    QLabel* m_coverProblem;
    QTableWidget* m_sublimits;
    QLabel* m_sublimitProblem;
    QCheckBox* m_serialLoss;
    QCheckBox* m_defenceOutside;
    QLabel* m_clauseProblem;
    OptionalAmountField* m_premium;
};

} // namespace cr::ui
