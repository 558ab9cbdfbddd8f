// One chart on the results page: the chart view plus "Export…" (a small button and the
// view's context menu) to PNG or SVG.
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QToolButton;

namespace cr::ui {

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    // `fileStem` names the suggested export file ("loss-exceedance" → loss-exceedance.png).
    explicit ChartPanel(const QString& fileStem, QWidget* parent = nullptr);
    ~ChartPanel() override;

    // Shows `chart` (the panel takes ownership and deletes the previous one); nullptr = empty.
    void setChart(QChart* chart);
    void clear() { setChart(nullptr); }
    QChart* chart() const { return m_chart; }
    QChartView* view() const { return m_view; }

    // Writes the chart as it is shown (its on-screen size) to `path`; PNG or SVG by the
    // suffix. False with `error` set when there is no chart or the file cannot be written.
    bool exportTo(const QString& path, QString* error = nullptr) const;

public slots:
    // Asks for a file name and exports.
    void exportWithDialog();

private:
    QString m_fileStem;
    QChartView* m_view;
    QToolButton* m_exportButton;
    QChart* m_chart = nullptr;
    QChart* m_empty; // shown when there is no chart; the view's scene deletes whichever it shows
};

} // namespace cr::ui
