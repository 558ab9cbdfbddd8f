// The distribution types the DistributionEditor offers, their parameters (named as in
// FORMAT.md), which types suit a quantity, and the conversion between a Distribution and the
// texts of its parameter fields. No widgets here: the editor lays these out.
#pragma once

#include "distributions/distribution.h"
#include "editors/distribution_editor.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cr::ui::kinds {

// One entry of the type chooser. Lognormal appears three times, once per stated form.
enum class Kind {
    Fixed,
    Uniform,
    Triangular,
    Pert,
    Normal,
    LognormalPercentiles,
    LognormalMoments,
    LognormalLog,
    Gamma,
    Beta,
    Pareto,
    Lomax,
    Poisson,
    Binomial,
    NegBinomial,
    Bernoulli,
    Discrete,
};

struct Parameter {
    QString key;   // the JSON key, also what checkParameters reports ("sd", "weights")
    QString help;  // tooltip (translated)
    bool optional; // may be left empty (normal bounds, PERT lambda)
    bool list;     // a list of numbers separated by ";" (discrete values and weights)
};

// The chooser's text ("PERT", "Lognormal (5 %, 95 %)"); the fields show the parameters.
QString label(Kind kind);
std::vector<Parameter> parameters(Kind kind);
// The types offered for a quantity, in the order shown (the most useful first).
std::vector<Kind> offered(DistributionEditor::Quantity quantity);
Kind kindOf(const Distribution& d);

// The field texts for `d` (which must be of `kind`), in the UI locale.
QStringList texts(const Distribution& d);
// Suggested starting fields for `kind` when the user switches to it from `from` (a valid
// value): similar location and spread, inside the quantity's range.
QStringList suggestion(Kind kind, const Distribution& from, DistributionEditor::Quantity quantity);

// The result of reading the fields: a distribution, or the field key and the reason.
struct Reading {
    std::optional<Distribution> value;
    QString field;   // key of the offending field; empty for the whole distribution
    QString message; // untranslated model messages are passed through as they are
};
// Parses the fields, checks the parameters (checkParameters) and the quantity's range.
Reading read(Kind kind, const QStringList& fields, DistributionEditor::Quantity quantity);

// A number in the UI locale with `significant` digits, no exponent for everyday magnitudes.
QString numberText(double value);

} // namespace cr::ui::kinds
