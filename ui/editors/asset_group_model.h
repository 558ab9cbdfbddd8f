// The Environment page's asset-group table: one row per group, one column per input.
//
// Plain numbers (the count, and every input given as a single number) are editable here; an
// input given as a distribution is shown with cr::describe and edited in the page's detail
// panel. Edits go through document/commands.h; the model refreshes from the document's
// changed() signal, so undo and redo (and added or removed groups) update the table too.
#pragma once

#include "document/scenario_document.h"

#include <QAbstractTableModel>

namespace cr::ui {

class AssetGroupModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        CountColumn,
        FirstInputColumn, // the distributions follow, in FORMAT.md's order
    };

    explicit AssetGroupModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Accepts a number in the UI language's notation ("0.25", "0,25" in German); rejects text,
    // and values the scenario validator refuses, with editRejected() naming the field.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The JSON key of a column ("count", "business_user_share"), as in problem messages.
    static QString jsonKey(int column);

signals:
    // The reason an edit was refused: "/environment/asset_groups/0/onsite_share: must be ...".
    void editRejected(const QString& message);

private:
    void onDocumentChanged(const ScenarioChange& change);
    const AssetGroup& group(int row) const;
    bool rejectIfInvalid(const Scenario& candidate, int row, int column);

    ScenarioDocument* m_document;
};

} // namespace cr::ui
