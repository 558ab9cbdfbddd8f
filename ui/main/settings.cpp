// AppSettings: reading with range checks, writing every key.
#include "main/settings.h"

#include <QSettings>
#include <QStringList>

namespace cr::ui {

namespace {

constexpr std::uint64_t kMaxIterations = 100'000'000; // FORMAT.md's upper bound
constexpr int kMaxThreads = 1024;

const QStringList& languages() {
    static const QStringList list{QStringLiteral("system"), QStringLiteral("en"),
                                  QStringLiteral("de")};
    return list;
}

bool isCurrencyCode(const QString& code) {
    if (code.size() != 3) {
        return false;
    }
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z')) {
            return false;
        }
    }
    return true;
}

} // namespace

std::unique_ptr<QSettings> programSettings() {
    return std::make_unique<QSettings>(QString::fromLatin1(kSettingsOrganisation),
                                       QString::fromLatin1(kSettingsApplication));
}

AppSettings AppSettings::load() {
    const auto settings = programSettings();
    AppSettings result;
    bool ok = false;
    const qulonglong iterations =
        settings->value(QString::fromLatin1(kIterationsKey)).toULongLong(&ok);
    if (ok && iterations >= 1 && iterations <= kMaxIterations) {
        result.iterations = iterations;
    }
    const int threads = settings->value(QString::fromLatin1(kThreadsKey), 0).toInt(&ok);
    result.threads = ok && threads >= 0 && threads <= kMaxThreads ? threads : 0;
    const QString language =
        settings->value(QString::fromLatin1(kLanguageKey), result.language).toString();
    result.language = languages().contains(language) ? language : QStringLiteral("system");
    const QString currency =
        settings->value(QString::fromLatin1(kCurrencyKey), result.currency).toString();
    result.currency = isCurrencyCode(currency) ? currency : QStringLiteral("EUR");
    return result;
}

void AppSettings::save() const {
    const auto settings = programSettings();
    if (iterations) {
        settings->setValue(QString::fromLatin1(kIterationsKey),
                           QVariant::fromValue<qulonglong>(*iterations));
    } else {
        settings->remove(QString::fromLatin1(kIterationsKey));
    }
    settings->setValue(QString::fromLatin1(kThreadsKey), threads);
    settings->setValue(QString::fromLatin1(kLanguageKey), language);
    settings->setValue(QString::fromLatin1(kCurrencyKey), currency);
    settings->sync();
}

} // namespace cr::ui
