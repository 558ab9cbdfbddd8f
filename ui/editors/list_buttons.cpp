// ListButtons: three buttons and list-scoped shortcuts.
#include "editors/list_buttons.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>

namespace cr::ui {

ListButtons::ListButtons(QAbstractItemView* list, const QString& what, QWidget* parent)
    : QWidget(parent), m_add(new QPushButton(tr("&Add"), this)),
      m_duplicate(new QPushButton(tr("D&uplicate"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)) {
    m_add->setObjectName(QStringLiteral("addButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_add->setToolTip(tr("Add a new %1 (Ctrl+Ins)").arg(what));
    m_duplicate->setToolTip(tr("Add a copy of the selected %1 (Ctrl+D)").arg(what));
    m_remove->setToolTip(tr("Remove the selected %1 (Ctrl+Del); Undo brings it back").arg(what));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_remove);
    layout->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, &ListButtons::addRequested);
    connect(m_duplicate, &QPushButton::clicked, this, &ListButtons::duplicateRequested);
    connect(m_remove, &QPushButton::clicked, this, &ListButtons::removeRequested);

    const auto shortcut = [list](const QKeySequence& keys) {
        auto* s = new QShortcut(keys, list);
        s->setContext(Qt::WidgetShortcut);
        return s;
    };
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert)), &QShortcut::activated, this,
            &ListButtons::addRequested);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::Key_D)), &QShortcut::activated, this, [this] {
        if (m_duplicate->isEnabled()) {
            emit duplicateRequested();
        }
    });
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete)), &QShortcut::activated, this, [this] {
        if (m_remove->isEnabled()) {
            emit removeRequested();
        }
    });
    setHasSelection(false);
}

void ListButtons::setHasSelection(bool selected) {
    m_duplicate->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace cr::ui
