// NewAssessmentFields: an editable client list and a title field.
#include "workspace/new_assessment_fields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cr::ui {

NewAssessmentFields::NewAssessmentFields(const QStringList& clients, const QString& client,
                                         QWidget* parent)
    : QWidget(parent), m_client(new QComboBox(this)), m_title(new QLineEdit(this)) {
    m_client->setEditable(true);
    m_client->addItems(clients);
    m_client->setCurrentText(client);
    m_client->lineEdit()->setPlaceholderText(tr("An existing client or a new name"));
    m_client->setObjectName(QStringLiteral("client"));
    m_title->setPlaceholderText(tr("What is assessed, e.g. \"Router update March\""));
    m_title->setObjectName(QStringLiteral("title"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Title:"), m_title);

    const auto notify = [this] { emit completeChanged(isComplete()); };
    connect(m_client, &QComboBox::currentTextChanged, this, notify);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleTyped = true; });
    connect(m_title, &QLineEdit::textChanged, this, notify);
}

QString NewAssessmentFields::client() const {
    return m_client->currentText().trimmed();
}

QString NewAssessmentFields::title() const {
    return m_title->text().trimmed();
}

void NewAssessmentFields::proposeTitle(const QString& title) {
    if (!m_titleTyped || m_title->text().trimmed().isEmpty()) {
        m_title->setText(title);
        m_titleTyped = false;
    }
}

} // namespace cr::ui
