// SensitivityPage: the runs off the GUI thread, the measure switch, tornado and table.
#include "decision/sensitivity_page.h"

#include "charts/chart_panel.h"
#include "decision/input_names.h"
#include "decision/table_text.h"
#include "document/ui_language.h"

#include "decision/uncertain_inputs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace cr::ui {

namespace {

// The pointer last: the figures stay in view when the table is narrow.
enum Column { Input, P10, P90, TotalSwing, UninsuredSwing, Spearman, Pointer, ColumnCount };

} // namespace

QString SensitivityPage::inputValueText(double value, Language language) {
    const double size = std::abs(value);
    const int decimals = size >= 100 ? 0 : size >= 1 ? 2 : 4;
    return QString::fromStdString(formatNumber(value, decimals, language));
}

SensitivityPage::SensitivityPage(ScenarioDocument* document, QWidget* parent)
    : DecisionPage(document,
                   tr("Which guesses move the result? Each uncertain input is fixed at its "
                      "10th and then its 90th percentile, everything else as it is, with the "
                      "same seed (two runs per input); the bars are sorted by how far the "
                      "figure swings. Importance is the rank correlation (Spearman) of each "
                      "input's draws with the total loss in the run of the scenario as it is."),
                   parent),
      m_measure(new QComboBox(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_chart(new ChartPanel(QStringLiteral("tornado"), this)) {
    m_measure->setObjectName(QStringLiteral("measure"));
    m_measure->addItem(tr("Expected total loss"), static_cast<int>(TornadoMeasure::TotalLoss));
    m_measure->addItem(tr("Expected uninsured amount"),
                       static_cast<int>(TornadoMeasure::Uninsured));
    auto* form = new QFormLayout;
    form->addRow(tr("&Tornado of:"), m_measure);
    inputs()->addLayout(form);

    m_table->setObjectName(QStringLiteral("sensitivityTable"));
    m_table->setHorizontalHeaderLabels({tr("Input"), tr("P10 value"), tr("P90 value"),
                                        tr("Swing:\ntotal loss"), tr("Swing:\nuninsured"),
                                        tr("Spearman ρ\n(total loss)"), tr("JSON pointer")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Input names carry their asset group or failure mode and can be long: they wrap in a
    // column of their own width so the swings stay in view.
    m_table->horizontalHeader()->setSectionResizeMode(Input, QHeaderView::Interactive);
    m_table->setColumnWidth(Input, 250);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(createCopyTableButton(m_table, tableBox), 0, Qt::AlignRight);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(tableBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    results()->addWidget(splitter, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        if (m_result) {
            showResult();
        }
    });
}

TornadoMeasure SensitivityPage::measure() const {
    return static_cast<TornadoMeasure>(m_measure->currentData().toInt());
}

bool SensitivityPage::startAnalysis() {
    Scenario snapshot = scenario();
    const auto inputs = uncertainInputs(snapshot);
    if (inputs.empty()) {
        setStatus(tr("Every input of this scenario is a plain number: there is nothing "
                     "uncertain to vary."),
                  true);
        return false;
    }
    const int runs = 1 + 2 * static_cast<int>(inputs.size());
    auto result = std::make_shared<SensitivityResult>();
    return launch([result, snapshot](
                      const RunOptions& options) { *result = runSensitivity(snapshot, options); },
                  runs,
                  [this, result] {
                      m_result = *result;
                      showResult();
                  });
}

void SensitivityPage::showResult() {
    const Scenario& scenario = resultScenario();
    const Language language = uiLanguage();
    const TornadoMeasure chosen = measure();
    const auto money = [&](double x) {
        return QString::fromStdString(formatMoney(x, scenario.currency, language));
    };
    const std::vector<TornadoBar> bars = tornadoOrder(*m_result, chosen);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(bars.size()));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const TornadoBar& bar = bars[i];
        std::optional<double> rho;
        for (const InputImportance& importance : m_result->importance) {
            if (importance.input == bar.input) {
                rho = importance.spearman;
            }
        }
        const QString texts[ColumnCount] = {
            inputName(scenario, bar.input),
            inputValueText(bar.low, language),
            inputValueText(bar.high, language),
            money(bar.totalLossSwing()),
            money(bar.uninsuredSwing()),
            rho ? QString::fromStdString(formatNumber(*rho, 2, language)) : QStringLiteral("—"),
            QString::fromStdString(bar.input)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (c >= P10 && c != Pointer) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (c == Input) {
                item->setToolTip(QString::fromStdString(bar.description));
            }
            m_table->setItem(static_cast<int>(i), c, item);
        }
    }
    m_chart->setChart(createTornadoChart(scenario, *m_result, chosen, language));
}

} // namespace cr::ui
