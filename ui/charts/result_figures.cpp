// ResultFigures: which numbers of the result document are shown, and how they are worded.
#include "charts/result_figures.h"

namespace cr::ui {

using ojson = nlohmann::ordered_json;

std::optional<double> numberAt(const ojson& document, std::initializer_list<std::string> path) {
    const ojson* node = &document;
    for (const std::string& key : path) {
        if (!node->is_object() || !node->contains(key)) {
            return std::nullopt;
        }
        node = &(*node)[key];
    }
    if (!node->is_number()) {
        return std::nullopt;
    }
    return node->get<double>();
}

QString policyLabel(const Policy& policy) {
    return QString::fromStdString(policy.name.empty() ? policy.id : policy.name);
}

QString ResultFigures::format(FigureKind kind, std::optional<double> value,
                              const std::string& currency, Language language) {
    if (!value) {
        return QStringLiteral("—");
    }
    return QString::fromStdString(kind == FigureKind::Money
                                      ? formatMoney(*value, currency, language)
                                      : formatPercent(*value, language));
}

std::vector<KeyFigure> ResultFigures::keyFigures(const Scenario& scenario, const ojson& document,
                                                 Language language) {
    std::vector<KeyFigure> figures;
    const std::string& currency = scenario.currency;
    const auto money = [&](double x) {
        return QString::fromStdString(formatMoney(x, currency, language));
    };
    const bool annual = scenario.simulation.horizon == Horizon::Annual;
    const QString per = annual ? tr("in a year") : tr("from this change");

    const auto pAny = numberAt(document, {"probability_any_incident"});
    figures.push_back({QStringLiteral("probability_any_incident"),
                       tr("Probability of any incident"),
                       tr("the chance that at least one failure causes a loss %1").arg(per),
                       FigureKind::Probability, pAny});
    figures.push_back(
        {QStringLiteral("expected_total_loss"), tr("Expected total loss"),
         tr("the average over all simulated outcomes, including the many without incident"),
         FigureKind::Money, numberAt(document, {"series", "total_loss", "mean"})});
    // Below a 1 % chance of any incident the 1-in-100 loss is zero, which reads like "no
    // risk": say why, and give the loss given an incident next to it.
    const bool rare = pAny && *pAny < 0.01;
    figures.push_back({QStringLiteral("loss_1_in_100"), tr("1-in-100 loss"),
                       rare ? tr("zero here: fewer than 1 in 100 outcomes have an incident at all")
                            : tr("the total loss is higher than this in 1 of 100 outcomes"),
                       FigureKind::Money,
                       numberAt(document, {"series", "total_loss", "quantiles", "0.99"})});
    figures.push_back({QStringLiteral("expected_loss_given_incident"),
                       tr("Expected loss given an incident"),
                       tr("what an incident costs on average when one happens"), FigureKind::Money,
                       numberAt(document, {"series", "total_loss", "given_incident", "mean"})});
    figures.push_back({QStringLiteral("expected_uninsured"), tr("Expected uninsured amount"),
                       tr("the average part of the loss no insurance pays"), FigureKind::Money,
                       numberAt(document, {"series", "uninsured", "mean"})});

    for (const Policy& policy : scenario.insurance) {
        const QString id = QString::fromStdString(policy.id);
        const QString name = policyLabel(policy);
        const QString limit = policy.perClaimLimit ? money(*policy.perClaimLimit) : tr("unlimited");
        figures.push_back(
            {QStringLiteral("policy.%1.p_claim_capped").arg(id),
             tr("%1: claim exceeds the limit").arg(name),
             tr("the chance that a claim is larger than the sum insured of %1").arg(limit),
             FigureKind::Probability,
             numberAt(document, {"policies", policy.id, "p_claim_capped"})});
        const auto aggregate = policy.annualAggregate();
        figures.push_back({QStringLiteral("policy.%1.p_aggregate_exhausted").arg(id),
                           tr("%1: aggregate exhausted").arg(name),
                           aggregate
                               ? tr("the chance that payments use up the annual aggregate of %1")
                                     .arg(money(*aggregate))
                               : tr("this policy has no annual aggregate"),
                           FigureKind::Probability,
                           numberAt(document, {"policies", policy.id, "p_aggregate_exhausted"})});
    }
    return figures;
}

std::vector<Payer> ResultFigures::whoPays(const Scenario& scenario, const ojson& document) {
    std::vector<Payer> payers;
    const auto add = [&](QString name, QString label, std::string series, bool insurer) {
        Payer p{std::move(name),
                std::move(label),
                series,
                numberAt(document, {"series", series, "mean"}),
                numberAt(document, {"series", series, "quantiles", "0.99"}),
                insurer};
        payers.push_back(std::move(p));
    };
    add(QStringLiteral("operator"), tr("Operator (own share)"), "operator_net", false);
    if (scenario.contract.contractor) {
        add(QStringLiteral("contractor"), tr("Contractor (own share)"), "contractor_net", false);
    }
    for (const Policy& policy : scenario.insurance) {
        add(QStringLiteral("policy.") + QString::fromStdString(policy.id),
            tr("Insurer: %1").arg(policyLabel(policy)), "policy." + policy.id + ".paid", true);
    }
    add(QStringLiteral("uninsured"), tr("Uninsured (operator + contractor)"), "uninsured", false);
    return payers;
}

} // namespace cr::ui
