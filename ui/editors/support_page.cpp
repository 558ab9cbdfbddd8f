// SupportPage: a row per field of Support, EndUsers and OperatorSettings (FORMAT.md's keys as
// object names, so tests and the messages' pointers name the same field).
#include "editors/support_page.h"

#include "editors/distribution_field.h"
#include "editors/optional_amount_field.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <array>

namespace cr::ui {

namespace {

using Q = DistributionEditor::Quantity;

// One uncertain input of a part: its JSON key, label, what it measures and where it is.
template <typename Part>
struct InputRow {
    const char* key;
    const char* label;
    const char* help;
    Q quantity;
    Distribution Part::*member;
};

Support& supportOf(Scenario& s) {
    return s.environment.support;
}
const Support& supportOf(const Scenario& s) {
    return s.environment.support;
}
EndUsers& endUsersOf(Scenario& s) {
    return s.environment.endUsers;
}
const EndUsers& endUsersOf(const Scenario& s) {
    return s.environment.endUsers;
}

// Adds a DistributionField per row to `form`, bound to field `column` = the row's index.
template <typename Part, std::size_t N, typename PartOf>
void addInputs(QWidget* parent, QFormLayout* form, FormBinder& binder, ScenarioPart part,
               const std::array<InputRow<Part>, N>& rows, PartOf partOf) {
    for (std::size_t i = 0; i < N; ++i) {
        const auto& row = rows[i];
        auto* field = new DistributionField(row.quantity, parent);
        field->setObjectName(QString::fromLatin1(row.key));
        field->setToolTip(QCoreApplication::translate("cr::ui::SupportPage", row.help));
        const QString label = QCoreApplication::translate("cr::ui::SupportPage", row.label);
        form->addRow(label, field);
        const auto member = row.member;
        const auto column = static_cast<int>(i);
        QString plain = label; // "&Contact rate:" -> "Contact rate" for the undo menu
        plain.remove(QLatin1Char('&'));
        plain.remove(QLatin1Char(':'));
        const QString undo =
            QCoreApplication::translate("cr::ui::SupportPage", "Change %1").arg(plain);
        binder.bind(field, [part, column, member, partOf, undo] {
            return makeField<Distribution>(
                {part, -1, column},
                [ member, partOf ](auto& s) -> auto& { return partOf(s).*member; }, undo);
        });
    }
}

const std::array<InputRow<Support>, 6> kSupportRows{{
    {"contact_rate", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "&Contact rate:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage", "Share of affected end users who contact support."),
     Q::Probability, &Support::contactRate},
    {"handling_minutes", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "&Handling time:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage", "Minutes per support contact."), Q::Minutes,
     &Support::handlingMinutes},
    {"cost_per_minute", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "Cost per &minute:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage", "Fully loaded cost of one support minute."), Q::Money,
     &Support::costPerMinute},
    {"technician_hourly_rate", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "&Technician hourly rate:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage", "Labour cost of manual fixes per hour."), Q::Money,
     &Support::technicianHourlyRate},
    {"onsite_visit_cost", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "On-site &visit:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage",
                       "Cost of one technician visit, on top of the labour."),
     Q::Money, &Support::onsiteVisitCost},
    {"incident_overhead", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "Incident &overhead:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage",
                       "Incident management and communication, once per incident."),
     Q::Money, &Support::incidentOverhead},
}};

const std::array<InputRow<EndUsers>, 7> kEndUserRows{{
    {"claim_rate", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "C&laim rate:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage",
                       "Share of affected end users who claim compensation."),
     Q::Probability, &EndUsers::claimRate},
    {"downtime_cost_per_hour_business",
     QT_TRANSLATE_NOOP("cr::ui::SupportPage", "&Business user's downtime / h:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage",
                       "What an hour without the service costs a business end user "
                       "(Betriebsunterbrechung)."),
     Q::Money, &EndUsers::downtimeCostPerHourBusiness},
    {"downtime_cost_per_hour_consumer",
     QT_TRANSLATE_NOOP("cr::ui::SupportPage", "Con&sumer's downtime / h:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage",
                       "What an hour without the service is worth to a consumer."),
     Q::Money, &EndUsers::downtimeCostPerHourConsumer},
    {"data_loss_award", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "&Data-loss award:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage", "Awarded per end user who lost irreplaceable data."),
     Q::Money, &EndUsers::dataLossAward},
    {"defence_cost", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "Def&ence costs:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage",
                       "Legal defence (Abwehrkosten), once per incident with a claim."),
     Q::Money, &EndUsers::defenceCost},
    {"sla_credit_per_user", QT_TRANSLATE_NOOP("cr::ui::SupportPage", "SLA credit per &user:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage",
                       "SLA credit (SLA-Gutschrift) owed to every affected end user."),
     Q::Money, &EndUsers::slaCreditPerUser},
    {"sla_credit_per_user_hour",
     QT_TRANSLATE_NOOP("cr::ui::SupportPage", "SLA credit per user-&hour:"),
     QT_TRANSLATE_NOOP("cr::ui::SupportPage", "SLA credit per end user and hour of outage."),
     Q::Money, &EndUsers::slaCreditPerUserHour},
}};

} // namespace

SupportPage::SupportPage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_support(document), m_endUsers(document),
      m_operator(document) {
    auto* content = new QWidget(this);
    // One column: the distribution editors with their plots are too wide for two side by side.
    auto* column = new QVBoxLayout(content);
    column->addWidget(buildSupport());
    column->addWidget(buildEndUsers());
    column->addWidget(buildOperator());
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* intro = new QLabel(tr("What an incident costs the operator in support and what its "
                                "end users (Endkunden) may claim. Every input is per incident; "
                                "counts of users come from the asset groups."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);

    connect(document, &ScenarioDocument::changed, this, [this](const ScenarioChange& change) {
        switch (change.part) {
        case ScenarioPart::Whole:
            refresh();
            break;
        case ScenarioPart::Support:
            m_support.refresh();
            break;
        case ScenarioPart::EndUsers:
            m_endUsers.refresh();
            break;
        case ScenarioPart::Operator:
            m_operator.refresh();
            break;
        default:
            break;
        }
    });
    refresh();
}

QWidget* SupportPage::buildSupport() {
    auto* box = new QGroupBox(tr("Support"), this);
    auto* form = new QFormLayout(box);
    addInputs(
        box, form, m_support, ScenarioPart::Support, kSupportRows,
        [](auto& s) -> auto& { return supportOf(s); });
    return box;
}

QWidget* SupportPage::buildEndUsers() {
    auto* box = new QGroupBox(tr("End users"), this);
    auto* form = new QFormLayout(box);
    addInputs(
        box, form, m_endUsers, ScenarioPart::EndUsers, kEndUserRows,
        [](auto& s) -> auto& { return endUsersOf(s); });

    // The caps: absent means none; column ids continue after the inputs.
    struct Cap {
        const char* key;
        QString label;
        QString help;
        std::optional<Money> EndUsers::*member;
    };
    const Cap caps[] = {
        {"sla_credit_cap", tr("SLA credit cap:"), tr("Most SLA credits per incident."),
         &EndUsers::slaCreditCap},
        {"claim_cap_per_user", tr("Claim cap per end user:"),
         tr("Statutory cap per end user and incident (e.g. §70 TKG: 12,500)."),
         &EndUsers::claimCapPerUser},
        {"claim_cap_per_incident", tr("Claim cap per incident:"),
         tr("Statutory cap on all end users' claims of one incident (e.g. §70 TKG: 30 million)."),
         &EndUsers::claimCapPerIncident},
    };
    int column = static_cast<int>(kEndUserRows.size());
    for (const Cap& cap : caps) {
        auto* field = new OptionalAmountField(QStringLiteral("/environment/end_users/") +
                                                  QString::fromLatin1(cap.key),
                                              tr("None"), box);
        field->setObjectName(QString::fromLatin1(cap.key));
        field->setToolTip(cap.help);
        m_moneyCaps.push_back(field);
        form->addRow(cap.label, field);
        const auto member = cap.member;
        QString plain = cap.label;
        plain.remove(QLatin1Char(':'));
        const QString undo = tr("Change %1").arg(plain);
        m_endUsers.bind(field, [column, member, undo] {
            return makeField<std::optional<Money>>(
                {ScenarioPart::EndUsers, -1, column},
                [member](auto& s) -> auto& { return endUsersOf(s).*member; }, undo);
        });
        ++column;
    }
    return box;
}

QWidget* SupportPage::buildOperator() {
    auto* box = new QGroupBox(tr("Operator (Betreiber)"), this);
    auto* form = new QFormLayout(box);
    auto* field = new DistributionField(Q::Money, box);
    field->setObjectName(QStringLiteral("downtime_cost_per_hour"));
    field->setToolTip(tr("The operator's own cost of an hour of outage: idle staff, lost "
                         "profit. Charged for the longest outage of an incident."));
    form->addRow(tr("Own &downtime cost / h:"), field);
    m_operator.bind(field, [] {
        return makeField<Distribution>(
            {ScenarioPart::Operator, -1, 0},
            [](auto& s) -> auto& { return s.environment.operatorSettings.downtimeCostPerHour; },
            QCoreApplication::translate("cr::ui::SupportPage", "Change own downtime cost"));
    });
    return box;
}

void SupportPage::refresh() {
    const QString currency = QString::fromStdString(m_document->scenario().currency);
    for (OptionalAmountField* cap : m_moneyCaps) {
        cap->setSuffix(currency);
    }
    m_support.refresh();
    m_endUsers.refresh();
    m_operator.refresh();
}

} // namespace cr::ui
