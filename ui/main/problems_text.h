// An InputError's problems as text for a message box: one per line, each with its JSON pointer.
#pragma once

#include "scenario/problem.h"

#include <QString>
#include <QStringList>

namespace cr::ui {

inline QString problemsText(const InputError& error) {
    QStringList lines;
    for (const Problem& p : error.problems()) {
        lines << (p.where.empty() ? QString::fromStdString(p.message)
                                  : QString::fromStdString(p.where + ": " + p.message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cr::ui
