// The program's settings in QSettings (organisation and application "ChangeRisk"): the keys are
// shared with other parts of the program, so they are spelled out here once.
#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

class QSettings;

namespace cr::ui {

inline constexpr const char* kSettingsOrganisation = "ChangeRisk";
inline constexpr const char* kSettingsApplication = "ChangeRisk";
inline constexpr const char* kIterationsKey = "run/iterations"; // uint; missing = the scenario's
inline constexpr const char* kThreadsKey = "run/threads";       // int; 0 = all cores
inline constexpr const char* kLanguageKey = "ui/language";      // "system" | "en" | "de"
inline constexpr const char* kCurrencyKey = "ui/currency";      // ISO code for new assessments

struct AppSettings {
    std::optional<std::uint64_t> iterations; // default for new assessments; none = template's
    int threads = 0;
    QString language = QStringLiteral("system");
    QString currency = QStringLiteral("EUR");

    // Reads the settings; values out of range fall back to the defaults above.
    static AppSettings load();
    void save() const;
};

// The settings file of the program (not QCoreApplication's names, which tests leave unset).
std::unique_ptr<QSettings> programSettings();

} // namespace cr::ui
