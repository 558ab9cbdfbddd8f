// SettingsDialog: a form over AppSettings; the caller saves what it returns.
#include "main/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace cr::ui {

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_ownIterations(new QCheckBox(tr("Use the template's own number"), this)),
      m_iterations(new QSpinBox(this)), m_threads(new QSpinBox(this)),
      m_language(new QComboBox(this)), m_currency(new QComboBox(this)) {
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    // A spin box holds an int: 100,000,000 (FORMAT.md's maximum) fits.
    m_iterations->setRange(1, 100'000'000);
    m_iterations->setSingleStep(10'000);
    m_iterations->setGroupSeparatorShown(true);
    m_iterations->setValue(settings.iterations ? static_cast<int>(*settings.iterations) : 100'000);
    m_iterations->setObjectName(QStringLiteral("iterations"));
    m_ownIterations->setChecked(!settings.iterations);
    m_ownIterations->setObjectName(QStringLiteral("ownIterations"));
    m_iterations->setEnabled(settings.iterations.has_value());
    connect(m_ownIterations, &QCheckBox::toggled, m_iterations, &QWidget::setDisabled);

    m_threads->setRange(0, 1024);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(settings.threads);
    m_threads->setObjectName(QStringLiteral("threads"));

    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_language->setObjectName(QStringLiteral("language"));

    // Common codes to pick from; any other ISO 4217 code can be typed.
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("CHF"), QStringLiteral("GBP"),
                          QStringLiteral("USD")});
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Z]{3}")), m_currency));
    m_currency->setCurrentText(settings.currency);
    m_currency->setObjectName(QStringLiteral("currency"));

    auto* form = new QFormLayout;
    form->addRow(tr("Iterations for new assessments:"), m_iterations);
    form->addRow(QString(), m_ownIterations);
    form->addRow(tr("Threads for a run:"), m_threads);
    form->addRow(tr("Language:"), m_language);
    auto* restart =
        new QLabel(tr("A new language takes effect when ChangeRisk is started again."), this);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    form->addRow(tr("Currency for new blank assessments:"), m_currency);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const {
    AppSettings result;
    if (!m_ownIterations->isChecked()) {
        result.iterations = static_cast<std::uint64_t>(m_iterations->value());
    }
    result.threads = m_threads->value();
    result.language = m_language->currentData().toString();
    const QString currency = m_currency->currentText().trimmed().toUpper();
    result.currency = currency.size() == 3 ? currency : QStringLiteral("EUR");
    return result;
}

} // namespace cr::ui
