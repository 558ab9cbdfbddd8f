// comparedRun, the run picker and the window around CompareView.
#include "workspace/compare_runs.h"

#include "document/ui_language.h"
#include "workspace/assessment_store.h"

#include "format/number_format.h"
#include "store/listing.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cr::ui {

namespace {

// Stored times are UTC ISO 8601; people read them in local time.
QString localTime(const std::string& iso) {
    const QDateTime time = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString::fromStdString(iso);
}

QString runName(const Assessment& assessment, const RunRecord& record) {
    return CompareRunsDialog::tr("%1 · version %2 · %3")
        .arg(QString::fromStdString(assessment.title))
        .arg(record.versionNumber)
        .arg(localTime(record.created));
}

} // namespace

ComparedRun comparedRun(Workspace& ws, qint64 runId) {
    RunRecord record;
    Assessment assessment;
    ws.read("reading the run", [&] {
        record = runById(ws, runId);
        assessment = assessmentById(ws, versionById(ws, record.versionId).assessmentId);
    });
    RunOutcome outcome = loadRun(ws, runId);
    return {runName(assessment, record), std::move(outcome.scenario), std::move(outcome.document)};
}

QList<StoredRunChoice> storedRunChoices(Workspace& ws) {
    QList<StoredRunChoice> choices;
    const Language language = uiLanguage();
    ws.read("listing the runs", [&] {
        for (const ClientListing& listing : listWorkspace(ws)) {
            for (const AssessmentSummary& summary : listing.assessments) {
                for (const RunRecord& run : listRuns(ws, summary.assessment.id)) {
                    QString label = QString::fromStdString(listing.client.name) +
                                    QStringLiteral(" · ") + runName(summary.assessment, run);
                    if (run.figures.meanTotalLoss) {
                        label = CompareRunsDialog::tr("%1 · expected loss %2")
                                    .arg(label,
                                         QString::fromStdString(formatMoney(
                                             *run.figures.meanTotalLoss, run.currency, language)));
                    }
                    choices.push_back({run.id, label});
                }
            }
        }
    });
    return choices;
}

CompareRunsDialog::CompareRunsDialog(const QList<StoredRunChoice>& runs, qint64 first,
                                     QWidget* parent)
    : QDialog(parent), m_a(new QComboBox(this)), m_b(new QComboBox(this)) {
    setWindowTitle(tr("Compare runs"));
    setObjectName(QStringLiteral("compareRunsPicker"));
    for (QComboBox* box : {m_a, m_b}) {
        for (const StoredRunChoice& run : runs) {
            box->addItem(run.label, run.runId);
        }
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_a->setObjectName(QStringLiteral("runA"));
    m_b->setObjectName(QStringLiteral("runB"));
    const int a = std::max(0, m_a->findData(first));
    m_a->setCurrentIndex(a);
    m_b->setCurrentIndex(runs.size() > 1 ? (a == 0 ? 1 : 0) : 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Compare"));
    m_ok = ok;
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_a, &QComboBox::currentIndexChanged, this, &CompareRunsDialog::updateOk);
    connect(m_b, &QComboBox::currentIndexChanged, this, &CompareRunsDialog::updateOk);

    auto* hint = new QLabel(tr("The table shows b − a: what changes from run a to run b."), this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Run &a (the base):"), m_a);
    form->addRow(tr("Run &b:"), m_b);
    form->addRow(hint);
    form->addRow(buttons);
    updateOk();
}

std::pair<qint64, qint64> CompareRunsDialog::chosen() const {
    return {m_a->currentData().toLongLong(), m_b->currentData().toLongLong()};
}

void CompareRunsDialog::updateOk() {
    const auto [a, b] = chosen();
    m_ok->setEnabled(m_a->count() > 1 && a != b);
}

CompareRunsWindow::CompareRunsWindow(const ComparedRun& a, const ComparedRun& b, QWidget* parent)
    : QDialog(parent), m_view(new CompareView(this)) {
    setWindowTitle(tr("Compare runs"));
    setObjectName(QStringLiteral("compareRuns"));
    resize(1100, 720);
    m_view->setRuns(a, b);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

} // namespace cr::ui
