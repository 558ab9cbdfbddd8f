// English and German wording of the summary; German as a broker says it (GLOSSARY.md).
#include "cli/summary_words.h"

#include <array>
#include <utility>

namespace cr::cli {

namespace {

using Pair = std::pair<std::string_view, std::string_view>;

constexpr std::array<Pair, 12> kCategoriesEn = {{
    {"support", "Support contacts"},
    {"remediation", "Remediation work"},
    {"onsite", "On-site visits"},
    {"hardware", "Hardware"},
    {"overhead", "Incident overhead"},
    {"operator_downtime", "Operator downtime"},
    {"business_interruption", "Business interruption claims"},
    {"data_loss", "Data-loss claims"},
    {"penalties", "SLA credits and penalties"},
    {"defence", "Defence costs"},
    {"rework", "Rework"},
    {"other", "Other"},
}};

constexpr std::array<Pair, 12> kCategoriesDe = {{
    {"support", "Support-Kontakte"},
    {"remediation", "Wiederherstellung"},
    {"onsite", "Vor-Ort-Einsätze"},
    {"hardware", "Hardware"},
    {"overhead", "Störungsmanagement"},
    {"operator_downtime", "Eigene Betriebsunterbrechung"},
    {"business_interruption", "Betriebsunterbrechung (Ansprüche)"},
    {"data_loss", "Datenverlust (Ansprüche)"},
    {"penalties", "SLA-Gutschriften und Entschädigungen"},
    {"defence", "Abwehrkosten"},
    {"rework", "Nachbesserung"},
    {"other", "Sonstiges"},
}};

const SummaryWords kEnglish{
    "{iterations} iterations, seed {seed}, {threads} threads, {seconds} s",
    "Probability of any incident",
    "Expected loss given an incident",
    "1 in 10 incidents costs more than",
    "",
    "expected",
    "1 in 100",
    "1 in 200",
    "TVaR 99 %",
    "P(> 0)",
    "Given an incident",
    "median",
    "1 in 10",
    "Total loss",
    "Insurance paid",
    "Uninsured",
    "Operator net loss",
    "Contractor liability",
    "Contractor net loss",
    "Paid by",
    "Shortfall of",
    "Expected cost by category",
    "gross",
    "insured",
    "Cover",
    "the sum insured per claim is unlimited",
    "a claim exceeds the {limit} sum insured with probability {p}",
    "the annual aggregate of {aggregate} is exhausted with probability {p}",
    "no annual aggregate",
    "No insurance policy in this scenario: every loss is retained.",
    Language::English,
};

const SummaryWords kGerman{
    "{iterations} Iterationen, Startwert {seed}, {threads} Threads, {seconds} s",
    "Wahrscheinlichkeit eines Schadenereignisses",
    "Erwarteter Schaden je Schadenereignis",
    "1 von 10 Schadenereignissen kostet mehr als",
    "",
    "erwartet",
    "1 in 100",
    "1 in 200",
    "TVaR 99 %",
    "P(> 0)",
    "Je Schadenereignis",
    "Median",
    "1 in 10",
    "Gesamtschaden",
    "Versicherungsleistung",
    "Nicht versichert",
    "Nettoschaden Betreiber",
    "Haftung Auftragnehmer",
    "Nettoschaden Auftragnehmer",
    "Leistung",
    "Unterdeckung",
    "Erwartete Kosten nach Kategorie",
    "brutto",
    "versichert",
    "Deckung",
    "die Versicherungssumme je Schaden ist unbegrenzt",
    "ein Schaden übersteigt die Versicherungssumme von {limit} mit Wahrscheinlichkeit {p}",
    "die Jahreshöchstleistung von {aggregate} ist mit Wahrscheinlichkeit {p} erschöpft",
    "keine Jahreshöchstleistung",
    "Keine Versicherung in diesem Szenario: jeder Schaden bleibt beim Träger.",
    Language::German,
};

} // namespace

std::string_view SummaryWords::categoryName(std::string_view jsonName) const {
    const auto& table = language == Language::German ? kCategoriesDe : kCategoriesEn;
    for (const auto& [key, text] : table) {
        if (key == jsonName) {
            return text;
        }
    }
    return jsonName;
}

const SummaryWords& summaryWords(Language language) {
    return language == Language::German ? kGerman : kEnglish;
}

} // namespace cr::cli
