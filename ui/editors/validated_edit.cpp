// newProblems: the validator's findings after an edit minus those the scenario already had.
#include "editors/validated_edit.h"

#include "scenario/validate.h"

#include <QStringList>

#include <algorithm>

namespace cr::ui {

QString newProblems(const Scenario& before, const Scenario& after) {
    const Problems old = validateScenario(before);
    QStringList lines;
    for (const Problem& p : validateScenario(after)) {
        if (std::find(old.begin(), old.end(), p) == old.end()) {
            lines << QString::fromStdString(p.where + ": " + p.message);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cr::ui
