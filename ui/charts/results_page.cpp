// ResultsPage: lays out heading, key figures and the chart tabs and fills them from one outcome.
#include "charts/results_page.h"

#include "charts/convergence_chart.h"
#include "charts/cost_by_category_chart.h"
#include "charts/key_figures.h"
#include "charts/loss_exceedance_chart.h"
#include "charts/loss_histogram_chart.h"
#include "charts/who_pays_chart.h"
#include "document/ui_language.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cr::ui {

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_runInfo(new QLabel(this)),
      m_figures(new KeyFigures), m_tabs(new QTabWidget), m_chart(new LossExceedanceChart),
      m_categories(new ChartPanel(QStringLiteral("cost-by-category"))),
      m_whoPays(new ChartPanel(QStringLiteral("who-pays"))),
      m_histogram(new ChartPanel(QStringLiteral("loss-given-incident"))),
      m_convergence(new ChartPanel(QStringLiteral("convergence"))) {
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_runInfo->setObjectName(QStringLiteral("runInfo"));
    m_runInfo->setWordWrap(true);

    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_chart, tr("Loss exceedance"));
    m_tabs->addTab(m_categories, tr("Cost by category"));
    m_tabs->addTab(m_whoPays, tr("Who pays"));
    m_tabs->addTab(m_histogram, tr("Loss given an incident"));
    m_tabs->addTab(m_convergence, tr("Convergence"));

    // The figures scroll when a scenario has many policies; the charts keep the rest.
    auto* figuresArea = new QScrollArea;
    figuresArea->setWidget(m_figures);
    figuresArea->setWidgetResizable(true);
    figuresArea->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(figuresArea);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 440});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_runInfo);
    layout->addWidget(splitter, 1);
    m_splitter = splitter;
    clear();
}

void ResultsPage::clear() {
    m_heading->setText(tr("No results yet"));
    m_runInfo->setText(tr("Run the simulation (F5) to see what the change may cost and what the "
                          "insurance pays."));
    m_figures->clear();
    for (ChartPanel* panel :
         {static_cast<ChartPanel*>(m_chart), m_categories, m_whoPays, m_histogram, m_convergence}) {
        panel->clear();
    }
    m_splitter->hide();
    m_outcome.reset();
    emit outcomeChanged();
}

void ResultsPage::showOutcome(const std::shared_ptr<const RunOutcome>& outcome) {
    if (!outcome) {
        clear();
        return;
    }
    const Language language = uiLanguage();
    const auto& doc = outcome->document;
    const Scenario& scenario = outcome->scenario;
    m_heading->setText(QString::fromStdString(scenario.name));
    const QLocale locale;
    m_runInfo->setText(tr("%1 simulated outcomes, seed %2, %3 s on %4 threads. Amounts in %5.")
                           .arg(locale.toString(
                               static_cast<qulonglong>(doc.at("iterations").get<std::uint64_t>())))
                           .arg(doc.at("seed").get<std::uint64_t>())
                           .arg(locale.toString(doc.at("elapsed_seconds").get<double>(), 'f', 2))
                           .arg(doc.at("threads").get<unsigned>())
                           .arg(QString::fromStdString(scenario.currency)));
    m_figures->setResult(scenario, doc, language);
    m_chart->setResult(scenario, doc, language);
    m_categories->setChart(createCostByCategoryChart(scenario, doc, language));
    m_whoPays->setChart(createWhoPaysChart(scenario, doc, language));
    m_histogram->setChart(createLossHistogramChart(scenario, doc, language));
    m_convergence->setChart(createConvergenceChart(scenario, doc, language));
    m_splitter->show();
    m_outcome = outcome;
    emit outcomeChanged();
}

} // namespace cr::ui
