// PolicyForm: builds the two columns of the form and turns compound edits (holder, aggregate,
// cover, sublimits) into one validated value each.
#include "editors/policy_form.h"

#include "document/category_labels.h"
#include "editors/amount_field.h"
#include "editors/optional_amount_field.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

// The categories a sublimit makes sense for: all but rework, which no policy covers.
bool hasSublimitRow(Category c) {
    return c != Category::Rework;
}

} // namespace

template <typename T, typename Project>
FieldSource<T> PolicyForm::field(int column, Project project, const QString& undoText) {
    return [this, column, project, undoText] {
        const auto row = static_cast<std::size_t>(m_row);
        return makeField<T>(
            {ScenarioPart::Insurance, m_row, column},
            [ row, project ](auto& s) -> auto& { return project(s.insurance.at(row)); }, undoText);
    };
}

PolicyForm::PolicyForm(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_binder(document), m_id(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_holder(new QComboBox(this)),
      m_identityProblem(makeProblemLabel(this)) {
    m_id->setObjectName(QStringLiteral("policyId"));
    m_name->setObjectName(QStringLiteral("policyName"));
    m_holder->setObjectName(QStringLiteral("policyHolder"));
    m_identityProblem->setObjectName(QStringLiteral("policyIdentityProblem"));
    m_holder->addItem(tr("Operator (e.g. its own cyber or liability policy)"),
                      static_cast<int>(Party::Operator));
    m_holder->addItem(tr("Contractor (IT liability, IT-Haftpflicht)"),
                      static_cast<int>(Party::Contractor));

    auto* columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(buildTerms(), 1);
    columns->addWidget(buildCover(), 1);

    m_binder.bind(m_id,
                  field<std::string>(
                      IdField, [](auto& p) -> auto& { return p.id; }, tr("Change policy id")),
                  m_identityProblem);
    m_binder.bind(m_name,
                  field<std::string>(
                      NameField, [](auto& p) -> auto& { return p.name; }, tr("Change policy name")),
                  m_identityProblem);
    connect(m_holder, &QComboBox::currentIndexChanged, this, &PolicyForm::commitHolder);
    setRow(-1);
}

QWidget* PolicyForm::buildTerms() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* identity = new QGroupBox(tr("Policy"), box);
    auto* identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("&Id:"), m_id);
    identityForm->addRow(tr("&Name:"), m_name);
    identityForm->addRow(tr("&Holder:"), m_holder);
    identityForm->addRow(m_identityProblem);
    layout->addWidget(identity);

    const QString at; // set per row in setRow()
    auto* limits = new QGroupBox(tr("Limits"), box);
    auto* limitsForm = new QFormLayout(limits);
    m_perClaimLimit = new OptionalAmountField(at, tr("Unlimited"), limits);
    m_perClaimLimit->setObjectName(QStringLiteral("perClaimLimit"));
    m_perClaimLimit->setToolTip(tr("Sum insured per claim (Versicherungssumme je "
                                   "Versicherungsfall): the most the policy pays for one claim."));
    m_aggregateSpec = new QComboBox(limits);
    m_aggregateSpec->setObjectName(QStringLiteral("aggregateSpec"));
    m_aggregateSpec->addItem(tr("2 × per-claim limit (2-fach maximiert)"),
                             static_cast<int>(Policy::AggregateSpec::Default));
    m_aggregateSpec->addItem(tr("Unlimited"), static_cast<int>(Policy::AggregateSpec::Unlimited));
    m_aggregateSpec->addItem(tr("Amount"), static_cast<int>(Policy::AggregateSpec::Amount));
    m_aggregateAmount = new AmountField(at, limits);
    m_aggregateAmount->setObjectName(QStringLiteral("aggregateAmount"));
    auto* aggregate = new QWidget(limits);
    auto* aggregateRow = new QVBoxLayout(aggregate);
    aggregateRow->setContentsMargins(0, 0, 0, 0);
    aggregateRow->addWidget(m_aggregateSpec);
    aggregateRow->addWidget(m_aggregateAmount);
    limitsForm->addRow(tr("Per-claim &limit:"), m_perClaimLimit);
    limitsForm->addRow(tr("Annual &aggregate:"), aggregate);
    layout->addWidget(limits);

    auto* deductibles = new QGroupBox(tr("Deductibles and coinsurance"), box);
    auto* deductibleForm = new QFormLayout(deductibles);
    m_deductibleKind = new QComboBox(deductibles);
    m_deductibleKind->setObjectName(QStringLiteral("deductibleKind"));
    m_deductibleKind->addItem(tr("Fixed amount per claim"), false);
    m_deductibleKind->addItem(tr("Percentage of the claim"), true);
    m_deductibleAmount = new AmountField(at, deductibles);
    m_deductibleAmount->setObjectName(QStringLiteral("deductibleAmount"));
    m_deductiblePercent = new AmountField(at, deductibles);
    m_deductiblePercent->setObjectName(QStringLiteral("deductiblePercent"));
    m_deductiblePercent->setSuffix(QStringLiteral("%"));
    m_deductibleMin = new OptionalAmountField(at, tr("No minimum"), deductibles);
    m_deductibleMin->setObjectName(QStringLiteral("deductibleMin"));
    m_deductibleMax = new OptionalAmountField(at, tr("No maximum"), deductibles);
    m_deductibleMax->setObjectName(QStringLiteral("deductibleMax"));
    m_coinsurance = new AmountField(at, deductibles);
    m_coinsurance->setObjectName(QStringLiteral("coinsurance"));
    m_coinsurance->setToolTip(tr("The insurer's share of a claim after the deductible "
                                 "(Quote): 1 pays in full, 0.8 leaves 20 % with the insured."));
    m_annualDeductible = new AmountField(at, deductibles);
    m_annualDeductible->setObjectName(QStringLiteral("annualDeductible"));
    deductibleForm->addRow(tr("&Deductible:"), m_deductibleKind);
    deductibleForm->addRow(tr("Amount:"), m_deductibleAmount);
    deductibleForm->addRow(tr("Percentage:"), m_deductiblePercent);
    deductibleForm->addRow(tr("Minimum:"), m_deductibleMin);
    deductibleForm->addRow(tr("Maximum:"), m_deductibleMax);
    deductibleForm->addRow(tr("&Coinsurance (insurer's share):"), m_coinsurance);
    deductibleForm->addRow(tr("Annual d&eductible:"), m_annualDeductible);
    layout->addWidget(deductibles);

    auto* premium = new QGroupBox(tr("Premium"), box);
    auto* premiumForm = new QFormLayout(premium);
    m_premium = new OptionalAmountField(at, tr("Not stated"), premium);
    m_premium->setObjectName(QStringLiteral("annualPremium"));
    premiumForm->addRow(tr("Annual &premium:"), m_premium);
    layout->addWidget(premium);
    layout->addStretch(1);

    m_binder.bind(m_perClaimLimit,
                  field<std::optional<double>>(
                      PerClaimLimitField, [](auto& p) -> auto& { return p.perClaimLimit; },
                      tr("Change per-claim limit")));
    m_binder.bind(m_aggregateAmount, field<double>(
                                         AggregateAmountField,
                                         [](auto& p) -> auto& { return p.annualAggregateAmount; },
                                         tr("Change annual aggregate")));
    m_binder.bind(m_deductibleAmount,
                  field<double>(
                      DeductibleAmountField, [](auto& p) -> auto& { return p.deductible.amount; },
                      tr("Change deductible")));
    m_binder.bind(m_deductiblePercent,
                  field<double>(
                      DeductiblePercentField, [](auto& p) -> auto& { return p.deductible.percent; },
                      tr("Change deductible percentage")));
    m_binder.bind(m_deductibleMin,
                  field<std::optional<double>>(
                      DeductibleMinField, [](auto& p) -> auto& { return p.deductible.min; },
                      tr("Change minimum deductible")));
    m_binder.bind(m_deductibleMax,
                  field<std::optional<double>>(
                      DeductibleMaxField, [](auto& p) -> auto& { return p.deductible.max; },
                      tr("Change maximum deductible")));
    m_binder.bind(m_coinsurance,
                  field<double>(
                      CoinsuranceField, [](auto& p) -> auto& { return p.coinsurance; },
                      tr("Change coinsurance")));
    m_binder.bind(m_annualDeductible,
                  field<double>(
                      AnnualDeductibleField, [](auto& p) -> auto& { return p.annualDeductible; },
                      tr("Change annual deductible")));
    m_binder.bind(m_premium, field<std::optional<double>>(
                                 PremiumField, [](auto& p) -> auto& { return p.annualPremium; },
                                 tr("Change annual premium")));
    connect(m_deductibleKind, &QComboBox::currentIndexChanged, this,
            &PolicyForm::commitDeductibleKind);
    connect(m_aggregateSpec, &QComboBox::currentIndexChanged, this,
            &PolicyForm::commitAggregateSpec);
    return box;
}

QWidget* PolicyForm::buildCover() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* cover = new QGroupBox(tr("Covered categories"), box);
    auto* grid = new QGridLayout(cover);
    for (Category c : kAllCategories) {
        const std::size_t i = index(c);
        auto* check = new QCheckBox(categoryLabel(c), cover);
        check->setObjectName(QStringLiteral("covers_%1").arg(i));
        if (c == Category::Rework) {
            check->setEnabled(false);
            check->setToolTip(tr("Rework (Nachbesserung) is the contractor's own unpaid effort: "
                                 "liability insurance never covers it."));
        }
        grid->addWidget(check, static_cast<int>(i / 2), static_cast<int>(i % 2));
        connect(check, &QCheckBox::toggled, this, [this, i](bool on) { commitCover(i, on); });
        m_covers[i] = check;
    }
    m_coverProblem = makeProblemLabel(cover);
    m_coverProblem->setObjectName(QStringLiteral("coverProblem"));
    grid->addWidget(m_coverProblem, static_cast<int>(kCategoryCount / 2) + 1, 0, 1, 2);
    layout->addWidget(cover);

    auto* clauses = new QGroupBox(tr("Clauses"), box);
    auto* clauseLayout = new QVBoxLayout(clauses);
    m_serialLoss = new QCheckBox(tr("&Serial-loss clause: all consequences of one incident are "
                                    "one claim (Serienschadenklausel)"),
                                 clauses);
    m_serialLoss->setObjectName(QStringLiteral("serialLossClause"));
    m_defenceOutside = new QCheckBox(
        tr("De&fence costs are paid outside the per-claim limit (German standard wording)"),
        clauses);
    m_defenceOutside->setObjectName(QStringLiteral("defenceOutsideLimit"));
    m_clauseProblem = makeProblemLabel(clauses);
    clauseLayout->addWidget(m_serialLoss);
    clauseLayout->addWidget(m_defenceOutside);
    clauseLayout->addWidget(m_clauseProblem);
    layout->addWidget(clauses);

    auto* sublimits = new QGroupBox(tr("Sublimits (lower limits for one kind of loss)"), box);
    auto* sublimitLayout = new QVBoxLayout(sublimits);
    m_sublimits = new QTableWidget(0, 2, sublimits);
    m_sublimits->setObjectName(QStringLiteral("sublimits"));
    m_sublimits->setHorizontalHeaderLabels({tr("Category"), tr("Sublimit (empty: none)")});
    m_sublimits->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sublimits->horizontalHeader()->setStretchLastSection(true);
    m_sublimits->verticalHeader()->setVisible(false);
    for (Category c : kAllCategories) {
        if (!hasSublimitRow(c)) {
            continue;
        }
        const int row = m_sublimits->rowCount();
        m_sublimits->insertRow(row);
        auto* name = new QTableWidgetItem(categoryLabel(c));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, static_cast<int>(index(c)));
        m_sublimits->setItem(row, 0, name);
        auto* value = new QTableWidgetItem;
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setData(Qt::UserRole, static_cast<int>(index(c)));
        m_sublimits->setItem(row, 1, value);
    }
    m_sublimitProblem = makeProblemLabel(sublimits);
    m_sublimitProblem->setObjectName(QStringLiteral("sublimitProblem"));
    sublimitLayout->addWidget(m_sublimits);
    sublimitLayout->addWidget(m_sublimitProblem);
    layout->addWidget(sublimits, 1);

    m_binder.bind(m_serialLoss,
                  field<bool>(
                      SerialLossField, [](auto& p) -> auto& { return p.serialLossClause; },
                      tr("Change serial-loss clause")),
                  m_clauseProblem);
    m_binder.bind(m_defenceOutside,
                  field<bool>(
                      DefenceOutsideField, [](auto& p) -> auto& { return p.defenceOutsideLimit; },
                      tr("Change defence costs")),
                  m_clauseProblem);
    connect(m_sublimits, &QTableWidget::itemChanged, this, &PolicyForm::commitSublimit);
    return box;
}

const Policy* PolicyForm::policy() const {
    const auto& policies = m_document->scenario().insurance;
    return m_row >= 0 && m_row < static_cast<int>(policies.size())
               ? &policies[static_cast<std::size_t>(m_row)]
               : nullptr;
}

void PolicyForm::setRow(int row) {
    m_row = row;
    const QString at = QStringLiteral("/insurance/%1/").arg(row);
    m_perClaimLimit->amountField()->setPointer(at + QStringLiteral("per_claim_limit"));
    m_aggregateAmount->setPointer(at + QStringLiteral("annual_aggregate"));
    m_deductibleAmount->setPointer(at + QStringLiteral("deductible"));
    m_deductiblePercent->setPointer(at + QStringLiteral("deductible/percent"));
    m_deductibleMin->amountField()->setPointer(at + QStringLiteral("deductible/min"));
    m_deductibleMax->amountField()->setPointer(at + QStringLiteral("deductible/max"));
    m_coinsurance->setPointer(at + QStringLiteral("coinsurance"));
    m_annualDeductible->setPointer(at + QStringLiteral("annual_deductible"));
    m_premium->amountField()->setPointer(at + QStringLiteral("annual_premium"));
    refresh();
}

void PolicyForm::refresh() {
    const Policy* p = policy();
    setEnabled(p != nullptr);
    if (p == nullptr) {
        return;
    }
    m_refreshing = true;
    m_binder.refresh();
    const QString currency = QString::fromStdString(m_document->scenario().currency);
    for (auto* money : {m_perClaimLimit, m_deductibleMin, m_deductibleMax, m_premium}) {
        money->setSuffix(currency);
    }
    m_aggregateAmount->setSuffix(currency);
    m_deductibleAmount->setSuffix(currency);
    m_annualDeductible->setSuffix(currency);

    m_holder->setCurrentIndex(m_holder->findData(static_cast<int>(p->holder)));
    m_aggregateSpec->setCurrentIndex(m_aggregateSpec->findData(static_cast<int>(p->aggregateSpec)));
    m_aggregateAmount->setEnabled(p->aggregateSpec == Policy::AggregateSpec::Amount);
    if (p->aggregateSpec != Policy::AggregateSpec::Amount) {
        // Show what the aggregate amounts to; the field is read-only then.
        const auto aggregate = p->annualAggregate();
        m_aggregateAmount->lineEdit()->setText(aggregate ? uiNumberText(*aggregate)
                                                         : tr("unlimited"));
    }
    m_deductibleKind->setCurrentIndex(p->deductible.isPercent ? 1 : 0);
    m_deductibleAmount->setEnabled(!p->deductible.isPercent);
    for (auto* w :
         std::initializer_list<QWidget*>{m_deductiblePercent, m_deductibleMin, m_deductibleMax}) {
        w->setEnabled(p->deductible.isPercent);
    }
    for (std::size_t i = 0; i < kCategoryCount; ++i) {
        const QSignalBlocker blocker(m_covers[i]);
        m_covers[i]->setChecked(p->covers[i]);
    }
    showProblem(m_coverProblem, QString());
    {
        const QSignalBlocker blocker(m_sublimits);
        for (int r = 0; r < m_sublimits->rowCount(); ++r) {
            auto* item = m_sublimits->item(r, 1);
            const auto c = static_cast<Category>(item->data(Qt::UserRole).toInt());
            const auto found = p->sublimits.find(c);
            item->setText(found == p->sublimits.end() ? QString() : uiNumberText(found->second));
        }
    }
    showProblem(m_sublimitProblem, QString());
    m_refreshing = false;
}

void PolicyForm::commitHolder() {
    if (m_refreshing || policy() == nullptr) {
        return;
    }
    const auto holder = static_cast<Party>(m_holder->currentData().toInt());
    const QString problem = commitValidated(
        *m_document,
        field<Party>(
            HolderField, [](auto& p) -> auto& { return p.holder; }, tr("Change policy holder"))(),
        holder);
    showProblem(m_identityProblem, problem);
    if (!problem.isEmpty()) {
        const QSignalBlocker blocker(m_holder);
        m_holder->setCurrentIndex(m_holder->findData(static_cast<int>(policy()->holder)));
    }
}

void PolicyForm::commitDeductibleKind() {
    if (m_refreshing || policy() == nullptr) {
        return;
    }
    m_deductibleAmount->setProblem(commitValidated(
        *m_document,
        field<bool>(
            DeductibleKindField, [](auto& p) -> auto& { return p.deductible.isPercent; },
            tr("Change deductible kind"))(),
        m_deductibleKind->currentData().toBool()));
}

// Choosing "Amount" for an aggregate still at 0 starts from the default (2 x per-claim limit),
// so the choice is valid at once; both values change in one undo step.
void PolicyForm::commitAggregateSpec() {
    const Policy* p = policy();
    if (m_refreshing || p == nullptr) {
        return;
    }
    const auto spec = static_cast<Policy::AggregateSpec>(m_aggregateSpec->currentData().toInt());
    Scenario candidate = m_document->scenario();
    Policy& changed = candidate.insurance.at(static_cast<std::size_t>(m_row));
    changed.aggregateSpec = spec;
    if (spec == Policy::AggregateSpec::Amount && changed.annualAggregateAmount <= 0 &&
        p->perClaimLimit) {
        changed.annualAggregateAmount = 2 * *p->perClaimLimit;
    }
    const QString problem = newProblems(m_document->scenario(), candidate);
    m_aggregateAmount->setProblem(problem);
    if (!problem.isEmpty()) {
        refresh();
        m_aggregateAmount->setProblem(problem);
        return;
    }
    auto* stack = m_document->undoStack();
    stack->beginMacro(tr("Change annual aggregate"));
    edit::setValue<Policy::AggregateSpec>(
        *m_document, {ScenarioPart::Insurance, m_row, AggregateField},
        field<Policy::AggregateSpec>(
            AggregateField, [](auto& q) -> auto& { return q.aggregateSpec; }, QString())()
            .access,
        spec, tr("Change annual aggregate"));
    edit::setValue<double>(*m_document, {ScenarioPart::Insurance, m_row, AggregateAmountField},
                           field<double>(
                               AggregateAmountField,
                               [](auto& q) -> auto& { return q.annualAggregateAmount; },
                               QString())()
                               .access,
                           changed.annualAggregateAmount, tr("Change annual aggregate"));
    stack->endMacro();
}

void PolicyForm::commitCover(std::size_t category, bool covered) {
    const Policy* p = policy();
    if (m_refreshing || p == nullptr) {
        return;
    }
    auto covers = p->covers;
    covers[category] = covered;
    const QString problem = commitValidated(*m_document,
                                            field<std::array<bool, kCategoryCount>>(
                                                CoversField + static_cast<int>(category),
                                                [](auto& q) -> auto& { return q.covers; },
                                                tr("Change covered categories"))(),
                                            covers);
    showProblem(m_coverProblem, problem);
    if (!problem.isEmpty()) {
        const QSignalBlocker blocker(m_covers[category]);
        m_covers[category]->setChecked(!covered);
    }
}

// An empty cell removes the sublimit; a number sets it.
void PolicyForm::commitSublimit(QTableWidgetItem* item) {
    const Policy* p = policy();
    if (m_refreshing || p == nullptr || item->column() != 1) {
        return;
    }
    const auto category = static_cast<Category>(item->data(Qt::UserRole).toInt());
    auto sublimits = p->sublimits;
    const QString text = item->text().trimmed();
    double amount = 0;
    if (text.isEmpty()) {
        sublimits.erase(category);
    } else if (parseNumber(text, &amount)) {
        sublimits[category] = amount;
    } else {
        showProblem(m_sublimitProblem,
                    tr("%1: must be a number or empty, got \"%2\"")
                        .arg(QStringLiteral("/insurance/%1/sublimits/%2")
                                 .arg(m_row)
                                 .arg(QString::fromLatin1(
                                     categoryName(category).data(),
                                     static_cast<qsizetype>(categoryName(category).size()))),
                             text));
        return;
    }
    showProblem(
        m_sublimitProblem,
        commitValidated(*m_document,
                        field<std::map<Category, Money>>(
                            SublimitsField + static_cast<int>(index(category)),
                            [](auto& q) -> auto& { return q.sublimits; }, tr("Change sublimit"))(),
                        sublimits));
}

} // namespace cr::ui
