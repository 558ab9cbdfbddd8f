// An uncertain input's name in words for the Sensitivity page, as the PDF report names it (one
// word table: report/input_names.h): the field's name with the asset group, failure mode or
// loss line it belongs to; the JSON pointer itself when the field is not known.
#pragma once

#include "scenario/scenario.h"

#include <QString>

#include <string>

namespace cr::ui {

QString inputName(const Scenario& scenario, const std::string& pointer);

} // namespace cr::ui
