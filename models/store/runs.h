// Runs: one simulation of one scenario version, with its full result document and the key
// figures indexed for sorting and comparing.
#pragma once

#include "store/workspace.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cr {

// A run's figures copied out of the result document (FORMAT.md) into indexed columns (named
// apart from decision/comparison.h's KeyFigures: both are in namespace cr). A statistic the
// document gives as null (undefined or non-finite) is nullopt.
struct RunFigures {
    std::optional<double> meanTotalLoss;     // series.total_loss.mean
    std::optional<double> p99TotalLoss;      // series.total_loss.quantiles["0.99"]
    std::optional<double> meanInsurancePaid; // series.insurance_paid.mean
    std::optional<double> meanUninsured;     // series.uninsured.mean
    // max over policies of series["policy.<id>.shortfall"].p_nonzero: the probability that the
    // policy most often short falls short. It bounds P(any policy falls short) from below and
    // equals it with one policy (per-series statistics cannot give the union). nullopt when
    // the scenario has no policy.
    std::optional<double> shortfallProbability;
};

struct RunRecord {
    std::int64_t id = 0;
    std::int64_t versionId = 0;
    int versionNumber = 0;
    std::string created; // UTC, ISO 8601
    std::uint64_t iterations = 0;
    std::uint64_t seed = 0;
    int threads = 0;
    std::string programVersion;
    double elapsedSeconds = 0;
    std::string currency;
    RunFigures figures;
};

// Reads the key figures. Throws std::invalid_argument naming the JSON pointer of a missing or
// mistyped value (series.total_loss, series.insurance_paid and series.uninsured must exist).
RunFigures keyFiguresOf(const nlohmann::ordered_json& result);

// Stores a run of the given version: iterations, seed, threads, program_version,
// elapsed_seconds and currency come from the document, which is stored whole.
// Throws WorkspaceError: NotFound (version), InvalidInput (a document without those fields).
RunRecord addRun(Workspace& ws, std::int64_t versionId, const nlohmann::ordered_json& result);

// The assessment's runs, latest first.
std::vector<RunRecord> listRuns(Workspace& ws, std::int64_t assessmentId);
RunRecord runById(Workspace& ws, std::int64_t id);
// The stored result document text. Throws WorkspaceError(NotFound).
std::string runDocument(Workspace& ws, std::int64_t runId);

} // namespace cr
