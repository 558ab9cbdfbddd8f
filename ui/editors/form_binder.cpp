// FormBinder: one connection and one refresher per bound widget.
#include "editors/form_binder.h"

#include "editors/amount_field.h"
#include "editors/distribution_field.h"
#include "editors/optional_amount_field.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace cr::ui {

QLabel* makeProblemLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showProblem(QLabel* label, const QString& problem) {
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

void FormBinder::bind(AmountField* field, FieldSource<double> source) {
    auto* document = m_document;
    QObject::connect(field, &AmountField::edited, field, [document, field, source](double value) {
        field->setProblem(commitValidated(*document, source(), value));
    });
    m_refreshers.push_back([document, field, source] {
        field->setValue(source().read(document->scenario()));
        field->setProblem(QString());
    });
}

void FormBinder::bind(OptionalAmountField* field, FieldSource<std::optional<double>> source) {
    auto* document = m_document;
    QObject::connect(field, &OptionalAmountField::edited, field,
                     [document, field, source](const std::optional<double>& value) {
                         field->setProblem(commitValidated(*document, source(), value));
                     });
    m_refreshers.push_back([document, field, source] {
        field->setValue(source().read(document->scenario()));
        field->setProblem(QString());
    });
}

void FormBinder::bind(DistributionField* field, FieldSource<Distribution> source) {
    auto* document = m_document;
    QObject::connect(field, &DistributionField::edited, field,
                     [document, field, source](const Distribution& value) {
                         field->setProblem(commitValidated(*document, source(), value));
                     });
    m_refreshers.push_back([document, field, source] {
        field->editor()->setCurrency(QString::fromStdString(document->scenario().currency));
        field->setValue(source().read(document->scenario()));
        field->setProblem(QString());
    });
}

void FormBinder::bind(QCheckBox* box, FieldSource<bool> source, QLabel* problem) {
    auto* document = m_document;
    QObject::connect(box, &QCheckBox::toggled, box, [document, box, source, problem](bool on) {
        const QString refusal = commitValidated(*document, source(), on);
        showProblem(problem, refusal);
        if (!refusal.isEmpty()) {
            const QSignalBlocker blocker(box); // the scenario kept its value: so does the box
            box->setChecked(!on);
        }
    });
    m_refreshers.push_back([document, box, source] {
        const QSignalBlocker blocker(box);
        box->setChecked(source().read(document->scenario()));
    });
    m_refreshers.push_back([problem] { showProblem(problem, QString()); });
}

void FormBinder::bind(QLineEdit* edit, FieldSource<std::string> source, QLabel* problem) {
    auto* document = m_document;
    QObject::connect(
        edit, &QLineEdit::textEdited, edit, [document, source, problem](const QString& text) {
            showProblem(problem, commitValidated(*document, source(), text.toStdString()));
        });
    m_refreshers.push_back([document, edit, source] {
        const QString value = QString::fromStdString(source().read(document->scenario()));
        if (edit->text() != value) {
            edit->setText(value);
        }
    });
    m_refreshers.push_back([problem] { showProblem(problem, QString()); });
}

void FormBinder::refresh() {
    for (const auto& refresher : m_refreshers) {
        refresher();
    }
}

} // namespace cr::ui
