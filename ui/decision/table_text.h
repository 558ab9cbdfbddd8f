// A table widget as tab-separated text (header row first), for "Copy table" on the decision
// pages; numbers stay as shown, so a spreadsheet in the same language reads them.
#pragma once

#include <QString>

class QTableWidget;
class QToolButton;
class QWidget;

namespace cr::ui {

QString tableText(const QTableWidget* table);

// A "Copy table" button that puts tableText(table) on the clipboard.
QToolButton* createCopyTableButton(const QTableWidget* table, QWidget* parent);

} // namespace cr::ui
