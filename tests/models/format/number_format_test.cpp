// Number, money and percent formatting in English and German against hand-written strings.
#include "format/number_format.h"

#include <gtest/gtest.h>

#include <cmath>

namespace cr {
namespace {

TEST(NumberFormat, GroupsThousandsPerLanguage) {
    EXPECT_EQ(formatNumber(1234567.891, 2, Language::English), "1,234,567.89");
    EXPECT_EQ(formatNumber(1234567.891, 2, Language::German), "1.234.567,89");
    EXPECT_EQ(formatNumber(999.5, 0, Language::English), "1,000"); // rounds up into a new group
    EXPECT_EQ(formatNumber(100, 0, Language::German), "100");
    EXPECT_EQ(formatNumber(0, 0, Language::English), "0");
    EXPECT_EQ(formatNumber(-1500, 0, Language::English), "-1,500");
    EXPECT_EQ(formatNumber(-0.2, 0, Language::English), "0"); // no "-0"
    EXPECT_EQ(formatNumber(std::nan(""), 0, Language::English), "n/a");
}

TEST(NumberFormat, MoneyPutsTheSymbolWhereEachLanguageDoes) {
    EXPECT_EQ(formatMoney(1234.56, "EUR", Language::English, 2), "€1,234.56");
    EXPECT_EQ(formatMoney(1234.56, "EUR", Language::German, 2), "1.234,56 €");
    EXPECT_EQ(formatMoney(1000000, "EUR", Language::English), "€1,000,000");
    EXPECT_EQ(formatMoney(1000000, "EUR", Language::German), "1.000.000 €");
    EXPECT_EQ(formatMoney(84000.4, "USD", Language::English), "$84,000");
    EXPECT_EQ(formatMoney(1200, "CHF", Language::English), "CHF 1,200");
    EXPECT_EQ(formatMoney(1200, "CHF", Language::German), "1.200 CHF");
    EXPECT_EQ(formatMoney(-5, "EUR", Language::English), "-€5");
}

TEST(NumberFormat, PercentKeepsTwoSignificantDigitsBelowOnePercent) {
    EXPECT_EQ(formatPercent(0.0049, Language::English), "0.49 %");
    EXPECT_EQ(formatPercent(0.0049, Language::German), "0,49 %");
    EXPECT_EQ(formatPercent(0.00049, Language::English), "0.049 %");
    EXPECT_EQ(formatPercent(0.000012, Language::English), "0.0012 %");
    EXPECT_EQ(formatPercent(0.008, Language::English), "0.80 %");
    EXPECT_EQ(formatPercent(0.0123, Language::English), "1.23 %");
    EXPECT_EQ(formatPercent(0.256, Language::German), "25,6 %");
    EXPECT_EQ(formatPercent(0, Language::English), "0 %");
    EXPECT_EQ(formatPercent(1, Language::English), "100 %");
}

TEST(NumberFormat, LanguageCodes) {
    EXPECT_EQ(languageFromCode("en"), Language::English);
    EXPECT_EQ(languageFromCode("de_DE.UTF-8"), Language::German);
    EXPECT_EQ(languageFromCode("de-AT"), Language::German);
    EXPECT_FALSE(languageFromCode("fr"));
    EXPECT_FALSE(languageFromCode("dex"));
    EXPECT_FALSE(languageFromCode(""));
}

} // namespace
} // namespace cr
