// Simulation > Compare runs… and the navigator's "Compare with…": pick two stored runs (any
// assessments, any versions) and see them side by side in the dashboard's CompareView, in a
// window of their own.
#pragma once

#include "charts/compare_view.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QComboBox;

namespace cr {
class Workspace;
}

namespace cr::ui {

// A stored run as CompareView takes it, labelled "assessment · version n · when".
// Throws WorkspaceError (an unknown run) or InputError (a stored text that no longer reads).
ComparedRun comparedRun(Workspace& ws, qint64 runId);

// Every run in the workspace, as the picker lists it: clients in name order, then each
// assessment's runs latest first; labelled "client · assessment · version n · when · loss".
struct StoredRunChoice {
    qint64 runId = 0;
    QString label;
};
QList<StoredRunChoice> storedRunChoices(Workspace& ws);

// Two pickers over the stored runs: a (the base) and b; OK only when they differ.
class CompareRunsDialog : public QDialog {
    Q_OBJECT
public:
    // `first` (a run id, 0 = none) starts as a; b starts at the next other run.
    CompareRunsDialog(const QList<StoredRunChoice>& runs, qint64 first, QWidget* parent = nullptr);

    QComboBox* runA() const { return m_a; }
    QComboBox* runB() const { return m_b; }
    // The chosen run ids (a, b).
    std::pair<qint64, qint64> chosen() const;

private:
    void updateOk();

    QComboBox* m_a;
    QComboBox* m_b;
    QWidget* m_ok;
};

class CompareRunsWindow : public QDialog {
    Q_OBJECT
public:
    CompareRunsWindow(const ComparedRun& a, const ComparedRun& b, QWidget* parent = nullptr);
    CompareView* view() const { return m_view; }

private:
    CompareView* m_view;
};

} // namespace cr::ui
