// tableText and the copy button.
#include "decision/table_text.h"

#include <QApplication>
#include <QClipboard>
#include <QTableWidget>
#include <QToolButton>

namespace cr::ui {

QString tableText(const QTableWidget* table) {
    QStringList lines;
    QStringList header;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem* item = table->horizontalHeaderItem(c);
        header << (item ? item->text().replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString());
    }
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem* item = table->item(row, c);
            cells << (item ? item->text() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QToolButton* createCopyTableButton(const QTableWidget* table, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("copyTable"));
    button->setText(QApplication::translate("cr::ui::DecisionTable", "Copy table"));
    button->setToolTip(QApplication::translate(
        "cr::ui::DecisionTable", "Copy the table as tab-separated text (for a spreadsheet)"));
    button->setAutoRaise(true);
    QObject::connect(button, &QToolButton::clicked, button, [table] {
        if (QClipboard* clipboard = QApplication::clipboard()) {
            clipboard->setText(tableText(table));
        }
    });
    return button;
}

} // namespace cr::ui
