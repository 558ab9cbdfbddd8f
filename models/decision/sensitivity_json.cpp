// Writing a sensitivity analysis as JSON.
#include "decision/sensitivity_json.h"

#include <cmath>

namespace cr {

namespace {

using ojson = nlohmann::ordered_json;

ojson number(double x) {
    return std::isfinite(x) ? ojson(x) : ojson(nullptr);
}

} // namespace

ojson sensitivityDocument(const Scenario& scenario, const std::string& scenarioSha256,
                          const SensitivityResult& result) {
    ojson doc;
    doc["format"] = kSensitivityFormat;
    doc["version"] = kSensitivityVersion;
    doc["scenario_name"] = scenario.name;
    doc["scenario_sha256"] = scenarioSha256;
    doc["iterations"] = result.iterations;
    doc["seed"] = result.seed;
    doc["currency"] = scenario.currency;
    doc["expected_total_loss"] = number(result.expectedTotalLoss);
    doc["expected_uninsured"] = number(result.expectedUninsured);
    ojson tornado = ojson::array();
    for (const TornadoBar& b : result.tornado) {
        ojson j;
        j["input"] = b.input;
        j["distribution"] = b.description;
        j["p10"] = number(b.low);
        j["p90"] = number(b.high);
        j["total_loss_at_p10"] = number(b.totalLossAtLow);
        j["total_loss_at_p90"] = number(b.totalLossAtHigh);
        j["total_loss_swing"] = number(b.totalLossSwing());
        j["uninsured_at_p10"] = number(b.uninsuredAtLow);
        j["uninsured_at_p90"] = number(b.uninsuredAtHigh);
        j["uninsured_swing"] = number(b.uninsuredSwing());
        tornado.push_back(std::move(j));
    }
    doc["tornado"] = std::move(tornado);
    ojson importance = ojson::array();
    for (const InputImportance& i : result.importance) {
        ojson j;
        j["input"] = i.input;
        j["spearman"] = i.spearman ? number(*i.spearman) : ojson(nullptr);
        j["iterations_drawn"] = i.iterationsDrawn;
        importance.push_back(std::move(j));
    }
    doc["importance"] = std::move(importance);
    return doc;
}

} // namespace cr
