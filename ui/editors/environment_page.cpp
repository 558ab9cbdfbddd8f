// EnvironmentPage: table view over AssetGroupModel with the refusal reason shown inline.
#include "editors/environment_page.h"

#include "editors/asset_group_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cr::ui {

EnvironmentPage::EnvironmentPage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_model(new AssetGroupModel(document, this)), m_table(new QTableView(this)),
      m_problem(new QLabel(this)) {
    auto* intro = new QLabel(
        tr("The assets the change touches. Plain numbers are edited in place; an input given as "
           "a distribution shows its type and parameters."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("assetGroupTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_problem->setObjectName(QStringLiteral("assetGroupProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);

    connect(m_model, &AssetGroupModel::editRejected, this, [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
    });
    connect(document, &ScenarioDocument::changed, this, [this] {
        m_problem->clear();
        m_problem->hide();
    });
}

QString EnvironmentPage::problemText() const {
    return m_problem->text();
}

} // namespace cr::ui
