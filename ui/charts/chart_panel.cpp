// ChartPanel: view, export button, context menu and the file dialog.
#include "charts/chart_panel.h"

#include "charts/chart_export.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace cr::ui {

ChartPanel::ChartPanel(const QString& fileStem, QWidget* parent)
    : QWidget(parent), m_fileStem(fileStem), m_view(new QChartView(this)),
      m_exportButton(new QToolButton(this)), m_empty(new QChart) {
    setObjectName(QStringLiteral("chart.") + fileStem);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 240);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addAction(tr("Export chart as PNG or SVG…"), this, &ChartPanel::exportWithDialog)
            ->setEnabled(m_chart != nullptr);
        menu.exec(m_view->mapToGlobal(at));
    });
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save this chart as a PNG picture or an SVG drawing"));
    m_exportButton->setAutoRaise(true);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QToolButton::clicked, this, &ChartPanel::exportWithDialog);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    setChart(nullptr);
}

ChartPanel::~ChartPanel() {
    if (m_chart) {
        delete m_empty; // not in the view's scene
    }
}

void ChartPanel::setChart(QChart* chart) {
    if (chart == m_chart && chart) {
        return;
    }
    QChart* previous = m_chart;
    m_chart = chart;
    // The view releases (does not delete) the chart it showed before.
    m_view->setChart(chart ? chart : m_empty);
    delete previous;
    m_exportButton->setEnabled(m_chart != nullptr);
}

bool ChartPanel::exportTo(const QString& path, QString* error) const {
    if (!m_chart) {
        if (error) {
            *error = tr("There is no chart to export yet.");
        }
        return false;
    }
    const QSize size = m_chart->size().toSize().expandedTo(QSize(320, 240));
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        return exportChartSvg(m_chart, path, size, error);
    }
    return exportChartPng(m_chart, path, size, 2, error);
}

void ChartPanel::exportWithDialog() {
    if (!m_chart) {
        return;
    }
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QDir::home().filePath(m_fileStem + QStringLiteral(".png")),
        tr("PNG picture (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        path += selected.contains(QStringLiteral("*.svg")) ? QStringLiteral(".svg")
                                                           : QStringLiteral(".png");
    }
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export chart"), error);
    }
}

} // namespace cr::ui
