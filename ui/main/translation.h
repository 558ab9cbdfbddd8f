// The interface language: the setting "ui/language" or the system locale picks English or
// German; the matching translators (ours and Qt's own) are installed on the application.
#pragma once

#include <QLocale>
#include <QString>

namespace cr::ui {

// QSettings key of the language setting: "system" (default), "en" or "de".
inline constexpr const char* kLanguageSettingKey = "ui/language";

// The locale the interface uses for `setting` ("system", "en" or "de"; anything else counts as
// "system"). Only English and German are shipped: a system locale in another language gives
// English. An explicit choice keeps the system's country when the language agrees (de_AT stays
// de_AT), so number formats follow the user's region.
QLocale interfaceLocale(const QString& setting, const QLocale& system = QLocale::system());

// The folder holding changerisk_<lang>.qm, in this order: $CHANGERISK_TRANSLATIONS_DIR,
// <exe>/../share/changerisk/translations (installed), the build tree's translations folder,
// /usr/share/changerisk/translations. Empty when none holds changerisk_de.qm.
QString translationsDir();

// Installs the translators for the language chosen by `choice` ("system", "en", "de"; an empty
// choice reads the setting kLanguageSettingKey) and makes its locale the default, so figures
// and dates follow the interface language. Replaces translators an earlier call installed.
// Returns the language in use: "en" or "de". Prints a warning (once) to stderr when German is
// chosen but changerisk_de.qm is missing, and falls back to English.
QString installTranslations(const QString& choice = {});

} // namespace cr::ui
