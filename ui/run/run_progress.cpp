// RunProgress: follows a SimulationJob's signals; hidden when no run is going.
#include "run/run_progress.h"

#include "run/simulation_job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace cr::ui {

namespace {

// Percent steps the bar shows; QProgressBar's int range cannot hold 100,000,000 safely scaled.
constexpr int kBarSteps = 1000;

QString etaText(double seconds) {
    if (seconds < 0 || !std::isfinite(seconds)) {
        return QCoreApplication::translate("RunProgress", "estimating…");
    }
    const auto s = static_cast<qint64>(std::ceil(seconds));
    if (s < 60) {
        // A plain int argument: lupdate 6.4 misses a translate() call holding a static_cast.
        const int n = static_cast<int>(s);
        return QCoreApplication::translate("RunProgress", "%n s left", nullptr, n);
    }
    return QCoreApplication::translate("RunProgress", "%1 min %2 s left")
        .arg(s / 60)
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunProgress::RunProgress(SimulationJob* job, QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_rate(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel (Esc)"), this)) {
    m_bar->setRange(0, kBarSteps);
    m_bar->setMinimumWidth(220);
    m_rate->setObjectName(QStringLiteral("runRate"));
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Simulating:"), this));
    layout->addWidget(m_bar);
    layout->addWidget(m_rate);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QPushButton::clicked, job, &SimulationJob::cancel);
    connect(job, &SimulationJob::started, this, [this] {
        m_bar->setValue(0);
        m_rate->setText(tr("starting…"));
        show();
    });
    connect(job, &SimulationJob::progressed, this, &RunProgress::onProgress);
    connect(job, &SimulationJob::finished, this, &QWidget::hide);
    connect(job, &SimulationJob::cancelled, this, &QWidget::hide);
    connect(job, &SimulationJob::failed, this, &QWidget::hide);
}

QString RunProgress::rateText() const {
    return m_rate->text();
}

void RunProgress::onProgress(quint64 done, quint64 total, double rate, double eta) {
    const double fraction = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0;
    m_bar->setValue(static_cast<int>(fraction * kBarSteps));
    m_rate->setText(
        tr("%1 iterations/s, %2").arg(QLocale().toString(std::round(rate), 'f', 0), etaText(eta)));
}

} // namespace cr::ui
