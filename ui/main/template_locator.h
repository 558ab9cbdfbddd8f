// Finds the shipped scenario templates: beside the executable in the build tree, in the source
// tree, or under the install prefix (share/changerisk/templates).
#pragma once

#include <QString>
#include <QStringList>

namespace cr::ui {

// The first folder that holds templates, in this order: $CHANGERISK_TEMPLATES_DIR,
// <exe>/../share/changerisk/templates (installed), the source tree's resources/templates (a
// build-tree run), the install prefix's data folder. Empty when none exists.
QString templatesDir();
// Template names (file names without ".json"), sorted.
QStringList templateNames();
// The file of template `name`, or empty when there is none.
QString templatePath(const QString& name);

} // namespace cr::ui
