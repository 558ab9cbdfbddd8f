// inputName: the report's words for an input (report/input_names.h) in the interface's
// language, so that the Sensitivity page and the PDF report name every input alike.
#include "decision/input_names.h"

#include "document/ui_language.h"
#include "report/input_names.h"
#include "report/report_words.h"

namespace cr::ui {

QString inputName(const Scenario& scenario, const std::string& pointer) {
    return report::inputName(scenario, pointer, report::Words(uiLanguage())).words;
}

} // namespace cr::ui
