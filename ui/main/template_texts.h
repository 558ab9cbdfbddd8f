// The shipped templates' titles and descriptions in the interface language (the JSON files hold
// English data texts; these are the user-interface texts the gallery and menus show).
#pragma once

#include <QString>
#include <QStringList>

namespace cr::ui {

struct TemplateText {
    QString title;       // short, for a menu entry or a gallery tile
    QString description; // one or two sentences: who changes what, and what goes wrong
};

// The translated texts of the shipped template `name` (file name without ".json"). A template
// without an entry (a user's own file dropped into the folder) gets its name as the title and
// an empty description.
TemplateText templateText(const QString& name);

// Names of the templates that have texts here (tests check that every shipped template has).
QStringList templatesWithTexts();

} // namespace cr::ui
