// Translation loading: which language, where the .qm files are, and installing the translators.
#include "main/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace cr::ui {

namespace {

// The translators currently installed (owned by the application object, so they live as long
// as it does); kept to remove them when the language changes.
QTranslator* g_ours = nullptr;
QTranslator* g_qt = nullptr;

void removeInstalled() {
    for (QTranslator** translator : {&g_ours, &g_qt}) {
        if (*translator != nullptr) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

QTranslator* loadTranslator(const QString& file, const QString& dir) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, dir) && QCoreApplication::installTranslator(translator)) {
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QLocale interfaceLocale(const QString& setting, const QLocale& system) {
    if (setting == QLatin1String("de")) {
        return system.language() == QLocale::German ? system
                                                    : QLocale(QLocale::German, QLocale::Germany);
    }
    if (setting == QLatin1String("en")) {
        return system.language() == QLocale::English
                   ? system
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    }
    // "system": German when the user's languages put German first, else English.
    const QStringList preferred = system.uiLanguages();
    const bool german = preferred.isEmpty()
                            ? system.language() == QLocale::German
                            : QLocale(preferred.front()).language() == QLocale::German;
    if (german) {
        return system.language() == QLocale::German ? system
                                                    : QLocale(QLocale::German, QLocale::Germany);
    }
    return system.language() == QLocale::English ? system
                                                 : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString translationsDir() {
    QStringList candidates;
    candidates << qEnvironmentVariable("CHANGERISK_TRANSLATIONS_DIR");
    candidates << QDir(QCoreApplication::applicationDirPath())
                      .filePath(QStringLiteral("../") + QStringLiteral(CHANGERISK_INSTALL_DATADIR) +
                                QStringLiteral("/translations"));
    candidates << QStringLiteral(CHANGERISK_BUILD_TRANSLATIONS_DIR);
    candidates << QStringLiteral("/usr/") + QStringLiteral(CHANGERISK_INSTALL_DATADIR) +
                      QStringLiteral("/translations");
    for (const QString& dir : candidates) {
        if (!dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/changerisk_de.qm"))) {
            return QDir(dir).canonicalPath();
        }
    }
    return {};
}

QString installTranslations(const QString& choice) {
    const QString setting =
        choice.isEmpty() ? QSettings()
                               .value(QLatin1String(kLanguageSettingKey), QStringLiteral("system"))
                               .toString()
                         : choice;
    removeInstalled();
    QLocale locale = interfaceLocale(setting);
    if (locale.language() == QLocale::German) {
        const QString dir = translationsDir();
        g_ours = dir.isEmpty() ? nullptr : loadTranslator(QStringLiteral("changerisk_de"), dir);
        if (g_ours == nullptr) {
            static bool warned = false;
            if (!warned) {
                std::fputs("changerisk: the German translation (changerisk_de.qm) is missing; "
                           "using English\n",
                           stderr);
                warned = true;
            }
            locale = interfaceLocale(QStringLiteral("en"));
        } else {
            // Qt's own texts (standard buttons, file dialogs); absent when qt6-translations-l10n
            // is not installed, which leaves those few words English.
            g_qt = loadTranslator(QStringLiteral("qtbase_de"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        }
    } else {
        // English source texts; changerisk_en.qm holds only the plural forms.
        const QString dir = translationsDir();
        g_ours = dir.isEmpty() ? nullptr : loadTranslator(QStringLiteral("changerisk_en"), dir);
    }
    QLocale::setDefault(locale);
    return locale.language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

} // namespace cr::ui
