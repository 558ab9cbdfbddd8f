// Numbers, money and probabilities formatted for a language, without the C++ locale.
//
// A fresh Debian has no de_DE locale generated, so std::locale("de_DE.UTF-8") throws; German
// grouping (1.234,56 €) is done here by hand for the CLI and the report.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cr {

enum class Language { English, German };

// "en" / "de" (also "en_GB", "de-AT", ...); nullopt for anything else.
std::optional<Language> languageFromCode(std::string_view code);

// 1234567.891 with 2 decimals: "1,234,567.89" (English) or "1.234.567,89" (German).
std::string formatNumber(double value, int decimals, Language language);

// Whole currency units by default: "€1,234,567" / "1.234.567 €"; "CHF 1,200" / "1.200 CHF".
std::string formatMoney(double amount, std::string_view currencyCode, Language language,
                        int decimals = 0);

// A probability as a percentage: "0.49 %" / "0,49 %". At least two significant digits below
// 1 %, one or two decimals above; "0 %" and "100 %" exactly.
std::string formatPercent(double probability, Language language);

// "€" for EUR, "$" for USD, "£" for GBP; otherwise the code itself.
std::string currencySymbol(std::string_view currencyCode);

} // namespace cr
