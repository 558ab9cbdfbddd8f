// The client (an existing one or a new name) and the title of a new assessment: part of the
// template gallery and of the "save to which assessment" dialog.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace cr::ui {

class NewAssessmentFields : public QWidget {
    Q_OBJECT
public:
    NewAssessmentFields(const QStringList& clients, const QString& client,
                        QWidget* parent = nullptr);

    QComboBox* clientBox() const { return m_client; }
    QLineEdit* titleEdit() const { return m_title; }
    QString client() const;
    QString title() const;
    // Proposes a title, unless the user typed one.
    void proposeTitle(const QString& title);
    bool isComplete() const { return !client().isEmpty() && !title().isEmpty(); }

signals:
    void completeChanged(bool complete);

private:
    QComboBox* m_client;
    QLineEdit* m_title;
    bool m_titleTyped = false;
};

} // namespace cr::ui
