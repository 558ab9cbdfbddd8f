// The Contract and liability editor: whether a contractor performs the change, the contract
// value, the liability cap (none, an amount, or a multiple of the contract value with an optional
// minimum) and the uncertain inputs of fault, cap failure, contributory negligence and rework.
#pragma once

#include "editors/form_binder.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;

namespace cr::ui {

class AmountField;
class DistributionField;
class OptionalAmountField;

class ContractPage : public QWidget {
    Q_OBJECT
public:
    // ScenarioChange::column of the contract's fields.
    enum Field {
        ContractorField,
        ContractValueField,
        CapKindField,
        CapValueField,
        CapMinField,
        FaultField,
        CapFailsField,
        ContributoryField,
        HourlyRateField,
        ReworkHoursField,
    };

    explicit ContractPage(ScenarioDocument* document, QWidget* parent = nullptr);

private:
    void refresh();
    void commitCapKind();
    void commitCap(Field field, std::optional<LiabilityCap> cap, QWidget* problemAt);
    void showCapProblem(QWidget* problemAt, const QString& problem);

    ScenarioDocument* m_document;
    FormBinder m_binder;
    bool m_refreshing = false;
    QCheckBox* m_contractor;
    QLabel* m_contractorProblem;
    QGroupBox* m_details;
    AmountField* m_contractValue;
    QComboBox* m_capKind;
    AmountField* m_capValue;
    OptionalAmountField* m_capMin;
    QLabel* m_capHint;
    QLabel* m_capProblem;
    DistributionField* m_fault;
    DistributionField* m_capFails;
    DistributionField* m_contributory;
    DistributionField* m_hourlyRate;
    DistributionField* m_reworkHours;
};

} // namespace cr::ui
