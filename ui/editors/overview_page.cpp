// OverviewPage: the scenario's JSON form as a tree; distributions in words via cr::describe.
#include "editors/overview_page.h"

#include "format/json_fields.h"
#include "format/scenario_json.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace cr::ui {

namespace {

using ojson = nlohmann::ordered_json;

// Parts that have their own editor page are left out of the tree.
bool shownElsewhere(const std::string& pointer) {
    return pointer == "/simulation" || pointer == "/environment/asset_groups" ||
           pointer == "/format" || pointer == "/version" || pointer == "/name" ||
           pointer == "/currency" || pointer == "/notes";
}

QString scalarText(const ojson& value) {
    if (value.is_null()) {
        return QCoreApplication::translate("OverviewPage", "none");
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? QCoreApplication::translate("OverviewPage", "yes")
                                 : QCoreApplication::translate("OverviewPage", "no");
    }
    if (value.is_number()) {
        return QLocale().toString(value.get<double>(), 'g', 12);
    }
    if (value.is_string()) {
        return QString::fromStdString(value.get<std::string>());
    }
    return QString::fromStdString(value.dump());
}

// A distribution object ({"dist": ...}) read back to describe it the way the model does.
QString distributionText(const ojson& value) {
    Problems problems;
    const auto d = jsonio::readDistribution(problems, nlohmann::json::parse(value.dump()), "");
    return d && problems.empty() ? QString::fromStdString(describe(*d))
                                 : QString::fromStdString(value.dump());
}

void addChildren(QTreeWidgetItem* parent, QTreeWidget* tree, const ojson& value,
                 const std::string& pointer);

void addEntry(QTreeWidgetItem* parent, QTreeWidget* tree, const QString& key, const ojson& value,
              const std::string& pointer) {
    if (shownElsewhere(pointer)) {
        return;
    }
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (value.is_object() && value.contains("dist")) {
        item->setText(1, distributionText(value));
    } else if (value.is_object() || value.is_array()) {
        if (value.is_array() && std::all_of(value.begin(), value.end(),
                                            [](const ojson& v) { return v.is_primitive(); })) {
            QStringList parts;
            for (const auto& v : value) {
                parts << scalarText(v);
            }
            item->setText(1, parts.join(QStringLiteral(", ")));
        } else {
            addChildren(item, tree, value, pointer);
        }
    } else {
        item->setText(1, scalarText(value));
    }
}

void addChildren(QTreeWidgetItem* parent, QTreeWidget* tree, const ojson& value,
                 const std::string& pointer) {
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            addEntry(parent, tree, QString::fromStdString(it.key()), it.value(),
                     pointerJoin(pointer, it.key()));
        }
    } else {
        for (std::size_t i = 0; i < value.size(); ++i) {
            const auto& element = value[i];
            QString label = QString::number(i + 1);
            if (element.is_object() && element.contains("id")) {
                label = QString::fromStdString(element["id"].get<std::string>());
            } else if (element.is_object() && element.contains("name")) {
                label = QString::fromStdString(element["name"].get<std::string>());
            }
            addEntry(parent, tree, label, element, pointerJoin(pointer, i));
        }
    }
}

} // namespace

OverviewPage::OverviewPage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_tree(new QTreeWidget(this)) {
    auto* intro = new QLabel(tr("The rest of the scenario, read-only for now: support, end "
                                "users, the change, failure modes, contract, insurance and loss "
                                "lines."),
                             this);
    intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("overviewTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Input"), tr("Value")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    connect(document, &ScenarioDocument::changed, this, &OverviewPage::rebuild);
    rebuild();
}

void OverviewPage::rebuild() {
    m_tree->clear();
    const ojson document = ojson::parse(writeScenario(m_document->scenario()));
    addChildren(nullptr, m_tree, document, "");
    m_tree->expandToDepth(0);
}

} // namespace cr::ui
