// SimulationPage: form widgets that push commands and follow the document on undo/redo.
#include "editors/simulation_page.h"

#include "document/commands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>

namespace cr::ui {

SimulationPage::SimulationPage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_iterations(new QSpinBox(this)),
      m_seed(new QLineEdit(this)), m_horizon(new QComboBox(this)) {
    m_iterations->setObjectName(QStringLiteral("iterations"));
    m_iterations->setRange(1, 100'000'000); // FORMAT.md's range
    m_iterations->setSingleStep(10000);
    m_iterations->setGroupSeparatorShown(true);
    m_iterations->setKeyboardTracking(false); // one command per finished entry, not per key
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_horizon->setObjectName(QStringLiteral("horizon"));
    m_horizon->addItem(tr("A single change"), static_cast<int>(Horizon::SingleChange));
    m_horizon->addItem(tr("One year of changes"), static_cast<int>(Horizon::Annual));

    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("More iterations give steadier figures for rare, costly "
                                "outcomes; the same seed gives the same result."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Iterations:"), m_iterations);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Horizon:"), m_horizon);

    connect(m_iterations, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_refreshing) {
            commands::setIterations(*m_document, static_cast<std::uint64_t>(value));
        }
    });
    connect(m_seed, &QLineEdit::editingFinished, this, &SimulationPage::commitSeed);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing) {
            commands::setHorizon(*m_document,
                                 static_cast<Horizon>(m_horizon->currentData().toInt()));
        }
    });
    connect(document, &ScenarioDocument::changed, this, [this](const ScenarioChange& change) {
        if (change.part == ScenarioPart::Whole || change.part == ScenarioPart::Simulation) {
            refresh();
        }
    });
    refresh();
}

void SimulationPage::commitSeed() {
    bool ok = false;
    const auto seed = m_seed->text().toULongLong(&ok);
    if (ok && !m_refreshing) {
        commands::setSeed(*m_document, seed);
    }
}

void SimulationPage::refresh() {
    m_refreshing = true;
    const auto& s = m_document->scenario().simulation;
    m_iterations->setValue(static_cast<int>(s.iterations));
    m_seed->setText(QString::number(s.seed));
    m_horizon->setCurrentIndex(m_horizon->findData(static_cast<int>(s.horizon)));
    m_refreshing = false;
}

} // namespace cr::ui
