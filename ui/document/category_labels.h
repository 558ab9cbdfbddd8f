// The cost categories (MODEL.md) as a user reads them, translated: one wording for the editors
// (a policy's covered categories, a loss line's category) and the charts.
#pragma once

#include "scenario/category.h"

#include <QString>

namespace cr::ui {

// "Support contacts", "Operator downtime", ... in the interface language.
QString categoryLabel(Category category);

} // namespace cr::ui
