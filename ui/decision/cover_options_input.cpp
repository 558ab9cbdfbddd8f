// Reading the Cover options fields: amount lists, the premium count and the target.
#include "decision/cover_options_input.h"

#include "format/number_format.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cr::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cr::ui::CoverOptionsInput)
};

std::optional<double> readNumber(QString item, const QLocale& locale, const std::string& currency) {
    item.remove(QString::fromStdString(currencySymbol(currency)));
    item.remove(QString::fromStdString(currency));
    item = item.trimmed();
    bool ok = false;
    double value = locale.toDouble(item, &ok);
    if (!ok) {
        value = QLocale::c().toDouble(item, &ok);
    }
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

// A list of amounts; on a bad item, the message names it. `minimum` is inclusive or exclusive.
std::optional<std::vector<double>> readAmounts(const QString& text, const QLocale& locale,
                                               const std::string& currency, bool zeroAllowed,
                                               QString* problem) {
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    std::vector<double> values;
    for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
        const auto value = readNumber(item, locale, currency);
        if (!value) {
            *problem =
                Text::tr("\"%1\" is not an amount (separate amounts with semicolons)").arg(item);
            return std::nullopt;
        }
        if (zeroAllowed ? *value < 0 : !(*value > 0)) {
            *problem = (zeroAllowed ? Text::tr("must not be negative, got %1")
                                    : Text::tr("must be more than 0, got %1"))
                           .arg(item);
            return std::nullopt;
        }
        values.push_back(*value);
    }
    return values;
}

} // namespace

std::vector<Money> defaultLimits() {
    return {250000, 500000, 1000000, 2000000, 5000000};
}

QString amountListText(const std::vector<Money>& amounts, const QLocale& locale) {
    QStringList items;
    for (const Money m : amounts) {
        items << locale.toString(m, 'f', 0);
    }
    return items.join(QStringLiteral("; "));
}

QString defaultTargetText(const QLocale& locale) {
    return locale.toString(kDefaultCapTarget * 100, 'g', 6) + QStringLiteral(" %");
}

CoverInput readCoverInput(const Scenario& scenario, const CoverInputText& text,
                          const QLocale& locale) {
    CoverInput input;
    auto& problems = input.problems;
    if (text.policy < 0 || text.policy >= static_cast<int>(scenario.insurance.size())) {
        problems.push_back({kPolicyField, scenario.insurance.empty()
                                              ? Text::tr("the scenario has no insurance policy")
                                              : Text::tr("choose a policy")});
    } else {
        input.request.policy = static_cast<std::size_t>(text.policy);
    }
    QString problem;
    if (const auto limits = readAmounts(text.limits, locale, scenario.currency, false, &problem)) {
        input.request.limits = *limits;
        if (limits->empty()) {
            problems.push_back({kLimitsField, Text::tr("give at least one sum insured")});
        }
    } else {
        problems.push_back({kLimitsField, problem});
    }
    if (const auto deductibles =
            readAmounts(text.deductibles, locale, scenario.currency, true, &problem)) {
        input.request.deductibles = *deductibles;
    } else {
        problems.push_back({kDeductiblesField, problem});
    }
    if (const auto premiums =
            readAmounts(text.premiums, locale, scenario.currency, true, &problem)) {
        input.request.premiums = *premiums;
        const std::size_t limits = input.request.limits.size();
        const std::size_t deductibles = std::max<std::size_t>(1, input.request.deductibles.size());
        if (!premiums->empty() && limits > 0 && premiums->size() != limits * deductibles) {
            problems.push_back(
                {kPremiumsField,
                 Text::tr("give one premium per option: %1 sums insured × %2 deductibles = %3, "
                          "sum insured by sum insured; got %4")
                     .arg(limits)
                     .arg(deductibles)
                     .arg(limits * deductibles)
                     .arg(premiums->size())});
        }
    } else {
        problems.push_back({kPremiumsField, problem});
    }

    QString target = text.target.trimmed();
    const bool percent = target.endsWith(QLatin1Char('%'));
    if (percent) {
        target.chop(1);
    }
    const auto value = readNumber(target, locale, scenario.currency);
    const double share = value ? (percent ? *value / 100 : *value) : 0;
    if (!value || !(share > 0 && share < 1)) {
        problems.push_back(
            {kTargetField,
             Text::tr("must be a share between 0 and 1 (0.01) or a percentage (1 %), got \"%1\"")
                 .arg(text.target.trimmed())});
    } else {
        input.request.target = share;
    }
    return input;
}

} // namespace cr::ui
