// TemplateGallery: reads each template's name and notes, shows the description of the chosen
// one and proposes its name as the title.
#include "workspace/template_gallery.h"

#include "main/template_locator.h"
#include "main/template_texts.h"
#include "workspace/new_assessment_fields.h"

#include "format/scenario_json.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cr::ui {

namespace {

constexpr int kTemplateRole = Qt::UserRole + 1; // the template's file name; "" = blank
constexpr int kDescriptionRole = Qt::UserRole + 2;
constexpr int kTitleRole = Qt::UserRole + 3; // proposed assessment title
constexpr int kMaxDescription = 600;

QString firstParagraph(const QString& notes) {
    QString paragraph = notes.section(QStringLiteral("\n\n"), 0, 0).trimmed();
    if (paragraph.size() > kMaxDescription) {
        paragraph = paragraph.left(kMaxDescription).trimmed() + QChar(0x2026);
    }
    return paragraph;
}

} // namespace

TemplateGallery::TemplateGallery(const QStringList& clients, const QString& client, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_description(new QLabel(this)),
      m_fields(new NewAssessmentFields(clients, client, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New assessment"));
    setObjectName(QStringLiteral("templateGallery"));
    resize(760, 420);
    m_list->setObjectName(QStringLiteral("templates"));
    m_list->setMinimumWidth(300);
    m_list->setSpacing(3);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setMinimumWidth(320);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));

    for (const QString& name : templateNames()) {
        try {
            const Scenario scenario = readScenarioFile(templatePath(name).toStdString());
            // The translated title and description (main/template_texts.h); a template of the
            // user's own shows its scenario name and the first paragraph of its notes.
            const TemplateText text = templateText(name);
            const bool shipped = !text.description.isEmpty();
            const QString title = shipped ? text.title : QString::fromStdString(scenario.name);
            auto* item = new QListWidgetItem(title, m_list);
            item->setData(kTemplateRole, name);
            item->setData(kTitleRole, title);
            item->setData(kDescriptionRole,
                          shipped ? text.description
                                  : firstParagraph(QString::fromStdString(scenario.notes)));
        } catch (const std::exception&) {
            continue; // a broken template is not offered
        }
    }
    auto* blank = new QListWidgetItem(tr("Blank assessment"), m_list);
    blank->setData(kTemplateRole, QString());
    blank->setData(kTitleRole, QString());
    blank->setData(kDescriptionRole,
                   tr("An empty scenario: describe your own environment, change, contract and "
                      "insurance from scratch."));

    auto* right = new QVBoxLayout;
    right->addWidget(m_description, 1);
    right->addWidget(m_fields);
    auto* top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateGallery::onCurrentChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_fields->isComplete()) {
            accept();
        }
    });
    connect(m_fields, &NewAssessmentFields::completeChanged,
            m_buttons->button(QDialogButtonBox::Ok), &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
    onCurrentChanged();
}

bool TemplateGallery::selectTemplate(const QString& name) {
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kTemplateRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

NewAssessmentChoice TemplateGallery::choice() const {
    const QListWidgetItem* item = m_list->currentItem();
    return {item != nullptr ? item->data(kTemplateRole).toString() : QString(), m_fields->client(),
            m_fields->title()};
}

void TemplateGallery::onCurrentChanged() {
    const QListWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    m_description->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                               .arg(item->text().toHtmlEscaped(),
                                    item->data(kDescriptionRole).toString().toHtmlEscaped()));
    m_fields->proposeTitle(item->data(kTitleRole).toString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_fields->isComplete());
}

} // namespace cr::ui
