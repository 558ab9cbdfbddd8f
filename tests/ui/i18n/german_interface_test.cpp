// The German interface: the language choice, the translators, real widget texts of the main
// window in German and back in English, German figures, and the templates' texts in both
// languages.
#include "main/main_window.h"
#include "main/template_locator.h"
#include "main/template_texts.h"
#include "main/translation.h"

#include "document/ui_language.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

namespace {

using cr::ui::installTranslations;
using cr::ui::interfaceLocale;

// Every test leaves the application as the test main set it up: English, en_US figures.
class GermanInterface : public ::testing::Test {
protected:
    void TearDown() override {
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QStringList menuTitles(const cr::ui::MainWindow& window) {
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

QStringList tabTexts(const cr::ui::MainWindow& window) {
    const auto* tabs = window.findChild<QTabWidget*>();
    QStringList texts;
    for (int i = 0; tabs != nullptr && i < tabs->count(); ++i) {
        texts << tabs->tabText(i);
    }
    return texts;
}

QStringList assetGroupHeaders(const cr::ui::MainWindow& window) {
    const auto* table = window.page(QStringLiteral("environment"))->findChild<QTableView*>();
    QStringList headers;
    for (int c = 0; table != nullptr && c < table->model()->columnCount(); ++c) {
        headers << table->model()->headerData(c, Qt::Horizontal).toString();
    }
    return headers;
}

TEST(InterfaceLocale, SettingAndSystemLocalePickTheLanguage) {
    const QLocale austria(QLocale::German, QLocale::Austria);
    const QLocale britain(QLocale::English, QLocale::UnitedKingdom);
    const QLocale france(QLocale::French, QLocale::France);
    // "system" follows the system locale; a language not shipped gives English.
    EXPECT_EQ(interfaceLocale(QStringLiteral("system"), austria), austria);
    EXPECT_EQ(interfaceLocale(QStringLiteral("system"), britain), britain);
    EXPECT_EQ(interfaceLocale(QStringLiteral("system"), france),
              QLocale(QLocale::English, QLocale::UnitedStates));
    // An explicit choice wins; the region stays when the language agrees.
    EXPECT_EQ(interfaceLocale(QStringLiteral("de"), france),
              QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(interfaceLocale(QStringLiteral("de"), austria), austria);
    EXPECT_EQ(interfaceLocale(QStringLiteral("en"), austria),
              QLocale(QLocale::English, QLocale::UnitedStates));
    // Unknown values count as "system".
    EXPECT_EQ(interfaceLocale(QStringLiteral("klingon"), austria), austria);
}

TEST_F(GermanInterface, TranslationsAreFoundInTheBuildTree) {
    const QString dir = cr::ui::translationsDir();
    ASSERT_FALSE(dir.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(dir + QStringLiteral("/changerisk_de.qm")));
    EXPECT_TRUE(QFileInfo::exists(dir + QStringLiteral("/changerisk_en.qm")));
}

TEST_F(GermanInterface, MainWindowSpeaksGermanAndEnglishAgain) {
    ASSERT_EQ(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    {
        cr::ui::MainWindow window;
        ASSERT_TRUE(window.openTemplate(QStringLiteral("isp-router-reset")));
        const QStringList menus = menuTitles(window);
        EXPECT_TRUE(menus.contains(QStringLiteral("&Datei"))) << menus.join(',').toStdString();
        EXPECT_TRUE(menus.contains(QStringLiteral("&Bearbeiten")));
        EXPECT_TRUE(menus.contains(QStringLiteral("&Hilfe")));
        EXPECT_FALSE(menus.contains(QStringLiteral("&File")));
        const QStringList tabs = tabTexts(window);
        EXPECT_TRUE(tabs.contains(QStringLiteral("&Umgebung"))) << tabs.join(',').toStdString();
        EXPECT_TRUE(tabs.contains(QStringLiteral("&Ergebnisse")));
        // Table headers come from a QT_TRANSLATE_NOOP table: its context must match tr()'s.
        const QStringList headers = assetGroupHeaders(window);
        EXPECT_TRUE(headers.contains(QStringLiteral("Systemgruppe")))
            << headers.join(',').toStdString();
        EXPECT_TRUE(headers.contains(QStringLiteral("Wiederbeschaffungskosten")));
        // Figures follow the interface language.
        EXPECT_EQ(cr::ui::uiLanguage(), cr::Language::German);
        EXPECT_EQ(QLocale().toString(1234567.5, 'f', 1), QStringLiteral("1.234.567,5"));
    }
    ASSERT_EQ(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    cr::ui::MainWindow window;
    const QStringList menus = menuTitles(window);
    EXPECT_TRUE(menus.contains(QStringLiteral("&File"))) << menus.join(',').toStdString();
    EXPECT_TRUE(tabTexts(window).contains(QStringLiteral("&Environment")));
    EXPECT_TRUE(assetGroupHeaders(window).contains(QStringLiteral("Replacement cost")));
    EXPECT_EQ(cr::ui::uiLanguage(), cr::Language::English);
}

TEST_F(GermanInterface, QtsOwnDialogTextsAreGerman) {
    // qtbase_de.qm (qt6-translations-l10n) translates the standard buttons.
    installTranslations(QStringLiteral("de"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

TEST_F(GermanInterface, PluralFormsInBothLanguages) {
    installTranslations(QStringLiteral("de"));
    EXPECT_EQ(QCoreApplication::translate("RunProgress", "%n s left", nullptr, 1),
              QStringLiteral("noch 1 s"));
    installTranslations(QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("RunProgress", "%n s left", nullptr, 7),
              QStringLiteral("7 s left"));
}

TEST_F(GermanInterface, EveryShippedTemplateHasTextsInBothLanguages) {
    QStringList withTexts = cr::ui::templatesWithTexts();
    withTexts.sort();
    EXPECT_EQ(withTexts, cr::ui::templateNames()) << "a template in resources/templates lacks "
                                                     "its title and description in "
                                                     "ui/main/template_texts.cpp";
    for (const QString& name : cr::ui::templateNames()) {
        installTranslations(QStringLiteral("en"));
        const cr::ui::TemplateText english = cr::ui::templateText(name);
        installTranslations(QStringLiteral("de"));
        const cr::ui::TemplateText german = cr::ui::templateText(name);
        EXPECT_FALSE(english.title.isEmpty()) << name.toStdString();
        EXPECT_FALSE(english.description.isEmpty()) << name.toStdString();
        EXPECT_NE(german.title, english.title) << name.toStdString();
        EXPECT_NE(german.description, english.description) << name.toStdString();
    }
    installTranslations(QStringLiteral("de"));
    EXPECT_EQ(cr::ui::templateText(QStringLiteral("webshop-deployment")).title,
              QStringLiteral("Webshop-Release"));
    // A user's own file in the folder: its name, no description.
    EXPECT_EQ(cr::ui::templateText(QStringLiteral("my-own")).title, QStringLiteral("my-own"));
    EXPECT_TRUE(cr::ui::templateText(QStringLiteral("my-own")).description.isEmpty());
}

} // namespace
