// DecisionPage: the run row, launching an analysis and the out-of-date notice.
#include "decision/decision_page.h"

#include "document/scenario_document.h"
#include "main/problems_text.h"
#include "main/settings.h"

#include "format/scenario_json.h"
#include "scenario/validate.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace cr::ui {

DecisionPage::DecisionPage(ScenarioDocument* document, const QString& intro, QWidget* parent)
    : QWidget(parent), m_document(document), m_job(new DecisionJob(this)),
      m_run(new QPushButton(tr("&Run analysis"), this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_status(new QLabel(this)),
      m_outOfDate(new QLabel(this)), m_inputs(new QVBoxLayout), m_results(new QVBoxLayout) {
    m_run->setObjectName(QStringLiteral("runAnalysis"));
    m_cancel->setObjectName(QStringLiteral("cancelAnalysis"));
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    m_outOfDate->setObjectName(QStringLiteral("outOfDate"));
    m_bar->setRange(0, 1000);
    m_bar->setMinimumWidth(200);
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outOfDate->setWordWrap(true);
    m_outOfDate->setText(tr("The scenario has changed since these results were computed: they "
                            "are out of date. Run the analysis again."));
    m_outOfDate->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b040; padding: 4px; }"));
    m_outOfDate->setVisible(false);

    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_run);
    row->addWidget(m_bar);
    row->addWidget(m_cancel);
    row->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(m_inputs);
    layout->addLayout(row);
    layout->addWidget(m_outOfDate);
    layout->addLayout(m_results, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { startAnalysis(); });
    connect(m_cancel, &QPushButton::clicked, m_job, &DecisionJob::cancel);
    connect(m_job, &DecisionJob::progressed, this, [this](double fraction, int run, int runs) {
        m_bar->setValue(static_cast<int>(std::lround(fraction * 1000)));
        setStatus(runs > 1 ? tr("Run %1 of %2…").arg(run).arg(runs) : tr("Simulating…"));
    });
    const auto ended = [this] {
        m_run->setEnabled(true);
        m_bar->setVisible(false);
        m_cancel->setVisible(false);
        emit analysisEnded();
    };
    connect(m_job, &DecisionJob::finished, this, [this, ended] {
        m_resultScenario = std::move(m_pendingScenario);
        m_resultText = std::move(m_pendingText);
        m_hasResult = true;
        if (m_done) {
            m_done();
        }
        updateOutOfDate();
        ended();
        emit analysisFinished();
    });
    connect(m_job, &DecisionJob::cancelled, this, [this, ended] {
        setStatus(m_hasResult ? tr("Cancelled; the results below are from the last finished "
                                   "analysis.")
                              : tr("Cancelled."));
        ended();
    });
    connect(m_job, &DecisionJob::failed, this, [this, ended](const QString& message) {
        setStatus(tr("The analysis failed: %1").arg(message), true);
        ended();
    });
    connect(document, &ScenarioDocument::changed, this, &DecisionPage::updateOutOfDate);
}

const Scenario& DecisionPage::scenario() const {
    return m_document->scenario();
}

bool DecisionPage::resultIsFor(const Scenario& scenario) const {
    return m_hasResult && writeScenario(scenario) == m_resultText;
}

bool DecisionPage::isOutOfDate() const {
    return m_hasResult && !resultIsFor(scenario());
}

void DecisionPage::updateOutOfDate() {
    m_outOfDate->setVisible(isOutOfDate());
}

void DecisionPage::setStatus(const QString& text, bool problem) {
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

bool DecisionPage::launch(DecisionJob::Work work, int runs, std::function<void()> done) {
    if (m_job->isRunning()) {
        return false;
    }
    const Problems problems = validateScenario(scenario());
    if (!problems.empty()) {
        setStatus(tr("The scenario cannot run yet:\n%1").arg(problemsText(InputError(problems))),
                  true);
        return false;
    }
    m_pendingScenario = scenario();
    m_pendingText = writeScenario(m_pendingScenario);
    m_done = std::move(done);
    const auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const std::uint64_t iterations = m_pendingScenario.simulation.iterations;
    const std::uint64_t seed = m_pendingScenario.simulation.seed;
    const auto shown = m_done;
    m_done = [this, shown, clock, iterations, seed] {
        shown();
        setStatus(
            tr("Done: %1 iterations per run, seed %2, %3 s.")
                .arg(QLocale().toString(static_cast<qulonglong>(iterations)))
                .arg(seed)
                .arg(QLocale().toString(static_cast<double>(clock->elapsed()) / 1000, 'f', 1)));
    };
    m_run->setEnabled(false);
    m_bar->setValue(0);
    m_bar->setVisible(true);
    m_cancel->setVisible(true);
    setStatus(tr("Starting…"));
    const unsigned threads = static_cast<unsigned>(AppSettings::load().threads);
    return m_job->start(std::move(work), iterations, seed, threads, runs);
}

} // namespace cr::ui
