// ReportOptions in QSettings, the options dialog and writing a run's report.
#include "main/report_export.h"

#include "document/ui_language.h"
#include "main/settings.h"

#include "report/report_renderer.h"

#include "changerisk/version.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace cr::ui {

namespace {

QString languageCode(Language language) {
    return language == Language::German ? QStringLiteral("de") : QStringLiteral("en");
}

} // namespace

ReportOptions ReportOptions::load() {
    const auto settings = programSettings();
    ReportOptions options;
    options.client = settings->value(QString::fromLatin1(kReportClientKey)).toString();
    options.preparedBy = settings->value(QString::fromLatin1(kReportPreparedByKey)).toString();
    const auto chosen = languageFromCode(
        settings->value(QString::fromLatin1(kReportLanguageKey)).toString().toStdString());
    options.language = chosen ? *chosen : uiLanguage();
    return options;
}

void ReportOptions::save() const {
    const auto settings = programSettings();
    settings->setValue(QString::fromLatin1(kReportClientKey), client);
    settings->setValue(QString::fromLatin1(kReportPreparedByKey), preparedBy);
    settings->setValue(QString::fromLatin1(kReportLanguageKey), languageCode(language));
    settings->sync();
}

int writeRunReport(const RunOutcome& outcome, const ReportOptions& options, const QString& title,
                   const QString& path, const AddDecisions& addDecisions) {
    report::ReportInput input;
    input.main = {outcome.scenario, outcome.document, outcome.scenario.name};
    input.title = title.toStdString();
    input.client = options.client.trimmed().toStdString();
    input.preparedBy = options.preparedBy.trimmed().toStdString();
    input.date = QDate::currentDate().toString(Qt::ISODate).toStdString();
    input.programVersion = kProgramVersion;
    input.language = options.language;
    if (addDecisions) {
        addDecisions(input);
    }
    return report::writeReport(input, path.toStdString());
}

ReportOptionsDialog::ReportOptionsDialog(const ReportOptions& options, QWidget* parent)
    : QDialog(parent), m_client(new QLineEdit(options.client, this)),
      m_preparedBy(new QLineEdit(options.preparedBy, this)), m_language(new QComboBox(this)) {
    setWindowTitle(tr("Export report (PDF)"));
    setObjectName(QStringLiteral("reportOptions"));
    m_client->setObjectName(QStringLiteral("client"));
    m_client->setPlaceholderText(tr("Who the report is for"));
    m_preparedBy->setObjectName(QStringLiteral("preparedBy"));
    m_preparedBy->setPlaceholderText(tr("Your name or firm"));
    m_language->setObjectName(QStringLiteral("language"));
    // Language names in their own language: a reader picks the one they read.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(m_language->findData(languageCode(options.language)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Prepared &for:"), m_client);
    form->addRow(tr("Prepared &by:"), m_preparedBy);
    form->addRow(tr("Report &language:"), m_language);
    form->addRow(buttons);
}

ReportOptions ReportOptionsDialog::options() const {
    ReportOptions options;
    options.client = m_client->text().trimmed();
    options.preparedBy = m_preparedBy->text().trimmed();
    const auto language = languageFromCode(m_language->currentData().toString().toStdString());
    options.language = language.value_or(Language::English);
    return options;
}

} // namespace cr::ui
