// The status-bar strip shown while a run goes: progress bar, rate and ETA, Cancel (Esc).
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cr::ui {

class SimulationJob;

class RunProgress : public QWidget {
    Q_OBJECT
public:
    explicit RunProgress(SimulationJob* job, QWidget* parent = nullptr);
    QString rateText() const;

private:
    void onProgress(quint64 done, quint64 total, double rate, double eta);

    QProgressBar* m_bar;
    QLabel* m_rate;
    QPushButton* m_cancel;
};

} // namespace cr::ui
