// ResultsPage: lays out the heading, key figures and chart and fills them from one outcome.
#include "charts/results_page.h"

#include "charts/key_figures.h"
#include "charts/loss_exceedance_chart.h"
#include "document/ui_language.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cr::ui {

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_runInfo(new QLabel(this)),
      m_figures(new KeyFigures(this)), m_chart(new LossExceedanceChart(this)) {
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_runInfo->setObjectName(QStringLiteral("runInfo"));
    m_runInfo->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_runInfo);
    layout->addWidget(m_figures);
    layout->addWidget(m_chart, 1);
    clear();
}

void ResultsPage::clear() {
    m_heading->setText(tr("No results yet"));
    m_runInfo->setText(tr("Run the simulation (F5) to see what the change may cost and what the "
                          "insurance pays."));
    m_figures->clear();
    m_chart->clear();
    m_chart->hide();
}

void ResultsPage::showOutcome(const std::shared_ptr<const RunOutcome>& outcome) {
    if (!outcome) {
        clear();
        return;
    }
    const Language language = uiLanguage();
    const auto& doc = outcome->document;
    m_heading->setText(QString::fromStdString(outcome->scenario.name));
    const QLocale locale;
    m_runInfo->setText(tr("%1 simulated outcomes, seed %2, %3 s on %4 threads. Amounts in %5.")
                           .arg(locale.toString(
                               static_cast<qulonglong>(doc.at("iterations").get<std::uint64_t>())))
                           .arg(doc.at("seed").get<std::uint64_t>())
                           .arg(locale.toString(doc.at("elapsed_seconds").get<double>(), 'f', 2))
                           .arg(doc.at("threads").get<unsigned>())
                           .arg(QString::fromStdString(outcome->scenario.currency)));
    m_figures->setResult(outcome->scenario, doc, language);
    m_chart->setResult(outcome->scenario, doc, language);
    m_chart->show();
}

} // namespace cr::ui
