// An uncertain input's JSON pointer (models/decision/uncertain_inputs.h) written as the report's
// input tables name it: "Manual fix per device (devices “Routers”)", with its unit.
#pragma once

#include "report/report_words.h"
#include "report/value_text.h"

#include "scenario/scenario.h"

#include <QString>

#include <string>

namespace cr::report {

struct InputName {
    QString words; // the pointer itself when it is not one the report knows
    Unit unit = Unit::Plain;
};

InputName inputName(const Scenario& scenario, const std::string& pointer, const Words& words);

} // namespace cr::report
