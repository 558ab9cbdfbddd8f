// DetailForm: building the bound fields, refusing edits the validator objects to, refreshing
// from the document on every change (so undo and redo show up in the fields).
#include "editors/detail_form.h"

#include "scenario/validate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <set>

namespace cr::ui {

namespace {

const QString kInvalidStyle =
    QStringLiteral("QLineEdit { border: 1px solid #b00020; background: #fdecee; }");

std::set<std::string> problemSet(const Scenario& scenario) {
    std::set<std::string> out;
    for (const Problem& p : validateScenario(scenario)) {
        out.insert(p.where + ": " + p.message);
    }
    return out;
}

} // namespace

DetailForm::DetailForm(ScenarioDocument* document, ScenarioPart part, QString listPointer,
                       Count count, int columns, QWidget* parent)
    : QWidget(parent), m_document(document), m_part(part), m_listPointer(std::move(listPointer)),
      m_count(std::move(count)), m_columns(columns), m_problem(new QLabel(this)),
      m_grid(new QGridLayout) {
    m_problem->setObjectName(QStringLiteral("detailProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(8);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    connect(document, &ScenarioDocument::changed, this, [this](const ScenarioChange& change) {
        if (change.part == ScenarioPart::Whole || change.part == m_part || change.row < 0) {
            refreshAll(); // list edits elsewhere (ids, targets) can change what is valid here
        }
    });
}

void DetailForm::setRow(int row) {
    m_row = row;
    clearProblem();
    refreshAll();
}

QString DetailForm::problemText() const {
    return m_problem->isVisible() || !m_problem->isHidden() ? m_problem->text() : QString();
}

QWidget* DetailForm::fieldWidget(const QString& key) const {
    for (const Field& f : m_fields) {
        if (f.key == key) {
            return f.widget;
        }
    }
    return nullptr;
}

ScenarioChange DetailForm::fieldChange(const QString& key) const {
    (void)key; // the column is the field's position: stable for the form's lifetime
    return {m_part, m_row, static_cast<int>(m_fields.size())};
}

QString DetailForm::editText(const QString& label) const {
    return tr("Change %1").arg(QString(label).remove(QLatin1Char('&')));
}

void DetailForm::addRow(const QString& label, QWidget* widget, const QString& key,
                        std::function<void()> refresh, bool wide) {
    // Short fields fill the columns left to right; a wide one (a distribution) takes a row.
    if (wide && m_nextCell % m_columns != 0) {
        m_nextCell += m_columns - m_nextCell % m_columns;
    }
    const int row = m_nextCell / m_columns;
    const int column = (m_nextCell % m_columns) * 2;
    m_nextCell += wide ? m_columns : 1;
    auto* caption = new QLabel(label, this);
    caption->setBuddy(widget);
    caption->setToolTip(key); // the JSON key, as problem messages and FORMAT.md name it
    widget->setObjectName(key);
    m_grid->addWidget(caption, row, column, Qt::AlignRight | Qt::AlignVCenter);
    m_grid->addWidget(widget, row, column + 1, 1, wide ? m_columns * 2 - 1 : 1);
    m_grid->setColumnStretch(column + 1, 1);
    m_fields.push_back({key, label, widget, std::move(refresh)});
}

bool DetailForm::refuse(const Scenario& candidate, const QString& key) {
    const auto before = problemSet(m_document->scenario());
    for (const Problem& p : validateScenario(candidate)) {
        if (before.count(p.where + ": " + p.message) == 0) {
            m_problem->setText(QString::fromStdString(p.where + ": " + p.message));
            m_problem->show();
            if (auto* line = qobject_cast<QLineEdit*>(fieldWidget(key))) {
                line->setStyleSheet(kInvalidStyle);
                line->setToolTip(m_problem->text());
            }
            emit editRejected(m_problem->text());
            return true;
        }
    }
    return false;
}

void DetailForm::clearProblem() {
    m_problem->clear();
    m_problem->hide();
    for (const Field& f : m_fields) {
        if (auto* line = qobject_cast<QLineEdit*>(f.widget)) {
            line->setStyleSheet(QString());
            line->setToolTip(QString());
        }
    }
}

void DetailForm::refreshAll() {
    if (m_row >= m_count(m_document->scenario())) {
        m_row = -1; // removed (or undone); the page selects another entry
    }
    const bool valid = m_row >= 0;
    setVisible(valid); // no entry selected (an empty list): no fields to show
    m_refreshing = true;
    for (const Field& f : m_fields) {
        f.widget->setEnabled(valid);
        if (valid) {
            f.refresh();
        }
    }
    m_refreshing = false;
}

QLineEdit* DetailForm::addText(const QString& label, const QString& key, Access<std::string> access,
                               TextPush push) {
    auto* line = new QLineEdit(this);
    const ScenarioChange change = fieldChange(key);
    addRow(label, line, key, [this, line, access] {
        line->setText(QString::fromStdString(access(m_document->mutableScenario(), m_row)));
    });
    connect(line, &QLineEdit::editingFinished, this, [=, this] {
        const std::string value = line->text().trimmed().toStdString();
        if (m_refreshing || m_row < 0 || value == access(m_document->mutableScenario(), m_row)) {
            return;
        }
        Scenario candidate = m_document->scenario();
        access(candidate, m_row) = value;
        if (push) {
            push(m_row, value);
            return; // the custom push checks and refuses itself
        }
        if (refuse(candidate, key)) {
            return;
        }
        const int row = m_row;
        edit::setValue<std::string>(
            *m_document, {change.part, row, change.column},
            [access, row](Scenario& s) -> std::string& { return access(s, row); }, value,
            editText(label));
    });
    return line;
}

QLineEdit* DetailForm::addWhole(const QString& label, const QString& key,
                                Access<std::int64_t> access) {
    auto* line = new QLineEdit(this);
    line->setMaximumWidth(160);
    const ScenarioChange change = fieldChange(key);
    addRow(label, line, key, [this, line, access] {
        line->setText(QLocale().toString(
            static_cast<qlonglong>(access(m_document->mutableScenario(), m_row))));
    });
    connect(line, &QLineEdit::editingFinished, this, [=, this] {
        if (m_refreshing || m_row < 0) {
            return;
        }
        const QString text = line->text().trimmed();
        bool ok = false;
        qlonglong value = QLocale().toLongLong(text, &ok);
        if (!ok) {
            value = text.toLongLong(&ok);
        }
        if (!ok) {
            const QString message = tr("%1/%2/%3: must be a whole number, got \"%4\"")
                                        .arg(m_listPointer)
                                        .arg(m_row)
                                        .arg(key, text);
            m_problem->setText(message);
            m_problem->show();
            line->setStyleSheet(kInvalidStyle);
            emit editRejected(message);
            return;
        }
        if (value == access(m_document->mutableScenario(), m_row)) {
            clearProblem();
            return;
        }
        Scenario candidate = m_document->scenario();
        access(candidate, m_row) = value;
        if (refuse(candidate, key)) {
            return;
        }
        const int row = m_row;
        edit::setValue<std::int64_t>(
            *m_document, {change.part, row, change.column},
            [access, row](Scenario& s) -> std::int64_t& { return access(s, row); }, value,
            editText(label));
    });
    return line;
}

QCheckBox* DetailForm::addFlag(const QString& label, const QString& key, Access<bool> access) {
    auto* box = new QCheckBox(this);
    const ScenarioChange change = fieldChange(key);
    addRow(label, box, key, [this, box, access] {
        const QSignalBlocker block(box);
        box->setChecked(access(m_document->mutableScenario(), m_row));
    });
    connect(box, &QCheckBox::toggled, this, [=, this](bool checked) {
        if (m_refreshing || m_row < 0) {
            return;
        }
        const int row = m_row;
        edit::setValue<bool>(
            *m_document, {change.part, row, change.column},
            [access, row](Scenario& s) -> bool& { return access(s, row); }, checked,
            editText(label));
    });
    return box;
}

QComboBox* DetailForm::addChoiceImpl(const QString& label, const QString& key,
                                     const std::vector<std::pair<QString, int>>& items,
                                     std::function<int(Scenario&, int)> get,
                                     std::function<void(Scenario&, int, int)> set,
                                     std::function<void(int row, int value)> push) {
    auto* combo = new QComboBox(this);
    for (const auto& [text, value] : items) {
        combo->addItem(text, value);
    }
    addRow(label, combo, key, [this, combo, get] {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(get(m_document->mutableScenario(), m_row)));
    });
    connect(combo, &QComboBox::activated, this, [=, this] {
        if (m_refreshing || m_row < 0) {
            return;
        }
        const int value = combo->currentData().toInt();
        Scenario candidate = m_document->scenario();
        set(candidate, m_row, value);
        if (refuse(candidate, key)) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(combo->findData(get(m_document->mutableScenario(), m_row)));
            return;
        }
        push(m_row, value);
    });
    return combo;
}

DistributionEditor* DetailForm::addDistribution(const QString& label, const QString& key,
                                                DistributionEditor::Quantity quantity,
                                                Access<Distribution> access) {
    auto* editor = new DistributionEditor(quantity, this);
    const ScenarioChange change = fieldChange(key);
    addRow(
        label, editor, key,
        [this, editor, access] {
            editor->setCurrency(QString::fromStdString(m_document->scenario().currency));
            editor->setValue(access(m_document->mutableScenario(), m_row));
        },
        true);
    connect(editor, &DistributionEditor::edited, this, [=, this](const Distribution& value) {
        if (m_refreshing || m_row < 0) {
            return;
        }
        Scenario candidate = m_document->scenario();
        access(candidate, m_row) = value;
        if (refuse(candidate, key)) {
            editor->setValue(access(m_document->mutableScenario(), m_row));
            return;
        }
        const int row = m_row;
        edit::setValue<Distribution>(
            *m_document, {change.part, row, change.column},
            [access, row](Scenario& s) -> Distribution& { return access(s, row); }, value,
            editText(label));
    });
    return editor;
}

} // namespace cr::ui
