// CSV rows with std::to_chars (shortest representation that reads back exactly).
#include "format/samples_csv.h"

#include <charconv>

namespace cr {

namespace {
void appendNumber(double v, std::string& out) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, result.ptr);
}
} // namespace

void appendSamplesCsv(const std::vector<SampleRow>& samples, std::size_t first, std::size_t last,
                      std::string& out) {
    for (std::size_t i = first; i < last && i < samples.size(); ++i) {
        const SampleRow& r = samples[i];
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, i + 1);
        out.append(buffer, result.ptr);
        for (double v : {r.totalLoss, r.insurancePaid, r.uninsured, r.operatorNet,
                         r.contractorLiability, r.contractorNet}) {
            out += ',';
            appendNumber(v, out);
        }
        out += '\n';
    }
}

} // namespace cr
