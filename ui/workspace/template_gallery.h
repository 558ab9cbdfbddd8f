// File → New assessment… (Ctrl+N): the shipped templates, each with a paragraph saying what it
// models, and a blank scenario; then the client and the title of the new assessment.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace cr::ui {

class NewAssessmentFields;

// What the user chose: a template name (file name without ".json"; empty = blank).
struct NewAssessmentChoice {
    QString templateName;
    QString client;
    QString title;
};

class TemplateGallery : public QDialog {
    Q_OBJECT
public:
    // `clients` to pick from; `client` is proposed (the one the user works on).
    TemplateGallery(const QStringList& clients, const QString& client, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    NewAssessmentFields* fields() const { return m_fields; }
    QLabel* description() const { return m_description; }
    // Selects a template by name ("" = blank); false when there is none of that name.
    bool selectTemplate(const QString& name);
    NewAssessmentChoice choice() const;

private:
    void onCurrentChanged();

    QListWidget* m_list;
    QLabel* m_description;
    NewAssessmentFields* m_fields;
    QDialogButtonBox* m_buttons;
};

} // namespace cr::ui
