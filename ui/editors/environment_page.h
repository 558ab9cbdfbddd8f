// The Environment editor: the asset-group table and a line that explains refused edits.
#pragma once

#include "document/scenario_document.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace cr::ui {

class AssetGroupModel;

class EnvironmentPage : public QWidget {
    Q_OBJECT
public:
    explicit EnvironmentPage(ScenarioDocument* document, QWidget* parent = nullptr);
    AssetGroupModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The last refusal shown under the table (empty when the last edit was accepted).
    QString problemText() const;

private:
    AssetGroupModel* m_model;
    QTableView* m_table;
    QLabel* m_problem;
};

} // namespace cr::ui
