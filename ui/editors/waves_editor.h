// The rollout's waves as an editable list with the live exposure hint.
//
// The wave fractions must sum to 1, so changing one share makes the list invalid until another
// one follows. The editor therefore keeps a draft: every edit changes the draft, and the draft
// reaches the scenario (one edit::setValue of the whole list) only when the validator accepts
// it; until then its reason is shown under the table and the scenario keeps its waves. Adding a
// wave splits the last one in halves and removing one gives its share to its neighbour, so both
// keep a valid list valid.
#pragma once

#include "document/scenario_document.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace cr::ui {

class WavesEditor : public QWidget {
    Q_OBJECT
public:
    // ScenarioChange{Change, wave, kWavesField}: edits of one wave's share merge.
    static constexpr int kWavesField = 2;

    explicit WavesEditor(ScenarioDocument* document, QWidget* parent = nullptr);

    // Follows the document: a changed list of waves replaces the draft; the hint is recomputed
    // (targets, counts and detection probability may have changed).
    void refresh();

    // The list's actions (the buttons call these; public for tests).
    void setShare(int wave, double share);
    void addWave();
    void removeWave(int wave);

    const std::vector<double>& draft() const { return m_draft; }
    QString problem() const;
    QString hint() const;
    QTableWidget* table() const { return m_table; }

private:
    void commitDraft(int wave, const QString& undoText, bool structural);
    void showDraft();
    void updateHint();
    void onItemChanged(QTableWidgetItem* item);

    ScenarioDocument* m_document;
    std::vector<double> m_draft;
    std::vector<double> m_synced; // the document's waves the draft started from
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_problem;
    QLabel* m_hint;
    bool m_showing = false;
};

} // namespace cr::ui
