// Shared by the chart tests: a template run through the engine, kept with its samples so a
// test can compute figures on its own, and small readers for chart series.
#pragma once

#include "../ui_test_support.h"

#include "engine/engine.h"
#include "format/result_json.h"
#include "format/scenario_json.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace cr::test {

struct TemplateRun {
    Scenario scenario;
    nlohmann::ordered_json document;
    std::vector<SampleRow> samples;
};

// Runs template `name` with `iterations` and `seed` on one thread, keeping the samples.
inline TemplateRun runTemplate(const std::string& name, std::uint64_t iterations,
                               std::uint64_t seed = 1) {
    TemplateRun run;
    run.scenario = readScenarioFile(templateFile(name));
    run.scenario.simulation.iterations = iterations;
    run.scenario.simulation.seed = seed;
    RunOptions options;
    options.iterations = iterations;
    options.seed = seed;
    options.threads = 1;
    options.keepSamples = true;
    RunResult result = runSimulation(run.scenario, options);
    run.samples = result.samples;
    run.document = resultDocument(run.scenario, "", result, 1);
    return run;
}

inline double sampleMean(const std::vector<SampleRow>& rows, double SampleRow::*field) {
    double sum = 0;
    for (const SampleRow& r : rows) {
        sum += r.*field;
    }
    return sum / static_cast<double>(rows.size());
}

// Type 7 quantile (Hyndman & Fan), written out: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] −
// x[⌊h⌋]).
inline double sampleQuantile(const std::vector<SampleRow>& rows, double SampleRow::*field,
                             double p) {
    std::vector<double> x;
    for (const SampleRow& r : rows) {
        x.push_back(r.*field);
    }
    std::sort(x.begin(), x.end());
    const double h = (static_cast<double>(x.size()) - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, x.size() - 1);
    return x[lo] + (h - std::floor(h)) * (x[hi] - x[lo]);
}

// Bar values of a (stacked) bar chart by category label, for the bar set named `set`.
inline std::map<QString, double> barValues(const QChart* chart, const QString& set) {
    std::map<QString, double> values;
    for (QAbstractSeries* s : chart->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(s);
        if (!bars) {
            continue;
        }
        QStringList labels;
        for (QAbstractAxis* axis : bars->attachedAxes()) {
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                labels = categories->categories();
            }
        }
        for (QBarSet* barSet : bars->barSets()) {
            if (barSet->objectName() == set) {
                for (int i = 0; i < barSet->count() && i < labels.size(); ++i) {
                    values[labels[i]] = barSet->at(i);
                }
            }
        }
    }
    return values;
}

inline QAbstractSeries* seriesNamed(const QChart* chart, const QString& objectName) {
    for (QAbstractSeries* s : chart->series()) {
        if (s->objectName() == objectName) {
            return s;
        }
    }
    return nullptr;
}

} // namespace cr::test
