// KeyFigures: which numbers of the result document are shown, and how they are worded.
#include "charts/key_figures.h"

#include <QGridLayout>
#include <QLabel>

namespace cr::ui {

namespace {

using ojson = nlohmann::ordered_json;

// A figure that may be null in the document (FORMAT.md: undefined statistics are null).
const ojson* numberAt(const ojson& document, std::initializer_list<const char*> path) {
    const ojson* node = &document;
    for (const char* key : path) {
        if (!node->is_object() || !node->contains(key)) {
            return nullptr;
        }
        node = &(*node)[key];
    }
    return node->is_number() ? node : nullptr;
}

QString money(const ojson* value, const std::string& currency, Language language) {
    return value ? QString::fromStdString(formatMoney(value->get<double>(), currency, language))
                 : QStringLiteral("—");
}

QString percent(const ojson* value, Language language) {
    return value ? QString::fromStdString(formatPercent(value->get<double>(), language))
                 : QStringLiteral("—");
}

} // namespace

KeyFigures::KeyFigures(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this)) {
    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(16);
}

void KeyFigures::clear() {
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows = 0;
}

void KeyFigures::addRow(const QString& name, const QString& caption, const QString& value,
                        const QString& explanation) {
    auto* captionLabel = new QLabel(caption, this);
    auto* valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(QStringLiteral("figure.") + name);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = valueLabel->font();
    bold.setBold(true);
    valueLabel->setFont(bold);
    auto* explanationLabel = new QLabel(explanation, this);
    explanationLabel->setWordWrap(true);
    explanationLabel->setStyleSheet(QStringLiteral("color: #555;"));
    m_grid->addWidget(captionLabel, m_rows, 0);
    m_grid->addWidget(valueLabel, m_rows, 1);
    m_grid->addWidget(explanationLabel, m_rows, 2);
    ++m_rows;
}

void KeyFigures::setResult(const Scenario& scenario, const ojson& document, Language language) {
    clear();
    const std::string& currency = scenario.currency;
    const bool annual = scenario.simulation.horizon == Horizon::Annual;
    const QString per = annual ? tr("in a year") : tr("from this change");

    addRow(QStringLiteral("probability_any_incident"), tr("Probability of any incident"),
           percent(numberAt(document, {"probability_any_incident"}), language),
           tr("the chance that at least one failure causes a loss %1").arg(per));
    addRow(QStringLiteral("expected_total_loss"), tr("Expected total loss"),
           money(numberAt(document, {"series", "total_loss", "mean"}), currency, language),
           tr("the average over all simulated outcomes, including the many without incident"));
    const ojson* pAny = numberAt(document, {"probability_any_incident"});
    // Below a 1 % chance of any incident the 1-in-100 loss is zero, which reads like "no
    // risk": say why, and give the loss given an incident next to it.
    const bool rare = pAny != nullptr && pAny->get<double>() < 0.01;
    addRow(QStringLiteral("loss_1_in_100"), tr("1-in-100 loss"),
           money(numberAt(document, {"series", "total_loss", "quantiles", "0.99"}), currency,
                 language),
           rare ? tr("zero here: fewer than 1 in 100 outcomes have an incident at all")
                : tr("the total loss is higher than this in 1 of 100 outcomes"));
    addRow(QStringLiteral("expected_loss_given_incident"), tr("Expected loss given an incident"),
           money(numberAt(document, {"series", "total_loss", "given_incident", "mean"}), currency,
                 language),
           tr("what an incident costs on average when one happens"));
    addRow(QStringLiteral("expected_uninsured"), tr("Expected uninsured amount"),
           money(numberAt(document, {"series", "uninsured", "mean"}), currency, language),
           tr("the average part of the loss no insurance pays"));

    for (const Policy& policy : scenario.insurance) {
        const QString id = QString::fromStdString(policy.id);
        const QString name = QString::fromStdString(policy.name.empty() ? policy.id : policy.name);
        const char* key = policy.id.c_str();
        const QString limit =
            policy.perClaimLimit
                ? QString::fromStdString(formatMoney(*policy.perClaimLimit, currency, language))
                : tr("unlimited");
        addRow(QStringLiteral("policy.%1.p_claim_capped").arg(id),
               tr("%1: claim exceeds the limit").arg(name),
               percent(numberAt(document, {"policies", key, "p_claim_capped"}), language),
               tr("the chance that a claim is larger than the sum insured of %1").arg(limit));
        const auto aggregate = policy.annualAggregate();
        addRow(QStringLiteral("policy.%1.p_aggregate_exhausted").arg(id),
               tr("%1: aggregate exhausted").arg(name),
               percent(numberAt(document, {"policies", key, "p_aggregate_exhausted"}), language),
               aggregate
                   ? tr("the chance that payments use up the annual aggregate of %1")
                         .arg(QString::fromStdString(formatMoney(*aggregate, currency, language)))
                   : tr("this policy has no annual aggregate"));
    }
}

QString KeyFigures::valueText(const QString& name) const {
    const auto* label = findChild<QLabel*>(QStringLiteral("figure.") + name);
    return label ? label->text() : QString();
}

} // namespace cr::ui
