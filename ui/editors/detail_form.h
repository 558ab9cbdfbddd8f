// The detail panel of a list page: the fields of one list entry (the selected row), each bound
// to the scenario through an accessor. An edit is tried on a copy of the scenario first; if the
// validator finds a new problem the edit is refused, the reason shown at the top of the panel
// and at the field, and the scenario stays as it was. Accepted edits go through edit::setValue
// (one undo step per field, consecutive edits of one field merge).
#pragma once

#include "document/edit.h"
#include "document/scenario_document.h"
#include "editors/distribution_editor.h"

#include <QWidget>

#include <functional>
#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace cr::ui {

class DetailForm : public QWidget {
    Q_OBJECT
public:
    template <typename T>
    using Access = std::function<T&(Scenario&, int row)>;
    // Replaces the default push for a text field (an id rename that also renames references).
    using TextPush = std::function<void(int row, const std::string& value)>;

    using Count = std::function<int(const Scenario&)>;

    // `listPointer` is the entry list's JSON pointer ("/failure_modes"), `count` its length;
    // fields are laid out in `columns` columns of label + widget.
    DetailForm(ScenarioDocument* document, ScenarioPart part, QString listPointer, Count count,
               int columns, QWidget* parent = nullptr);

    // Shows the entry at `row` (-1: none, the fields are disabled and empty).
    void setRow(int row);
    int row() const { return m_row; }

    QLineEdit* addText(const QString& label, const QString& key, Access<std::string> access,
                       TextPush push = {});
    QLineEdit* addWhole(const QString& label, const QString& key, Access<std::int64_t> access);
    QCheckBox* addFlag(const QString& label, const QString& key, Access<bool> access);
    // A choice among enum values (category, bearer): items are (shown text, value).
    template <typename E>
    QComboBox* addChoice(const QString& label, const QString& key,
                         const std::vector<std::pair<QString, E>>& items, Access<E> access);
    DistributionEditor* addDistribution(const QString& label, const QString& key,
                                        DistributionEditor::Quantity quantity,
                                        Access<Distribution> access);

    // True, with the refusal shown at the panel and the field `key`, when `candidate` has a
    // validation problem the document does not have (for custom pushes).
    bool refuse(const Scenario& candidate, const QString& key);
    // The reason the last edit was refused (empty after an accepted edit).
    QString problemText() const;
    // The widget of the field with JSON key `key`, for tests.
    QWidget* fieldWidget(const QString& key) const;

signals:
    void editRejected(const QString& message);

private:
    struct Field {
        QString key;
        QString label;
        QWidget* widget;
        std::function<void()> refresh; // from the document into the widget
    };

    QComboBox* addChoiceImpl(const QString& label, const QString& key,
                             const std::vector<std::pair<QString, int>>& items,
                             std::function<int(Scenario&, int)> get,
                             std::function<void(Scenario&, int, int)> set,
                             std::function<void(int row, int value)> push);
    void addRow(const QString& label, QWidget* widget, const QString& key,
                std::function<void()> refresh, bool wide = false);
    void clearProblem();
    void refreshAll();
    ScenarioChange fieldChange(const QString& key) const;
    QString editText(const QString& label) const;

    ScenarioDocument* m_document;
    ScenarioPart m_part;
    QString m_listPointer;
    Count m_count;
    int m_columns;
    int m_nextCell = 0; // the grid cell the next short field goes to
    int m_row = -1;
    bool m_refreshing = false;
    QLabel* m_problem;
    QGridLayout* m_grid;
    std::vector<Field> m_fields;
};

template <typename E>
QComboBox* DetailForm::addChoice(const QString& label, const QString& key,
                                 const std::vector<std::pair<QString, E>>& items,
                                 Access<E> access) {
    std::vector<std::pair<QString, int>> values;
    for (const auto& [text, value] : items) {
        values.emplace_back(text, static_cast<int>(value));
    }
    const ScenarioChange change = fieldChange(key);
    return addChoiceImpl(
        label, key, values,
        [access](Scenario& s, int row) { return static_cast<int>(access(s, row)); },
        [access](Scenario& s, int row, int value) { access(s, row) = static_cast<E>(value); },
        [this, access, change, label](int row, int value) {
            edit::setValue<E>(
                *m_document, {change.part, row, change.column},
                [access, row](Scenario& s) -> E& { return access(s, row); }, static_cast<E>(value),
                editText(label));
        });
}

} // namespace cr::ui
