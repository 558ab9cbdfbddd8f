// InsurancePage: list edits through edit::insertEntry/removeEntry; the list follows the document.
#include "editors/insurance_page.h"

#include "document/edit.h"
#include "editors/policy_form.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace cr::ui {

namespace {

std::vector<Policy>& policiesOf(Scenario& s) {
    return s.insurance;
}

bool idUsed(const std::vector<Policy>& policies, const std::string& id) {
    return std::any_of(policies.begin(), policies.end(),
                       [&id](const Policy& p) { return p.id == id; });
}

} // namespace

std::string unusedPolicyId(const std::vector<Policy>& policies, const std::string& base) {
    if (!idUsed(policies, base)) {
        return base;
    }
    for (int n = 2;; ++n) {
        const std::string id = base + "-" + std::to_string(n);
        if (!idUsed(policies, id)) {
            return id;
        }
    }
}

InsurancePage::InsurancePage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_duplicate(new QPushButton(tr("D&uplicate"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_form(new PolicyForm(document, this)) {
    m_list->setObjectName(QStringLiteral("policyList"));
    m_add->setObjectName(QStringLiteral("addPolicy"));
    m_duplicate->setObjectName(QStringLiteral("duplicatePolicy"));
    m_remove->setObjectName(QStringLiteral("removePolicy"));

    auto* intro = new QLabel(tr("The policies that may pay: the operator's own and the "
                                "contractor's IT liability (IT-Haftpflicht). Several policies "
                                "of one holder pay in the order listed."),
                             this);
    intro->setWordWrap(true);

    auto* side = new QVBoxLayout;
    side->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    side->addLayout(buttons);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* body = new QHBoxLayout;
    body->addLayout(side, 0);
    body->addWidget(scroll, 1);
    m_list->setMinimumWidth(200);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMaximumWidth(260);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);

    connect(m_add, &QPushButton::clicked, this, &InsurancePage::addPolicy);
    connect(m_duplicate, &QPushButton::clicked, this, &InsurancePage::duplicatePolicy);
    connect(m_remove, &QPushButton::clicked, this, &InsurancePage::removePolicy);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_form->setRow(row);
        m_duplicate->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    connect(document, &ScenarioDocument::changed, this, [this](const ScenarioChange& change) {
        if (change.part == ScenarioPart::Whole || change.part == ScenarioPart::Insurance) {
            rebuildList();
        } else if (change.part == ScenarioPart::Contract) {
            m_form->refresh(); // a holder may have become valid or invalid
        }
    });
    rebuildList();
}

int InsurancePage::currentRow() const {
    return m_list->currentRow();
}

void InsurancePage::selectRow(int row) {
    m_list->setCurrentRow(row);
}

void InsurancePage::rebuildList() {
    const auto& policies = m_document->scenario().insurance;
    const int keep = m_list->currentRow();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Policy& p : policies) {
            const QString name = QString::fromStdString(p.name.empty() ? p.id : p.name);
            const QString holder = p.holder == Party::Operator ? tr("operator") : tr("contractor");
            m_list->addItem(tr("%1 (%2)").arg(name, holder));
        }
    }
    const int count = static_cast<int>(policies.size());
    const int row = count == 0 ? -1 : std::clamp(keep < 0 ? 0 : keep, 0, count - 1);
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    m_form->setRow(row);
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
}

// A new policy covers what an operator's policy usually covers: every category but rework
// (never insurable) and loss lines (other); the user narrows it down.
void InsurancePage::addPolicy() {
    Policy policy;
    policy.id = unusedPolicyId(m_document->scenario().insurance, "policy");
    policy.name = tr("New policy").toStdString();
    policy.holder = Party::Operator;
    for (Category c : kAllCategories) {
        policy.covers[index(c)] = c != Category::Rework && c != Category::Other;
    }
    const int row = static_cast<int>(m_document->scenario().insurance.size());
    edit::insertEntry<Policy>(*m_document, ScenarioPart::Insurance, policiesOf, row,
                              std::move(policy), tr("Add policy"));
    selectRow(row);
}

void InsurancePage::duplicatePolicy() {
    const int row = currentRow();
    const auto& policies = m_document->scenario().insurance;
    if (row < 0 || row >= static_cast<int>(policies.size())) {
        return;
    }
    Policy copy = policies[static_cast<std::size_t>(row)];
    copy.name = tr("%1 (copy)")
                    .arg(QString::fromStdString(copy.name.empty() ? copy.id : copy.name))
                    .toStdString();
    copy.id = unusedPolicyId(policies, copy.id + "-copy");
    edit::insertEntry<Policy>(*m_document, ScenarioPart::Insurance, policiesOf, row + 1,
                              std::move(copy), tr("Duplicate policy"));
    selectRow(row + 1);
}

void InsurancePage::removePolicy() {
    const int row = currentRow();
    if (row < 0 || row >= static_cast<int>(m_document->scenario().insurance.size())) {
        return;
    }
    edit::removeEntry<Policy>(*m_document, ScenarioPart::Insurance, policiesOf, row,
                              tr("Remove policy"));
}

} // namespace cr::ui
