// The list of editor pages the main window shows as tabs, in order. Adding an editor = adding
// one entry in editor_pages.cpp; the main window and the screenshot mode find pages by id.
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

namespace cr::ui {

class ScenarioDocument;

struct EditorPageEntry {
    QString id;      // stable, lower-case, used by `--page` and MainWindow::showPage
    QString title;   // the tab's text (translated, with an & mnemonic)
    QWidget* widget; // owned by the caller's widget tree once added
};

// Creates every editor page for `document`, parented to `parent`.
std::vector<EditorPageEntry> createEditorPages(ScenarioDocument* document, QWidget* parent);

} // namespace cr::ui
