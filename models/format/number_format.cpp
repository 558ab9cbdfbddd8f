// Digit grouping and decimal marks for English and German.
#include "format/number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace cr {

std::optional<Language> languageFromCode(std::string_view code) {
    const std::string_view two = code.substr(0, 2);
    if (two == "en" && (code.size() == 2 || code[2] == '_' || code[2] == '-' || code[2] == '.')) {
        return Language::English;
    }
    if (two == "de" && (code.size() == 2 || code[2] == '_' || code[2] == '-' || code[2] == '.')) {
        return Language::German;
    }
    return std::nullopt;
}

std::string formatNumber(double value, int decimals, Language language) {
    if (!std::isfinite(value)) {
        return std::isnan(value) ? "n/a" : (value > 0 ? "∞" : "-∞");
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string digits(buffer);
    std::string fraction;
    if (const auto dot = digits.find('.'); dot != std::string::npos) {
        fraction = digits.substr(dot + 1);
        digits.resize(dot);
    }
    const char group = language == Language::German ? '.' : ',';
    const char decimal = language == Language::German ? ',' : '.';
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += group;
        }
        out += digits[i];
    }
    if (!fraction.empty()) {
        out += decimal;
        out += fraction;
    }
    // No "-0" after rounding.
    const bool negative = value < 0 && out.find_first_not_of("0.,") != std::string::npos;
    return negative ? "-" + out : out;
}

std::string currencySymbol(std::string_view code) {
    if (code == "EUR") {
        return "€";
    }
    if (code == "USD") {
        return "$";
    }
    if (code == "GBP") {
        return "£";
    }
    return std::string(code);
}

std::string formatMoney(double amount, std::string_view currencyCode, Language language,
                        int decimals) {
    const std::string symbol = currencySymbol(currencyCode);
    std::string number = formatNumber(amount, decimals, language);
    if (language == Language::German) {
        return number + " " + symbol;
    }
    const bool negative = !number.empty() && number[0] == '-';
    if (negative) {
        number.erase(0, 1);
    }
    const bool isCode = symbol.size() == 3 && symbol == currencyCode;
    return (negative ? "-" : "") + symbol + (isCode ? " " : "") + number;
}

std::string formatPercent(double probability, Language language) {
    if (!std::isfinite(probability)) {
        return "n/a";
    }
    const double percent = probability * 100.0;
    int decimals = 1;
    if (percent == 0.0 || percent == 100.0) {
        decimals = 0;
    } else if (percent < 1.0) {
        // Two significant digits: 0.49 %, 0.049 %, 0.0012 %.
        decimals = std::max(2, 1 - static_cast<int>(std::floor(std::log10(percent))));
    } else if (percent < 10.0) {
        decimals = 2;
    }
    return formatNumber(percent, decimals, language) + " %";
}

} // namespace cr
