// ContractPage: plain fields through the FormBinder; the cap's three controls edit one value.
#include "editors/contract_page.h"

#include "document/ui_language.h"
#include "editors/amount_field.h"
#include "editors/distribution_field.h"
#include "editors/optional_amount_field.h"
#include "format/number_format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <type_traits>
#include <utility>

namespace cr::ui {

namespace {

enum CapKind { NoCap, AmountCap, MultipleCap };

FieldRef<std::optional<LiabilityCap>> capField(ContractPage::Field field, const QString& text) {
    return makeField<std::optional<LiabilityCap>>(
        {ScenarioPart::Contract, -1, field},
        [](auto& s) -> auto& { return s.contract.liabilityCap; }, text);
}

} // namespace

ContractPage::ContractPage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_binder(document) {
    using Q = DistributionEditor::Quantity;
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);

    auto* intro = new QLabel(
        tr("Who performs the change and what the contract says about liability. With a "
           "contractor at fault, the operator recovers its loss less its own share "
           "(contributory negligence, Mitverschulden), up to the liability cap "
           "(Haftungsbegrenzung) per incident, unless the cap fails, e.g. for gross negligence "
           "(grobe Fahrlässigkeit)."),
        content);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_contractor = new QCheckBox(tr("A &contractor (Auftragnehmer) performs the change"), content);
    m_contractor->setObjectName(QStringLiteral("contractor"));
    m_contractorProblem = makeProblemLabel(content);
    m_contractorProblem->setObjectName(QStringLiteral("contractorProblem"));
    layout->addWidget(m_contractor);
    layout->addWidget(m_contractorProblem);

    m_details = new QGroupBox(tr("Contract"), content);
    auto* form = new QFormLayout(m_details);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_contractValue = new AmountField(QStringLiteral("/contract/contract_value"), m_details);
    m_contractValue->setObjectName(QStringLiteral("contractValue"));
    form->addRow(tr("Contract &value:"), m_contractValue);

    m_capKind = new QComboBox(m_details);
    m_capKind->setObjectName(QStringLiteral("capKind"));
    m_capKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_capKind->addItem(tr("Unlimited liability"), NoCap);
    m_capKind->addItem(tr("A fixed amount per incident"), AmountCap);
    m_capKind->addItem(tr("A multiple of the contract value"), MultipleCap);
    m_capValue = new AmountField(QStringLiteral("/contract/liability_cap/amount"), m_details);
    m_capValue->setObjectName(QStringLiteral("capValue"));
    m_capMin = new OptionalAmountField(QStringLiteral("/contract/liability_cap/min_amount"),
                                       tr("No minimum"), m_details);
    m_capMin->setObjectName(QStringLiteral("capMin"));
    m_capHint = new QLabel(m_details);
    m_capHint->setObjectName(QStringLiteral("capHint"));
    m_capProblem = makeProblemLabel(m_details);
    m_capProblem->setObjectName(QStringLiteral("capProblem"));
    form->addRow(tr("&Liability cap:"), m_capKind);
    form->addRow(tr("Cap:"), m_capValue);
    form->addRow(tr("At least:"), m_capMin);
    form->addRow(QString(), m_capHint);
    form->addRow(m_capProblem);

    m_fault = new DistributionField(Q::Probability, m_details);
    m_fault->setObjectName(QStringLiteral("faultProbability"));
    m_capFails = new DistributionField(Q::Probability, m_details);
    m_capFails->setObjectName(QStringLiteral("capFailsProbability"));
    m_contributory = new DistributionField(Q::Probability, m_details);
    m_contributory->setObjectName(QStringLiteral("contributoryNegligenceShare"));
    m_hourlyRate = new DistributionField(Q::Money, m_details);
    m_hourlyRate->setObjectName(QStringLiteral("contractorHourlyRate"));
    m_reworkHours = new DistributionField(Q::Hours, m_details);
    m_reworkHours->setObjectName(QStringLiteral("reworkHours"));
    form->addRow(tr("&Fault probability:"), m_fault);
    form->addRow(tr("Cap &fails (gross negligence):"), m_capFails);
    form->addRow(tr("Contributory &negligence share:"), m_contributory);
    form->addRow(tr("Contractor's &hourly rate:"), m_hourlyRate);
    form->addRow(tr("&Rework hours (Nachbesserung):"), m_reworkHours);
    layout->addWidget(m_details);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    const auto contract = [](Field field, auto access, const QString& text) {
        return [field, access, text] {
            return makeField<std::remove_cvref_t<decltype(access(std::declval<Scenario&>()))>>(
                {ScenarioPart::Contract, -1, field}, access, text);
        };
    };
    m_binder.bind(m_contractor,
                  contract(
                      ContractorField, [](auto& s) -> auto& { return s.contract.contractor; },
                      tr("Change contractor")),
                  m_contractorProblem);
    m_binder.bind(m_contractValue,
                  contract(
                      ContractValueField, [](auto& s) -> auto& { return s.contract.contractValue; },
                      tr("Change contract value")));
    m_binder.bind(m_fault,
                  contract(
                      FaultField, [](auto& s) -> auto& { return s.contract.faultProbability; },
                      tr("Change fault probability")));
    m_binder.bind(m_capFails, contract(
                                  CapFailsField,
                                  [](auto& s) -> auto& { return s.contract.capFailsProbability; },
                                  tr("Change cap-fails probability")));
    m_binder.bind(m_contributory, contract(
                                      ContributoryField, [](auto& s) -> auto& {
                                          return s.contract.contributoryNegligenceShare;
                                      },
                                      tr("Change contributory negligence")));
    m_binder.bind(m_hourlyRate, contract(
                                    HourlyRateField, [](auto& s) -> auto& {
                                        return s.contract.contractorHourlyRate;
                                    },
                                    tr("Change contractor's hourly rate")));
    m_binder.bind(m_reworkHours,
                  contract(
                      ReworkHoursField, [](auto& s) -> auto& { return s.contract.reworkHours; },
                      tr("Change rework hours")));

    connect(m_capKind, &QComboBox::currentIndexChanged, this, &ContractPage::commitCapKind);
    connect(m_capValue, &AmountField::edited, this, [this](double value) {
        auto cap = m_document->scenario().contract.liabilityCap;
        if (cap) {
            cap->value = value;
            commitCap(CapValueField, cap, m_capValue);
        }
    });
    connect(m_capMin, &OptionalAmountField::edited, this,
            [this](const std::optional<double>& value) {
                auto cap = m_document->scenario().contract.liabilityCap;
                if (cap) {
                    cap->minAmount = value;
                    commitCap(CapMinField, cap, m_capMin);
                }
            });
    connect(document, &ScenarioDocument::changed, this, [this](const ScenarioChange& change) {
        if (change.part == ScenarioPart::Whole || change.part == ScenarioPart::Contract) {
            refresh();
        }
    });
    refresh();
}

// A new cap starts where contracts usually start: one times the contract value, or that
// value as a fixed amount; a minimum already entered is kept.
void ContractPage::commitCapKind() {
    if (m_refreshing) {
        return;
    }
    const auto& contract = m_document->scenario().contract;
    const int kind = m_capKind->currentData().toInt();
    std::optional<LiabilityCap> cap;
    if (kind != NoCap) {
        LiabilityCap next = contract.liabilityCap.value_or(LiabilityCap{});
        const auto newKind = kind == AmountCap ? LiabilityCap::Kind::Amount
                                               : LiabilityCap::Kind::MultipleOfContractValue;
        if (!contract.liabilityCap || next.kind != newKind) {
            next.value = newKind == LiabilityCap::Kind::Amount ? contract.contractValue : 1.0;
        }
        next.kind = newKind;
        cap = next;
    }
    commitCap(CapKindField, cap, m_capKind);
}

void ContractPage::commitCap(Field field, std::optional<LiabilityCap> cap, QWidget* problemAt) {
    const QString problem =
        commitValidated(*m_document, capField(field, tr("Change liability cap")), std::move(cap));
    showCapProblem(problemAt, problem);
    if (!problem.isEmpty() && problemAt == m_capKind) {
        refresh(); // the combo box shows what the scenario kept
        showCapProblem(problemAt, problem);
    }
}

void ContractPage::showCapProblem(QWidget* problemAt, const QString& problem) {
    if (problemAt == m_capValue) {
        m_capValue->setProblem(problem);
    } else if (problemAt == m_capMin) {
        m_capMin->setProblem(problem);
    } else {
        showProblem(m_capProblem, problem);
    }
}

void ContractPage::refresh() {
    m_refreshing = true;
    m_binder.refresh();
    const Scenario& s = m_document->scenario();
    const Contract& c = s.contract;
    const QString currency = QString::fromStdString(s.currency);
    m_contractValue->setSuffix(currency);
    m_capMin->setSuffix(currency);
    m_details->setEnabled(c.contractor);
    m_capValue->setProblem(QString());
    m_capMin->setProblem(QString());
    showProblem(m_capProblem, QString());

    const auto& cap = c.liabilityCap;
    const int kind =
        !cap ? NoCap : (cap->kind == LiabilityCap::Kind::Amount ? AmountCap : MultipleCap);
    m_capKind->setCurrentIndex(m_capKind->findData(kind));
    m_capValue->setEnabled(cap.has_value());
    m_capMin->setEnabled(cap.has_value());
    if (cap) {
        m_capValue->setValue(cap->value);
        m_capValue->setPointer(
            kind == AmountCap
                ? QStringLiteral("/contract/liability_cap/amount")
                : QStringLiteral("/contract/liability_cap/multiple_of_contract_value"));
        m_capValue->setSuffix(kind == AmountCap ? currency : tr("× contract value"));
        m_capMin->setValue(cap->minAmount);
    }
    const auto amount = c.capAmount();
    m_capHint->setText(
        amount ? tr("The contractor's liability per incident is capped at %1.")
                     .arg(QString::fromStdString(formatMoney(*amount, s.currency, uiLanguage())))
               : tr("The contractor's liability is unlimited."));
    m_refreshing = false;
}

} // namespace cr::ui
