// AmountField: parse, mark refused input inline, keep the user's text while it means the value.
#include "editors/amount_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace cr::ui {

bool parseNumber(const QString& text, double* value) {
    const QString trimmed = text.trimmed();
    bool ok = false;
    double number = QLocale().toDouble(trimmed, &ok);
    if (!ok) {
        number = QLocale::c().toDouble(trimmed, &ok);
    }
    if (!ok || !std::isfinite(number)) {
        return false;
    }
    *value = number;
    return true;
}

QString uiNumberText(double value) {
    return QLocale().toString(value, 'g', 12);
}

AmountField::AmountField(const QString& pointer, QWidget* parent)
    : QWidget(parent), m_pointer(pointer), m_edit(new QLineEdit(this)), m_suffix(new QLabel(this)),
      m_problem(new QLabel(this)) {
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setMaximumWidth(220);
    m_suffix->hide();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit);
    row->addWidget(m_suffix);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &AmountField::onTextEdited);
}

void AmountField::setValue(double value) {
    bool ok = false;
    const double shown = this->value(&ok);
    if (!ok || shown != value) {
        m_edit->setText(uiNumberText(value));
    }
}

double AmountField::value(bool* ok) const {
    double number = 0;
    const bool parsed = parseNumber(m_edit->text(), &number);
    if (ok != nullptr) {
        *ok = parsed;
    }
    return parsed ? number : 0;
}

void AmountField::setSuffix(const QString& suffix) {
    m_suffix->setText(suffix);
    m_suffix->setVisible(!suffix.isEmpty());
}

void AmountField::setProblem(const QString& problem) {
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_edit->setStyleSheet(problem.isEmpty() ? QString()
                                            : QStringLiteral("border: 1px solid #b00020;"));
    m_edit->setToolTip(problem);
}

QString AmountField::problem() const {
    return m_problem->text();
}

void AmountField::onTextEdited(const QString& text) {
    double number = 0;
    if (!parseNumber(text, &number)) {
        setProblem(tr("%1: must be a number, got \"%2\"").arg(m_pointer, text.trimmed()));
        return;
    }
    setProblem(QString());
    emit edited(number);
}

} // namespace cr::ui
