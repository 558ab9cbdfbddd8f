// Numbers, money and distributions written out for the report in English or German.
//
// Tables show whole currency units (formatMoney); prose rounds to two significant figures so
// that a reader is not misled about the precision of an estimate.
#pragma once

#include "distributions/distribution.h"
#include "format/number_format.h"

#include <string>
#include <string_view>

namespace cr::report {

// What an input's number means: decides the unit written after it.
enum class Unit { Plain, Money, Hours, Minutes, Share, Count };

// x rounded to `digits` significant figures (0 stays 0).
double roundSignificant(double x, int digits);

// A number with up to `digits` significant figures, trailing zeros dropped, grouped for the
// language: 0.25, 1,500 / 0,25, 1.500.
std::string plainNumber(double x, Language language, int digits = 4);

// Money for prose: two significant figures ("€84,000" / "84.000 €").
std::string proseMoney(double amount, std::string_view currency, Language language);

// "1 in 200" / "1 zu 200" for a probability, N rounded to two significant figures; empty when
// the probability is 0 or above 1/2 (then a percentage reads better).
std::string oneIn(double probability, Language language);

// A single value with its unit: "€150", "0.75 h", "20 min", "10 %", "2,000".
std::string valueText(double x, Unit unit, std::string_view currency, Language language);

// A distribution in words with its unit: "PERT 0.25 / 0.75 / 3 h",
// "lognormal, 90 % between €2,000 and €40,000", "beta(2, 30), mean 6.25 %".
std::string describeDistribution(const Distribution& d, Unit unit, std::string_view currency,
                                 Language language);

// An ISO date (YYYY-MM-DD) written out: "28 November 2026" / "28. November 2026"; the text
// itself when it is no such date.
std::string longDate(const std::string& isoDate, Language language);

} // namespace cr::report
