// ListPage: layout, the buttons' operations and keeping a sensible selection.
#include "editors/list_page.h"

#include "editors/detail_form.h"
#include "editors/list_buttons.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cr::ui {

ListPage::ListPage(ScenarioDocument* document, ScenarioPart part, const QString& listPointer,
                   std::function<int(const Scenario&)> count, const QString& intro,
                   QAbstractItemModel* model, const QString& what, int formColumns, QWidget* parent)
    : QWidget(parent), m_document(document), m_table(new QTableView(this)),
      m_buttons(new ListButtons(m_table, what, this)), m_listProblem(new QLabel(this)),
      m_empty(new QLabel(this)) {
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_table->setModel(model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_listProblem->setObjectName(QStringLiteral("listProblem"));
    m_listProblem->setWordWrap(true);
    m_listProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_listProblem->hide();

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(introLabel);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_listProblem);
    m_empty->setObjectName(QStringLiteral("emptyListHint"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    topLayout->addWidget(m_empty);
    topLayout->addWidget(m_buttons);

    m_form = new DetailForm(document, part, listPointer, std::move(count), formColumns);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(scroll);
    // The list needs a few rows; the details of the selected entry get the rest.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({160, 640});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListPage::onSelectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::restoreSelection);
    connect(document, &ScenarioDocument::changed, this, [this] {
        m_listProblem->clear();
        m_listProblem->hide();
    });
    connect(m_buttons, &ListButtons::addRequested, this, [this] {
        if (m_operations.add) {
            selectRow(m_operations.add());
        }
    });
    connect(m_buttons, &ListButtons::duplicateRequested, this, [this] {
        if (m_operations.duplicate && selectedRow() >= 0) {
            selectRow(m_operations.duplicate(selectedRow()));
        }
    });
    connect(m_buttons, &ListButtons::removeRequested, this, [this] {
        if (m_operations.remove && selectedRow() >= 0) {
            m_operations.remove(selectedRow());
        }
    });
    restoreSelection();
}

int ListPage::selectedRow() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ListPage::selectRow(int row) {
    const int rows = m_table->model()->rowCount();
    if (row >= rows) {
        row = rows - 1;
    }
    if (row < 0) {
        m_table->selectionModel()->clear();
        onSelectionChanged();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_table->model()->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
    onSelectionChanged();
}

QString ListPage::problemText() const {
    if (!m_listProblem->isHidden() && !m_listProblem->text().isEmpty()) {
        return m_listProblem->text();
    }
    return m_form->problemText();
}

void ListPage::showListProblem(const QString& message) {
    m_listProblem->setText(message);
    m_listProblem->show();
}

void ListPage::setEmptyText(const QString& text) {
    m_empty->setText(text);
    m_empty->setVisible(m_table->model()->rowCount() == 0);
}

void ListPage::onSelectionChanged() {
    const int row = selectedRow();
    m_empty->setVisible(!m_empty->text().isEmpty() && m_table->model()->rowCount() == 0);
    m_form->setRow(row);
    m_lastRow = row >= 0 ? row : m_lastRow;
    m_buttons->setHasSelection(row >= 0);
}

void ListPage::restoreSelection() {
    // A reset (add, remove, undo, a new scenario) drops the selection: keep the same position.
    selectRow(m_lastRow >= 0 ? m_lastRow : 0);
}

} // namespace cr::ui
