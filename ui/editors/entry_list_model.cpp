// EntryListModel: rows from the document, refreshed on its changed() signal.
#include "editors/entry_list_model.h"

namespace cr::ui {

EntryListModel::EntryListModel(ScenarioDocument* document, ScenarioPart part,
                               std::function<int(const Scenario&)> count,
                               std::vector<Column> columns, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_part(part), m_count(std::move(count)),
      m_columns(std::move(columns)) {
    connect(document, &ScenarioDocument::changed, this, [this](const ScenarioChange& change) {
        if (change.part == ScenarioPart::Whole || (change.part == m_part && change.row < 0)) {
            beginResetModel(); // entries added or removed
            endResetModel();
        } else if (change.part == m_part && change.row < rowCount()) {
            emit dataChanged(index(change.row, 0), index(change.row, columnCount() - 1));
        }
    });
}

int EntryListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_count(m_document->scenario());
}

int EntryListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant EntryListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const Column& column = m_columns[static_cast<std::size_t>(index.column())];
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(column.number ? Qt::AlignRight | Qt::AlignVCenter
                                                 : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        return column.text(m_document->scenario(), index.row());
    }
    return {};
}

QVariant EntryListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal && section >= 0 &&
        section < columnCount()) {
        return m_columns[static_cast<std::size_t>(section)].header;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cr::ui
