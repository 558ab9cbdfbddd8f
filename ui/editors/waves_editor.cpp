// WavesEditor: draft handling, validated commits and the hint's wording.
#include "editors/waves_editor.h"

#include "document/edit.h"
#include "editors/amount_field.h"
#include "editors/form_binder.h"
#include "editors/validated_edit.h"
#include "editors/wave_exposure.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

enum Column { ShareColumn, DeployedColumn, ExposedColumn };

std::vector<double>& wavesOf(Scenario& s) {
    return s.change.rollout.waves;
}

QString countText(std::int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}

} // namespace

WavesEditor::WavesEditor(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_table(new QTableWidget(0, 3, this)),
      m_add(new QPushButton(tr("Add &wave"), this)),
      m_remove(new QPushButton(tr("Remo&ve wave"), this)), m_problem(makeProblemLabel(this)),
      m_hint(new QLabel(this)) {
    m_table->setObjectName(QStringLiteral("waves"));
    m_table->setHorizontalHeaderLabels(
        {tr("Share of the assets"), tr("Assets deployed"), tr("Exposed if halted here")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(120);
    m_add->setObjectName(QStringLiteral("addWave"));
    m_remove->setObjectName(QStringLiteral("removeWave"));
    m_problem->setObjectName(QStringLiteral("wavesProblem"));
    m_hint->setObjectName(QStringLiteral("exposureHint"));
    m_hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_hint);

    connect(m_table, &QTableWidget::itemChanged, this, &WavesEditor::onItemChanged);
    connect(m_add, &QPushButton::clicked, this, &WavesEditor::addWave);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        removeWave(row >= 0 ? row : static_cast<int>(m_draft.size()) - 1);
    });
    refresh();
}

void WavesEditor::refresh() {
    const auto& waves = m_document->scenario().change.rollout.waves;
    if (waves != m_synced) {
        m_synced = waves;
        m_draft = waves;
        showProblem(m_problem, QString());
    }
    showDraft();
}

QString WavesEditor::problem() const {
    return m_problem->text();
}

QString WavesEditor::hint() const {
    return m_hint->text();
}

void WavesEditor::setShare(int wave, double share) {
    if (wave < 0 || wave >= static_cast<int>(m_draft.size())) {
        return;
    }
    m_draft[static_cast<std::size_t>(wave)] = share;
    showDraft();
    commitDraft(wave, tr("Change wave share"), false);
}

void WavesEditor::addWave() {
    if (m_draft.empty()) {
        m_draft.push_back(1.0);
    } else {
        const double half = m_draft.back() / 2;
        m_draft.back() = half;
        m_draft.push_back(half);
    }
    showDraft();
    commitDraft(static_cast<int>(m_draft.size()) - 1, tr("Add wave"), true);
}

void WavesEditor::removeWave(int wave) {
    if (m_draft.size() < 2 || wave < 0 || wave >= static_cast<int>(m_draft.size())) {
        return;
    }
    const auto j = static_cast<std::size_t>(wave);
    m_draft[j == 0 ? 1 : j - 1] += m_draft[j];
    m_draft.erase(m_draft.begin() + wave);
    showDraft();
    commitDraft(wave, tr("Remove wave"), true);
}

// A structural edit (add, remove) is wrapped in a macro of its own so that it never merges with
// the share edits before or after it; share edits of one wave merge.
void WavesEditor::commitDraft(int wave, const QString& undoText, bool structural) {
    Scenario candidate = m_document->scenario();
    candidate.change.rollout.waves = m_draft;
    const QString problem = newProblems(m_document->scenario(), candidate);
    showProblem(m_problem, problem);
    if (!problem.isEmpty() || m_draft == m_document->scenario().change.rollout.waves) {
        return;
    }
    auto* stack = m_document->undoStack();
    if (structural) {
        stack->beginMacro(undoText);
    }
    edit::setValue<std::vector<double>>(*m_document,
                                        {ScenarioPart::Change, structural ? -1 : wave, kWavesField},
                                        wavesOf, m_draft, undoText);
    if (structural) {
        stack->endMacro();
    }
}

void WavesEditor::showDraft() {
    const Scenario& s = m_document->scenario();
    std::vector<std::int64_t> counts;
    for (const auto& id : s.change.targets) {
        if (const AssetGroup* g = s.findAssetGroup(id)) {
            counts.push_back(g->count);
        }
    }
    const WaveExposure exposure = waveExposure(counts, m_draft);
    m_showing = true;
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(static_cast<int>(m_draft.size()));
        QStringList rows;
        for (std::size_t j = 0; j < m_draft.size(); ++j) {
            rows << tr("Wave %1").arg(j + 1);
            const int r = static_cast<int>(j);
            auto* share = m_table->item(r, ShareColumn);
            if (share == nullptr) {
                share = new QTableWidgetItem;
                share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, ShareColumn, share);
            }
            double shown = 0;
            if (!parseNumber(share->text(), &shown) || shown != m_draft[j]) {
                share->setText(uiNumberText(m_draft[j]));
            }
            for (int column : {DeployedColumn, ExposedColumn}) {
                auto* item = new QTableWidgetItem(countText(
                    column == DeployedColumn ? exposure.deployed[j] : exposure.cumulative[j]));
                item->setFlags(Qt::ItemIsEnabled);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, column, item);
            }
        }
        m_table->setVerticalHeaderLabels(rows);
    }
    m_showing = false;
    m_remove->setEnabled(m_draft.size() > 1);
    updateHint();
}

void WavesEditor::updateHint() {
    const Scenario& s = m_document->scenario();
    std::vector<std::int64_t> counts;
    for (const auto& id : s.change.targets) {
        if (const AssetGroup* g = s.findAssetGroup(id)) {
            counts.push_back(g->count);
        }
    }
    const WaveExposure e = waveExposure(counts, m_draft);
    const double p = mean(s.change.rollout.detectionProbability);
    QString text = tr("Assets exposed if detection fails: %1 of %2.")
                       .arg(countText(e.total), countText(e.total));
    if (m_draft.size() > 1) {
        text += QLatin1Char(' ') +
                tr("If the failure is detected after the first wave: %1 of %2. Expected with "
                   "detection probability %3 when every wave has failures: %4 of %2.")
                    .arg(countText(e.firstWave), countText(e.total), QLocale().toString(p, 'g', 3),
                         QLocale().toString(e.expected(p), 'f', 0));
    } else {
        text += QLatin1Char(' ') + tr("A single wave (big bang) exposes every asset at once; "
                                      "add waves to stage the rollout.");
    }
    m_hint->setText(text);
}

void WavesEditor::onItemChanged(QTableWidgetItem* item) {
    if (m_showing || item->column() != ShareColumn) {
        return;
    }
    double share = 0;
    if (!parseNumber(item->text(), &share)) {
        showProblem(m_problem, tr("%1: must be a number, got \"%2\"")
                                   .arg(QStringLiteral("/change/rollout/waves/%1").arg(item->row()),
                                        item->text().trimmed()));
        return;
    }
    setShare(item->row(), share);
}

} // namespace cr::ui
