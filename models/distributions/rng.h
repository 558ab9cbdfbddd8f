// xoshiro256++ pseudo-random generator with SplitMix64 seeding, and stream derivation.
//
// Reproducibility rests on this: a chunk of iterations gets its own generator derived from
// (run seed, chunk index), never from the thread that happens to run it.
#pragma once

#include <cstdint>

namespace cr {

class Rng {
public:
    using result_type = std::uint64_t;
    explicit Rng(std::uint64_t seed);
    // Independent stream for work item `stream` of a run seeded with `seed`.
    static Rng forStream(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next();
    result_type operator()() { return next(); }
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type{0}; }

    // Uniform on [0, 1) with 53 random bits.
    double uniform();
    // Uniform on (0, 1): never 0, for logarithms.
    double uniformOpen();
    // Standard normal (Ziggurat) and standard exponential (Ziggurat).
    double normal();
    double exponential();

private:
    friend class RngStreams;
    Rng() = default; // state filled by RngStreams::stream
    std::uint64_t m_s[4];
};

// The streams of one seed, with the seed's share of the hashing done once: stream(s) equals
// Rng::forStream(seed, s) and costs a few nanoseconds, cheap enough for one stream per
// iteration (so that runs which consume different numbers of draws in one iteration line up
// again in the next: common random numbers).
class RngStreams {
public:
    explicit RngStreams(std::uint64_t seed);
    Rng stream(std::uint64_t stream) const;

private:
    std::uint64_t m_seedKey;
    std::uint64_t m_seedWord[4];
};

} // namespace cr
