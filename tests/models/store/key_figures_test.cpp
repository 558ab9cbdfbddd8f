// Key figures taken from a result document (FORMAT.md paths), including the shortfall choice.
#include "store/runs.h"

#include <gtest/gtest.h>

namespace cr {
namespace {

using Json = nlohmann::ordered_json;

Json series(double mean, double p99, double pNonzero) {
    return {{"mean", mean}, {"quantiles", {{"0.5", 1.0}, {"0.99", p99}}}, {"p_nonzero", pNonzero}};
}

Json document() {
    Json r;
    r["series"]["total_loss"] = series(12345.5, 250000.0, 0.3);
    r["series"]["insurance_paid"] = series(8000.25, 1.0, 0.2);
    r["series"]["uninsured"] = series(4345.25, 1.0, 0.3);
    return r;
}

TEST(KeyFigures, ReadFromTheSeriesFormatNames) {
    const RunFigures k = keyFiguresOf(document());
    EXPECT_EQ(k.meanTotalLoss, 12345.5);
    EXPECT_EQ(k.p99TotalLoss, 250000.0);
    EXPECT_EQ(k.meanInsurancePaid, 8000.25);
    EXPECT_EQ(k.meanUninsured, 4345.25);
    EXPECT_FALSE(k.shortfallProbability.has_value()); // no policy, no shortfall
}

TEST(KeyFigures, ShortfallIsTheLargestPolicyShortfallProbability) {
    Json r = document();
    r["series"]["policy.it-liability.shortfall"] = series(10, 20, 0.02);
    r["series"]["policy.cyber.shortfall"] = series(10, 20, 0.05);
    r["series"]["policy.cyber.paid"] = series(10, 20, 0.9);         // not a shortfall series
    r["series"]["category.policy.shortfall"] = series(10, 20, 0.7); // nor this
    EXPECT_EQ(keyFiguresOf(r).shortfallProbability, 0.05);
}

TEST(KeyFigures, NullStatisticsStayEmpty) {
    Json r = document();
    r["series"]["total_loss"]["mean"] = nullptr;
    r["series"]["total_loss"]["quantiles"]["0.99"] = nullptr;
    r["series"]["policy.a.shortfall"] = series(0, 0, 0);
    r["series"]["policy.a.shortfall"]["p_nonzero"] = nullptr;
    r["series"]["policy.b.shortfall"] = series(0, 0, 0.125);
    const RunFigures k = keyFiguresOf(r);
    EXPECT_FALSE(k.meanTotalLoss.has_value());
    EXPECT_FALSE(k.p99TotalLoss.has_value());
    EXPECT_EQ(k.shortfallProbability, 0.125);
}

TEST(KeyFigures, MissingSeriesIsNamedByItsPointer) {
    Json r = document();
    r["series"].erase("uninsured");
    try {
        keyFiguresOf(r);
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_STREQ(e.what(), "/series/uninsured: missing");
    }
    Json q = document();
    q["series"]["total_loss"]["quantiles"]["0.99"] = "high";
    try {
        keyFiguresOf(q);
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_STREQ(e.what(), "/series/total_loss/quantiles/0.99: must be a number or null");
    }
}

} // namespace
} // namespace cr
