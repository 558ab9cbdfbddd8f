// LossLinesPage: the list of loss lines and the selected one's fields.
#include "editors/loss_lines_page.h"

#include "document/category_labels.h"
#include "document/list_commands.h"
#include "editors/detail_form.h"
#include "editors/entry_list_model.h"

#include <QTableView>

namespace cr::ui {

namespace {

using Quantity = DistributionEditor::Quantity;

LossLine& line(Scenario& s, int row) {
    return s.lossLines.at(static_cast<std::size_t>(row));
}
const LossLine& line(const Scenario& s, int row) {
    return s.lossLines.at(static_cast<std::size_t>(row));
}
int lineCount(const Scenario& s) {
    return static_cast<int>(s.lossLines.size());
}

QString partyLabel(Party party) {
    return party == Party::Operator ? LossLinesPage::tr("Operator")
                                    : LossLinesPage::tr("Contractor");
}

EntryListModel* listModel(ScenarioDocument* document) {
    using C = EntryListModel::Column;
    auto text = [](const std::string& s) { return QString::fromStdString(s); };
    return new EntryListModel(
        document, ScenarioPart::LossLines, lineCount,
        {
            C{LossLinesPage::tr("Loss line"),
              [=](const Scenario& s, int r) { return text(line(s, r).name); }},
            C{LossLinesPage::tr("Category"),
              [](const Scenario& s, int r) { return categoryLabel(line(s, r).category); }},
            C{LossLinesPage::tr("Borne by"),
              [](const Scenario& s, int r) { return partyLabel(line(s, r).bearer); }},
            C{LossLinesPage::tr("Events"),
              [=](const Scenario& s, int r) { return text(describe(line(s, r).frequency)); }, true},
            C{LossLinesPage::tr("Amount per event"),
              [=](const Scenario& s, int r) { return text(describe(line(s, r).severity)); }, true},
        });
}

} // namespace

LossLinesPage::LossLinesPage(ScenarioDocument* document, QWidget* parent)
    : ListPage(document, ScenarioPart::LossLines, QStringLiteral("/loss_lines"), lineCount,
               tr("Losses outside the incident model, such as customers who leave or fines: "
                  "how many events per horizon, and the amount of each."),
               listModel(document), tr("loss line"), 1, parent) {
    table()->model()->setParent(this);
    table()->setObjectName(QStringLiteral("lossLineTable"));
    setOperations({[document] { return commands::addLossLine(*document); },
                   [document](int row) { return commands::duplicateLossLine(*document, row); },
                   [document](int row) { commands::removeLossLine(*document, row); }});
    setEmptyText(tr("There are no loss lines: Add one for a loss the incident model does not "
                    "cover."));
    addFields();
    selectRow(0);
}

void LossLinesPage::addFields() {
    DetailForm* f = form();
    f->addText(tr("&Name:"), QStringLiteral("name"),
               [](Scenario& s, int row) -> std::string& { return line(s, row).name; });
    std::vector<std::pair<QString, Category>> categories;
    for (Category c : kAllCategories) {
        categories.emplace_back(categoryLabel(c), c);
    }
    f->addChoice<Category>(tr("&Category:"), QStringLiteral("category"), categories,
                           [](Scenario& s, int row) -> Category& { return line(s, row).category; });
    f->addChoice<Party>(tr("&Borne by:"), QStringLiteral("bearer"),
                        {{partyLabel(Party::Operator), Party::Operator},
                         {partyLabel(Party::Contractor), Party::Contractor}},
                        [](Scenario& s, int row) -> Party& { return line(s, row).bearer; });
    f->addDistribution(
        tr("&Events per horizon:"), QStringLiteral("frequency"), Quantity::Count,
        [](Scenario& s, int row) -> Distribution& { return line(s, row).frequency; });
    f->addDistribution(tr("&Amount per event:"), QStringLiteral("severity"), Quantity::Money,
                       [](Scenario& s, int row) -> Distribution& { return line(s, row).severity; });
}

} // namespace cr::ui
