// Edit → Settings…: default iterations, threads, language and currency (see settings.h).
#pragma once

#include "main/settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace cr::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);

    // The values as the dialog shows them now.
    AppSettings settings() const;

private:
    QCheckBox* m_ownIterations;
    QSpinBox* m_iterations;
    QSpinBox* m_threads;
    QComboBox* m_language;
    QComboBox* m_currency;
};

} // namespace cr::ui
