// categoryLabel: MODEL.md's cost categories in words, under one translation context.
#include "document/category_labels.h"

#include <QCoreApplication>

namespace cr::ui {

QString categoryLabel(Category category) {
    switch (category) {
    case Category::Support:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Support contacts");
    case Category::Remediation:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Remediation");
    case Category::Onsite:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "On-site visits");
    case Category::Hardware:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Hardware");
    case Category::Overhead:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Incident overhead");
    case Category::OperatorDowntime:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Operator downtime");
    case Category::BusinessInterruption:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Business interruption");
    case Category::DataLoss:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Data loss");
    case Category::Penalties:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "SLA credits and penalties");
    case Category::Defence:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Defence costs");
    case Category::Rework:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Rework");
    case Category::Other:
        return QCoreApplication::translate("cr::ui::CategoryLabels", "Other (loss lines)");
    }
    const std::string_view name = categoryName(category);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace cr::ui
