// ChangePage: the form, the checkable target list and the waves editor, following the document.
#include "editors/change_page.h"

#include "editors/distribution_field.h"
#include "editors/waves_editor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace cr::ui {

ChangePage::ChangePage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_binder(document), m_name(new QLineEdit(this)),
      m_nameProblem(makeProblemLabel(this)), m_targets(new QListWidget(this)),
      m_targetsProblem(makeProblemLabel(this)), m_waves(new WavesEditor(document, this)),
      m_detection(new DistributionField(DistributionEditor::Quantity::Probability, this)),
      m_changesPerYear(new DistributionField(DistributionEditor::Quantity::Count, this)) {
    m_name->setObjectName(QStringLiteral("changeName"));
    m_targets->setObjectName(QStringLiteral("targets"));
    m_targetsProblem->setObjectName(QStringLiteral("targetsProblem"));
    m_targets->setMaximumHeight(110);
    m_detection->setObjectName(QStringLiteral("detectionProbability"));
    m_detection->setToolTip(tr("After a wave in which assets failed, the chance that the "
                               "failure is noticed and the rollout halts before the next wave."));
    m_changesPerYear->setObjectName(QStringLiteral("changesPerYear"));
    m_changesPerYear->setToolTip(tr("How often the change runs in a year: used when the "
                                    "simulation's horizon is one year of changes."));

    auto* intro = new QLabel(tr("The change and how it is rolled out. A staged rollout lets a "
                                "failure be noticed before every asset has the change."),
                             this);
    intro->setWordWrap(true);

    auto* changeBox = new QGroupBox(tr("Change"), this);
    auto* changeForm = new QFormLayout(changeBox);
    changeForm->addRow(tr("&Name:"), m_name);
    changeForm->addRow(m_nameProblem);
    auto* targetsColumn = new QWidget(changeBox);
    auto* targetsLayout = new QVBoxLayout(targetsColumn);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    targetsLayout->addWidget(m_targets);
    targetsLayout->addWidget(m_targetsProblem);
    changeForm->addRow(tr("&Targets:"), targetsColumn);
    changeForm->addRow(tr("Changes per &year:"), m_changesPerYear);

    auto* rolloutBox = new QGroupBox(tr("Rollout"), this);
    auto* rolloutForm = new QFormLayout(rolloutBox);
    rolloutForm->addRow(tr("&Waves:"), m_waves);
    rolloutForm->addRow(tr("&Detection probability:"), m_detection);

    auto* content = new QWidget(this);
    auto* columns = new QHBoxLayout(content);
    columns->addWidget(changeBox, 1, Qt::AlignTop);
    columns->addWidget(rolloutBox, 1, Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);

    m_binder.bind(
        m_name,
        [] {
            return makeField<std::string>(
                {ScenarioPart::Change, -1, NameField},
                [](auto& s) -> auto& { return s.change.name; }, tr("Change the change's name"));
        },
        m_nameProblem);
    m_binder.bind(m_detection, [] {
        return makeField<Distribution>(
            {ScenarioPart::Change, -1, DetectionField},
            [](auto& s) -> auto& { return s.change.rollout.detectionProbability; },
            tr("Change detection probability"));
    });
    m_binder.bind(m_changesPerYear, [] {
        return makeField<Distribution>(
            {ScenarioPart::Change, -1, ChangesPerYearField},
            [](auto& s) -> auto& { return s.change.changesPerYear; },
            tr("Change changes per year"));
    });
    connect(m_targets, &QListWidget::itemChanged, this, &ChangePage::commitTargets);
    connect(document, &ScenarioDocument::changed, this, [this](const ScenarioChange& change) {
        if (change.part == ScenarioPart::Whole || change.part == ScenarioPart::Change ||
            change.part == ScenarioPart::AssetGroups) {
            refresh();
        }
    });
    refresh();
}

void ChangePage::refresh() {
    m_binder.refresh();
    rebuildTargets();
    m_waves->refresh();
}

void ChangePage::rebuildTargets() {
    const Scenario& s = m_document->scenario();
    const QSignalBlocker blocker(m_targets);
    m_targets->clear();
    for (const AssetGroup& g : s.environment.assetGroups) {
        const QString name = QString::fromStdString(g.name.empty() ? g.id : g.name);
        auto* item = new QListWidgetItem(
            tr("%1 (%2 assets)").arg(name, QLocale().toString(static_cast<qlonglong>(g.count))),
            m_targets);
        item->setData(Qt::UserRole, QString::fromStdString(g.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool targeted = std::find(s.change.targets.begin(), s.change.targets.end(), g.id) !=
                              s.change.targets.end();
        item->setCheckState(targeted ? Qt::Checked : Qt::Unchecked);
    }
    showProblem(m_targetsProblem, QString());
}

// The targets in the asset groups' order; a refused choice puts the box back.
void ChangePage::commitTargets(QListWidgetItem* item) {
    std::vector<std::string> targets;
    for (int i = 0; i < m_targets->count(); ++i) {
        if (m_targets->item(i)->checkState() == Qt::Checked) {
            targets.push_back(m_targets->item(i)->data(Qt::UserRole).toString().toStdString());
        }
    }
    const QString problem = commitValidated(*m_document,
                                            makeField<std::vector<std::string>>(
                                                {ScenarioPart::Change, -1, TargetsField},
                                                [](auto& s) -> auto& { return s.change.targets; },
                                                tr("Change targets")),
                                            targets);
    if (!problem.isEmpty()) {
        const QSignalBlocker blocker(m_targets);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        showProblem(m_targetsProblem, problem);
    }
}

} // namespace cr::ui
