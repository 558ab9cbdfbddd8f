// The report's own word table, English and German (GLOSSARY.md), looked up by key.
//
// The report's language is chosen per report (`--lang`, the export dialog), independently of
// the program's UI language, so its words cannot come from the installed QTranslator: they
// live here, both languages side by side, where a reviewer can read them against the glossary.
#pragma once

#include "format/number_format.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace cr::report {

class Words {
public:
    explicit Words(Language language) : m_language(language) {}
    // The text for `key`; throws std::out_of_range for an unknown key (a programming error
    // that the report tests, which render every section in both languages, would show).
    QString operator()(std::string_view key) const;
    Language language() const { return m_language; }

    // Every key in the table (for tests).
    static std::vector<std::string_view> keys();

private:
    Language m_language;
};

// A safeguard variant's name in `language` for ReportDecisions::safeguards, by the id of
// models/decision/safeguards.h ("canary", ...; "as-planned" for the scenario as it is); the id
// itself when the table has no word for it.
std::string safeguardName(std::string_view id, Language language);

} // namespace cr::report
