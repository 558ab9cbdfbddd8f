// The cost categories in the editors' words (translated), e.g. for a policy's covers.
#pragma once

#include "scenario/category.h"

#include <QString>

namespace cr::ui {

QString categoryEditorLabel(Category category);

} // namespace cr::ui
