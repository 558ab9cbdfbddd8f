// Settings: the round trip through QSettings under the shared keys, out-of-range values, and
// the dialog's fields.
#include "workspace_test_support.h"

#include "main/settings.h"
#include "main/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>

namespace cr::ui {
namespace {

class Settings : public test::WorkspaceTest {};

TEST_F(Settings, DefaultsWhenNothingIsStored) {
    const AppSettings settings = AppSettings::load();
    EXPECT_FALSE(settings.iterations.has_value());
    EXPECT_EQ(settings.threads, 0);
    EXPECT_EQ(settings.language, QStringLiteral("system"));
    EXPECT_EQ(settings.currency, QStringLiteral("EUR"));
}

TEST_F(Settings, RoundTripUnderTheSharedKeys) {
    AppSettings settings;
    settings.iterations = 250000;
    settings.threads = 3;
    settings.language = QStringLiteral("de");
    settings.currency = QStringLiteral("CHF");
    settings.save();

    // Other parts of the program read these keys directly.
    QSettings raw(QStringLiteral("ChangeRisk"), QStringLiteral("ChangeRisk"));
    EXPECT_EQ(raw.value(QStringLiteral("run/iterations")).toULongLong(), 250000u);
    EXPECT_EQ(raw.value(QStringLiteral("run/threads")).toInt(), 3);
    EXPECT_EQ(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    EXPECT_EQ(raw.value(QStringLiteral("ui/currency")).toString(), QStringLiteral("CHF"));

    const AppSettings back = AppSettings::load();
    EXPECT_EQ(back.iterations, std::optional<std::uint64_t>(250000));
    EXPECT_EQ(back.threads, 3);
    EXPECT_EQ(back.language, QStringLiteral("de"));
    EXPECT_EQ(back.currency, QStringLiteral("CHF"));

    // "The scenario's own" iterations again: the key goes away.
    settings.iterations.reset();
    settings.save();
    EXPECT_FALSE(AppSettings::load().iterations.has_value());
    QSettings again(QStringLiteral("ChangeRisk"), QStringLiteral("ChangeRisk"));
    EXPECT_FALSE(again.contains(QStringLiteral("run/iterations")));
}

TEST_F(Settings, ValuesOutOfRangeFallBackToTheDefaults) {
    {
        QSettings raw(QStringLiteral("ChangeRisk"), QStringLiteral("ChangeRisk"));
        raw.setValue(QStringLiteral("run/iterations"), 0);
        raw.setValue(QStringLiteral("run/threads"), -2);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        raw.setValue(QStringLiteral("ui/currency"), QStringLiteral("euro"));
    }
    const AppSettings settings = AppSettings::load();
    EXPECT_FALSE(settings.iterations.has_value());
    EXPECT_EQ(settings.threads, 0);
    EXPECT_EQ(settings.language, QStringLiteral("system"));
    EXPECT_EQ(settings.currency, QStringLiteral("EUR"));
    QSettings raw(QStringLiteral("ChangeRisk"), QStringLiteral("ChangeRisk"));
    raw.setValue(QStringLiteral("run/iterations"), 100'000'001); // above FORMAT.md's maximum
    EXPECT_FALSE(AppSettings::load().iterations.has_value());
}

TEST_F(Settings, DialogShowsAndReturnsTheValues) {
    AppSettings settings;
    settings.iterations = 50000;
    settings.threads = 2;
    settings.language = QStringLiteral("en");
    settings.currency = QStringLiteral("GBP");
    SettingsDialog dialog(settings);
    auto* iterations = dialog.findChild<QSpinBox*>(QStringLiteral("iterations"));
    auto* own = dialog.findChild<QCheckBox*>(QStringLiteral("ownIterations"));
    auto* threads = dialog.findChild<QSpinBox*>(QStringLiteral("threads"));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    auto* currency = dialog.findChild<QComboBox*>(QStringLiteral("currency"));
    ASSERT_TRUE(iterations && own && threads && language && currency);
    EXPECT_EQ(iterations->value(), 50000);
    EXPECT_FALSE(own->isChecked());
    EXPECT_EQ(threads->value(), 2);
    EXPECT_EQ(language->currentData().toString(), QStringLiteral("en"));
    EXPECT_EQ(currency->currentText(), QStringLiteral("GBP"));

    own->setChecked(true);
    EXPECT_FALSE(iterations->isEnabled());
    threads->setValue(0);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    currency->setCurrentText(QStringLiteral("usd"));
    const AppSettings out = dialog.settings();
    EXPECT_FALSE(out.iterations.has_value());
    EXPECT_EQ(out.threads, 0);
    EXPECT_EQ(out.language, QStringLiteral("de"));
    EXPECT_EQ(out.currency, QStringLiteral("USD"));
}

} // namespace
} // namespace cr::ui
