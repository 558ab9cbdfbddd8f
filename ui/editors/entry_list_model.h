// A read-only table over one list of the scenario (failure modes, loss lines): the list page
// shows it for choosing an entry; editing happens in the page's detail panel. Columns are given
// as functions, so each page states what it shows in one place.
#pragma once

#include "document/scenario_document.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace cr::ui {

class EntryListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Column {
        QString header;
        std::function<QString(const Scenario&, int row)> text;
        bool number = false; // right-aligned
    };

    EntryListModel(ScenarioDocument* document, ScenarioPart part,
                   std::function<int(const Scenario&)> count, std::vector<Column> columns,
                   QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ScenarioDocument* m_document;
    ScenarioPart m_part;
    std::function<int(const Scenario&)> m_count;
    std::vector<Column> m_columns;
};

} // namespace cr::ui
