// An uncertain input's name in words for the Sensitivity page: the field's name, with the asset
// group, failure mode or loss line it belongs to ("Outage hours (routers)"); the JSON pointer
// itself when the field is not known.
#pragma once

#include "scenario/scenario.h"

#include <QString>

#include <string>

namespace cr::ui {

QString inputName(const Scenario& scenario, const std::string& pointer);

} // namespace cr::ui
