// categoryEditorLabel: MODEL.md's cost categories as a user reads them.
#include "editors/category_labels.h"

#include <QCoreApplication>

namespace cr::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("cr::ui", text);
}
} // namespace

QString categoryEditorLabel(Category category) {
    switch (category) {
    case Category::Support:
        return tr("Support contacts");
    case Category::Remediation:
        return tr("Remediation");
    case Category::Onsite:
        return tr("On-site visits");
    case Category::Hardware:
        return tr("Hardware");
    case Category::Overhead:
        return tr("Incident overhead");
    case Category::OperatorDowntime:
        return tr("Operator downtime");
    case Category::BusinessInterruption:
        return tr("Business interruption");
    case Category::DataLoss:
        return tr("Data loss");
    case Category::Penalties:
        return tr("SLA credits and penalties");
    case Category::Defence:
        return tr("Defence costs");
    case Category::Rework:
        return tr("Rework");
    case Category::Other:
        return tr("Other (loss lines)");
    }
    return QString();
}

} // namespace cr::ui
