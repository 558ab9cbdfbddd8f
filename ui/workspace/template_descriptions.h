// One paragraph per shipped template for the "New assessment" gallery, in the UI language.
#pragma once

#include <QString>

namespace cr::ui {

// The description of template `name` (file name without ".json"): a translated paragraph for
// the shipped templates, otherwise the first paragraph of `notes` (the template's own text).
QString templateDescription(const QString& name, const QString& notes);
// The text for a blank assessment.
QString blankDescription();

} // namespace cr::ui
