// CoverOptionsPage: fields, the sweep off the GUI thread, the table and the chart.
#include "decision/cover_options_page.h"

#include "charts/chart_panel.h"
#include "decision/cover_options_chart.h"
#include "decision/table_text.h"
#include "document/scenario_document.h"
#include "document/ui_language.h"

#include "decision/sweep_json.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace cr::ui {

namespace {

const QString kInvalidStyle =
    QStringLiteral("QLineEdit { border: 1px solid #b00020; background: #fdecee; }");
const QColor kRecommendedBackground(0xd8, 0xf0, 0xd8);

// Sum insured, deductible, premium, payment, uninsured, two probabilities, 1-in-100, + premium.
constexpr int ColumnCount = 9;

} // namespace

CoverOptionsPage::CoverOptionsPage(ScenarioDocument* document, QWidget* parent)
    : DecisionPage(document,
                   tr("Is this sum insured enough? The losses are simulated once and every "
                      "option's terms are applied to the same claims, so the differences "
                      "between options are not noise. Iterations and seed are the scenario's "
                      "(Simulation page)."),
                   parent),
      m_policy(new QComboBox(this)), m_recommendation(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_chart(new ChartPanel(QStringLiteral("cover-options"), this)) {
    m_policy->setObjectName(kPolicyField);
    auto* form = new QFormLayout;
    const auto addField = [&](const QString& name, const QString& label, const QString& hint,
                              QWidget* widget) {
        auto* problem = new QLabel(this);
        problem->setObjectName(name + QStringLiteral(".problem"));
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        problem->setWordWrap(true);
        problem->hide();
        m_problems[name] = problem;
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(widget);
        box->addWidget(problem);
        widget->setToolTip(hint);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(widget); // the & mnemonic moves the focus to the field
        form->addRow(caption, box);
    };
    addField(kPolicyField, tr("&Policy:"), tr("The insurance policy whose terms are varied"),
             m_policy);
    const auto addLine = [&](const QString& name, const QString& label, const QString& hint,
                             const QString& text, const QString& placeholder) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        m_fields[name] = edit;
        addField(name, label, hint, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, name] {
            m_fields[name]->setStyleSheet(QString());
            m_problems[name]->hide();
        });
    };
    addLine(kLimitsField, tr("&Sums insured per claim:"),
            tr("Per-claim limits to compare, separated by semicolons; the annual aggregate "
               "follows each limit as the policy's does"),
            amountListText(defaultLimits()), QString());
    addLine(kDeductiblesField, tr("&Deductibles (optional):"),
            tr("Fixed deductibles to combine with every sum insured; empty keeps the "
               "policy's own"),
            QString(), tr("the policy's own"));
    addLine(kPremiumsField, tr("Annual p&remiums (optional):"),
            tr("One premium per option, sum insured by sum insured (and deductible by "
               "deductible within each)"),
            QString(), tr("none"));
    addLine(kTargetField, tr("&Target P(claim > limit):"),
            tr("The smallest sum insured whose chance of a claim above it is below this is "
               "recommended"),
            defaultTargetText(), QString());
    inputs()->addLayout(form);

    QFont bold = m_recommendation->font();
    bold.setBold(true);
    m_recommendation->setFont(bold);
    m_recommendation->setObjectName(QStringLiteral("recommendation"));
    m_recommendation->setWordWrap(true);
    m_recommendation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("coverOptionsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Sum insured"), tr("Deductible"), tr("Premium"), tr("Expected\ninsurance payment"),
         tr("Expected\nuninsured"), tr("P(claim\n> limit)"), tr("P(aggregate\nexhausted)"),
         tr("1-in-100\nuninsured"), tr("Uninsured\n+ premium")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_recommendation);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(createCopyTableButton(m_table, tableBox), 0, Qt::AlignRight);
    // The table as wide as its columns (set when filled), the chart takes the rest.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tableBox);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    results()->addWidget(splitter, 1);

    connect(document, &ScenarioDocument::changed, this, [this](const ScenarioChange& change) {
        if (change.part == ScenarioPart::Whole || change.part == ScenarioPart::Insurance) {
            refreshPolicies();
        }
    });
    refreshPolicies();
}

QLineEdit* CoverOptionsPage::field(const QString& name) const {
    const auto it = m_fields.find(name);
    return it == m_fields.end() ? nullptr : it->second;
}

QLabel* CoverOptionsPage::problemLabel(const QString& name) const {
    const auto it = m_problems.find(name);
    return it == m_problems.end() ? nullptr : it->second;
}

void CoverOptionsPage::refreshPolicies() {
    const QString chosen = m_policy->currentData().toString();
    m_policy->clear();
    for (const Policy& p : scenario().insurance) {
        const QString id = QString::fromStdString(p.id);
        m_policy->addItem(p.name.empty() ? id : QString::fromStdString(p.name), id);
    }
    const int again = m_policy->findData(chosen);
    m_policy->setCurrentIndex(again >= 0 ? again : (m_policy->count() > 0 ? 0 : -1));
}

void CoverOptionsPage::showProblems(const std::vector<FieldProblem>& problems) {
    for (auto& [name, label] : m_problems) {
        label->hide();
        if (QLineEdit* edit = field(name)) {
            edit->setStyleSheet(QString());
        }
    }
    for (const FieldProblem& p : problems) {
        QLabel* label = m_problems.at(p.field);
        label->setText(p.message);
        label->show();
        if (QLineEdit* edit = field(p.field)) {
            edit->setStyleSheet(kInvalidStyle);
        }
    }
}

bool CoverOptionsPage::startAnalysis() {
    CoverInputText text;
    text.policy = m_policy->currentIndex();
    text.limits = field(kLimitsField)->text();
    text.deductibles = field(kDeductiblesField)->text();
    text.premiums = field(kPremiumsField)->text();
    text.target = field(kTargetField)->text();
    const CoverInput input = readCoverInput(scenario(), text);
    showProblems(input.problems);
    if (!input.problems.empty()) {
        setStatus(tr("Nothing ran: correct the marked fields first."), true);
        return false;
    }
    auto result = std::make_shared<SweepResult>();
    const Scenario snapshot = scenario();
    const SweepRequest request = input.request;
    return launch(
        [result, snapshot, request](const RunOptions& options) {
            *result = runSweep(snapshot, request, options);
        },
        1,
        [this, result] {
            m_sweep = *result;
            showSweep();
        });
}

void CoverOptionsPage::showSweep() {
    const Scenario& scenario = resultScenario();
    const SweepResult& sweep = *m_sweep;
    const Language language = uiLanguage();
    const auto money = [&](std::optional<double> v) {
        return v ? QString::fromStdString(formatMoney(*v, scenario.currency, language))
                 : tr("unlimited");
    };
    const auto percent = [&](double p) {
        return QString::fromStdString(formatPercent(p, language));
    };
    m_recommendation->setText(
        QString::fromStdString(recommendationSentence(scenario, sweep, language)));
    m_table->setRowCount(static_cast<int>(sweep.options.size()));
    for (std::size_t i = 0; i < sweep.options.size(); ++i) {
        const CoverOption& o = sweep.options[i];
        const Deductible& d = o.terms.deductible;
        const QString texts[ColumnCount] = {
            money(o.terms.perClaimLimit),
            d.isPercent ? QString::fromStdString(formatNumber(d.percent, 1, language)) +
                              QStringLiteral(" %")
                        : money(d.amount),
            o.annualPremium ? money(o.annualPremium) : QStringLiteral("—"),
            money(o.expectedPaid),
            money(o.expectedUninsured),
            percent(o.pClaimCapped),
            percent(o.pAggregateExhausted),
            money(o.uninsured1in100),
            o.expectedUninsuredPlusPremium ? money(o.expectedUninsuredPlusPremium)
                                           : QStringLiteral("—")};
        const bool recommended = sweep.recommended == i;
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (recommended) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(kRecommendedBackground);
                item->setToolTip(tr("Recommended"));
            }
            m_table->setItem(static_cast<int>(i), c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setMinimumWidth(m_table->horizontalHeader()->length() + 2 * m_table->frameWidth() +
                             m_table->verticalScrollBar()->sizeHint().width());
    m_chart->setChart(createCoverOptionsChart(scenario, sweep, language));
}

int CoverOptionsPage::highlightedRow() const {
    int found = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const QTableWidgetItem* item = m_table->item(row, 0); item && item->font().bold()) {
            found = found < 0 ? row : -2; // two highlighted rows would be a fault
        }
    }
    return found;
}

} // namespace cr::ui
