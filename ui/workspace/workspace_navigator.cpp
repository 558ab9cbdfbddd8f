// WorkspaceNavigator: the tree, its search and context menu, and reloads that keep the view.
#include "workspace/workspace_navigator.h"

#include "workspace/navigator_actions.h"
#include "workspace/workspace_filter.h"
#include "workspace/workspace_session.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

NodeKind kindOf(const QModelIndex& index) {
    return static_cast<NodeKind>(index.data(KindRole).toInt());
}

qint64 idOf(const QModelIndex& index) {
    return index.data(IdRole).toLongLong();
}

// A key that survives a reload (row numbers do not).
QString keyOf(const QModelIndex& index) {
    return QString::number(index.data(KindRole).toInt()) + QLatin1Char(':') +
           QString::number(idOf(index));
}

// Every row of `model`, parents before children.
QModelIndexList allRows(const QAbstractItemModel* model, const QModelIndex& parent = {}) {
    QModelIndexList rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        rows << index << allRows(model, index);
    }
    return rows;
}

} // namespace

WorkspaceNavigator::WorkspaceNavigator(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new WorkspaceModel(this)),
      m_filter(new WorkspaceFilter(this)), m_search(new QLineEdit(this)),
      m_view(new QTreeView(this)) {
    m_search->setPlaceholderText(tr("Search clients and assessments"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("workspaceSearch"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->setObjectName(QStringLiteral("workspaceTree"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        if (!text.trimmed().isEmpty()) {
            m_view->expandAll();
        }
    });
    connect(m_view, &QTreeView::activated, this, &WorkspaceNavigator::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            &WorkspaceNavigator::showContextMenu);
    connect(m_session, &WorkspaceSession::changed, this, &WorkspaceNavigator::reload);
    reload();
}

void WorkspaceNavigator::reload() {
    QSet<QString> expanded;
    for (const QModelIndex& index : allRows(m_filter)) {
        if (m_view->isExpanded(index)) {
            expanded.insert(keyOf(index));
        }
    }
    const bool firstListing = m_model->rowCount() == 0;
    try {
        m_model->reload(m_session->isOpen() ? &m_session->workspace() : nullptr);
    } catch (const std::exception& e) {
        emit failed(tr("Cannot list the workspace"), QString::fromUtf8(e.what()));
        return;
    }
    for (const QModelIndex& index : allRows(m_filter)) {
        // Clients start open: the assessments are what one looks for.
        const bool isClient = kindOf(index) == NodeKind::Client;
        if (expanded.contains(keyOf(index)) || (firstListing && isClient)) {
            m_view->expand(index);
        }
    }
}

void WorkspaceNavigator::activate(const QModelIndex& viewIndex) {
    const QModelIndex index = viewIndex.siblingAtColumn(0);
    switch (kindOf(index)) {
    case NodeKind::Assessment:
        emit versionOpenRequested(idOf(index), 0);
        break;
    case NodeKind::Version:
        emit versionOpenRequested(index.data(AssessmentIdRole).toLongLong(),
                                  index.data(VersionNumberRole).toInt());
        break;
    case NodeKind::Run:
        emit runOpenRequested(idOf(index));
        break;
    case NodeKind::Client:
        m_view->setExpanded(index, !m_view->isExpanded(index));
        break;
    }
}

QList<qint64> WorkspaceNavigator::selectedRunIds() const {
    QList<qint64> runs;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        if (kindOf(index) == NodeKind::Run) {
            runs << idOf(index);
        }
    }
    return runs;
}

void WorkspaceNavigator::reveal(NodeKind kind, qint64 id) {
    const QModelIndex index = m_filter->mapFromSource(m_model->find(kind, id));
    if (!index.isValid()) {
        return;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
        m_view->expand(parent);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void WorkspaceNavigator::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    QMenu menu(this);
    fillContextMenu(menu, index);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void WorkspaceNavigator::fillContextMenu(QMenu& menu, const QModelIndex& viewIndex) {
    const QModelIndex index = viewIndex.siblingAtColumn(0);
    const NodeKind kind = kindOf(index);
    if (kind != NodeKind::Client) {
        menu.addAction(tr("&Open"), this, [this, index] { activate(index); });
    }
    if (kind == NodeKind::Client || kind == NodeKind::Assessment) {
        menu.addAction(tr("&Rename…"), this, [this, index] { renameDialog(index); });
        menu.addAction(tr("&Delete…"), this, [this, index] { deleteDialog(index); });
    }
    if (kind == NodeKind::Version) {
        menu.addAction(tr("&Export to JSON…"), this, [this, index] { exportDialog(index); });
    }
    if (kind == NodeKind::Run) {
        const qint64 run = idOf(index);
        const QList<qint64> selected = selectedRunIds();
        if (selected.size() == 2 && selected.contains(run)) {
            // Two runs selected: compare them at once, in the order they were selected.
            menu.addAction(tr("&Compare the two selected runs"), this,
                           [this, selected] { emit compareRequested(selected[0], selected[1]); })
                ->setObjectName(QStringLiteral("compareSelected"));
        }
        menu.addAction(tr("Compare &with…"), this, [this, run] { emit compareRequested(run, 0); })
            ->setObjectName(QStringLiteral("compareWith"));
    }
}

void WorkspaceNavigator::renameDialog(const QModelIndex& index) {
    const bool client = kindOf(index) == NodeKind::Client;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, client ? tr("Rename client") : tr("Rename assessment"),
                              client ? tr("New name:") : tr("New title:"), QLineEdit::Normal,
                              index.data(NameRole).toString(), &ok);
    if (ok && !renameNode(*m_session, kindOf(index), idOf(index), name)) {
        emit failed(tr("Cannot rename"), m_session->lastError());
    }
}

void WorkspaceNavigator::deleteDialog(const QModelIndex& index) {
    const NodeKind kind = kindOf(index);
    const qint64 id = idOf(index);
    const auto answer =
        QMessageBox::warning(this, tr("Erase for good"), deletionSummary(*m_session, kind, id),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes && !deleteNode(*m_session, kind, id)) {
        emit failed(tr("Cannot delete"), m_session->lastError());
    }
}

void WorkspaceNavigator::exportDialog(const QModelIndex& index) {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scenario version"),
                                                      QString(), tr("Scenario JSON (*.json)"));
    if (!path.isEmpty() && !exportVersion(*m_session, idOf(index), path)) {
        emit failed(tr("Cannot export"), m_session->lastError());
    }
}

} // namespace cr::ui
