// A read-only view of the parts of the scenario that have no editor yet (support, end users,
// change, failure modes, contract, insurance, loss lines), as a tree in FORMAT.md's order.
#pragma once

#include "document/scenario_document.h"

#include <QWidget>

class QTreeWidget;

namespace cr::ui {

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(ScenarioDocument* document, QWidget* parent = nullptr);

private:
    void rebuild();

    ScenarioDocument* m_document;
    QTreeWidget* m_tree;
};

} // namespace cr::ui
