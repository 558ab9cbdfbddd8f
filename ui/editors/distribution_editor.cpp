// DistributionEditor: type chooser, parameter fields, inline problem, sketch and percentiles.
#include "editors/distribution_editor.h"

#include "charts/density_sketch.h"
#include "document/ui_language.h"
#include "document/value_equality.h"
#include "editors/distribution_kinds.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cr::ui {

namespace {

using kinds::Kind;

const QString kInvalidStyle =
    QStringLiteral("QLineEdit { border: 1px solid #b00020; background: #fdecee; }");

// Enough decimals for about three significant digits, none for large amounts.
int decimalsFor(double value) {
    if (value == 0 || !std::isfinite(value)) {
        return 0;
    }
    return std::clamp(2 - static_cast<int>(std::floor(std::log10(std::fabs(value)))), 0, 6);
}

} // namespace

DistributionEditor::DistributionEditor(Quantity quantity, QWidget* parent)
    : QWidget(parent), m_quantity(quantity) {
    buildLayout();
    for (Kind kind : kinds::offered(quantity)) {
        m_type->addItem(kinds::label(kind), static_cast<int>(kind));
    }
    connect(m_type, &QComboBox::activated, this, &DistributionEditor::onTypeChosen);
    for (QLineEdit* field : m_fields) {
        connect(field, &QLineEdit::textEdited, this, [this] { evaluate(); });
        connect(field, &QLineEdit::editingFinished, this, &DistributionEditor::commit);
    }
    // setValue() skips a value equal to the one held, so lay out the initial plain 0 directly.
    m_type->setCurrentIndex(0);
    showKind(0, kinds::texts(m_value));
    evaluate();
}

void DistributionEditor::buildLayout() {
    // One line: type, parameters, unit, then the sketch and the 5/50/95 % values; a refusal
    // shows on a second line. Pages stack a dozen of these, so height matters most.
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("distributionType"));
    m_type->setToolTip(tr("How the value is given: a plain number, or a distribution when it "
                          "is uncertain"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);
    auto* line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_type);
    for (int i = 0; i < kMaxFields; ++i) {
        m_labels[i] = new QLabel(this);
        m_fields[i] = new QLineEdit(this);
        m_labels[i]->setBuddy(m_fields[i]);
        line->addWidget(m_labels[i]);
        line->addWidget(m_fields[i]);
    }
    m_unit = new QLabel(this);
    m_unit->setMinimumWidth(56); // sketches of neighbouring rows line up
    line->addWidget(m_unit);

    m_preview = new QWidget(this);
    m_sketch = new DensitySketch(m_preview);
    m_sketch->setFixedSize(110, 30);
    m_percentiles = new QLabel(m_preview);
    m_percentiles->setObjectName(QStringLiteral("percentiles"));
    m_percentiles->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* preview = new QHBoxLayout(m_preview);
    preview->setContentsMargins(8, 0, 0, 0);
    preview->addWidget(m_sketch);
    preview->addWidget(m_percentiles);
    line->addWidget(m_preview);
    line->addStretch(1);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("distributionProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_problemLabel);
}

void DistributionEditor::setValue(const Distribution& value) {
    if (valuesEqual(value, m_value) && m_valid && m_type->count() > 0 &&
        m_type->currentData().toInt() == static_cast<int>(kinds::kindOf(value))) {
        return; // the document echoes our own edit: keep the user's text as typed
    }
    m_value = value;
    const Kind kind = kinds::kindOf(value);
    int index = m_type->findData(static_cast<int>(kind));
    if (index < 0) { // a type the file uses though it is not offered here: show it anyway
        m_type->addItem(kinds::label(kind), static_cast<int>(kind));
        index = m_type->count() - 1;
    }
    m_type->setCurrentIndex(index);
    showKind(index, kinds::texts(value));
    evaluate();
}

void DistributionEditor::setCurrency(const QString& code) {
    m_currency = code;
    updateUnit();
    evaluate();
}

bool DistributionEditor::isValid() const {
    return m_valid;
}

QString DistributionEditor::problem() const {
    return m_problem;
}

QLineEdit* DistributionEditor::field(const QString& key) const {
    for (QLineEdit* field : m_fields) {
        if (!field->isHidden() && field->property("key").toString() == key) {
            return field;
        }
    }
    return nullptr;
}

QString DistributionEditor::formatted(double value) const {
    const Language language = uiLanguage();
    switch (m_quantity) {
    case Quantity::Money:
        return QString::fromStdString(
            formatMoney(value, m_currency.toStdString(), language, decimalsFor(value)));
    case Quantity::Hours:
        return tr("%1 h").arg(
            QString::fromStdString(formatNumber(value, decimalsFor(value), language)));
    case Quantity::Minutes:
        return tr("%1 min").arg(
            QString::fromStdString(formatNumber(value, decimalsFor(value), language)));
    case Quantity::Probability:
        return QString::fromStdString(formatPercent(value, language));
    case Quantity::Count:
        return QString::fromStdString(formatNumber(value, 0, language));
    case Quantity::Number:
        break;
    }
    return QString::fromStdString(formatNumber(value, decimalsFor(value), language));
}

void DistributionEditor::showKind(int kindIndex, const QStringList& texts) {
    const auto kind = static_cast<Kind>(m_type->itemData(kindIndex).toInt());
    const auto params = kinds::parameters(kind);
    for (int i = 0; i < kMaxFields; ++i) {
        const bool used = i < static_cast<int>(params.size());
        m_labels[i]->setVisible(used);
        m_fields[i]->setVisible(used);
        m_fields[i]->setStyleSheet(QString());
        if (!used) {
            m_fields[i]->setProperty("key", QString());
            continue;
        }
        const auto& param = params[static_cast<std::size_t>(i)];
        // A plain number needs no "value" label: the type chooser already says what it is.
        m_labels[i]->setVisible(kind != Kind::Fixed);
        m_labels[i]->setText(param.key);
        m_fields[i]->setProperty("key", param.key);
        m_fields[i]->setObjectName(QStringLiteral("param_") + param.key);
        m_fields[i]->setProperty("help", param.help);
        m_fields[i]->setToolTip(param.help);
        m_fields[i]->setPlaceholderText(param.optional ? tr("none") : QString());
        m_fields[i]->setFixedWidth(param.list ? 140 : 64);
        m_fields[i]->setText(i < texts.size() ? texts[i] : QString());
    }
    updateUnit();
}

void DistributionEditor::updateUnit() {
    switch (m_quantity) {
    case Quantity::Money:
        m_unit->setText(m_currency);
        break;
    case Quantity::Hours:
        m_unit->setText(tr("hours"));
        break;
    case Quantity::Minutes:
        m_unit->setText(tr("minutes"));
        break;
    case Quantity::Probability:
        m_unit->setText(tr("(0 to 1)"));
        break;
    default:
        m_unit->clear();
    }
}

QStringList DistributionEditor::fieldTexts() const {
    QStringList texts;
    for (QLineEdit* field : m_fields) {
        if (!field->isHidden()) {
            texts << field->text();
        }
    }
    return texts;
}

std::optional<Distribution> DistributionEditor::evaluate() {
    const auto kind = static_cast<Kind>(m_type->currentData().toInt());
    const kinds::Reading reading = kinds::read(kind, fieldTexts(), m_quantity);
    m_valid = reading.value.has_value();
    m_problemField = reading.field;
    m_problem = m_valid                   ? QString()
                : reading.field.isEmpty() ? reading.message
                                          : tr("%1: %2").arg(reading.field, reading.message);
    for (QLineEdit* field : m_fields) {
        const bool bad =
            !m_valid && !field->isHidden() && field->property("key").toString() == reading.field;
        field->setStyleSheet(bad ? kInvalidStyle : QString());
        field->setToolTip(bad ? m_problem : field->property("help").toString());
    }
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_valid);

    m_shownPercentiles.clear();
    const bool spread = m_valid && !isConstant(*reading.value);
    if (spread) {
        for (double p : {0.05, 0.5, 0.95}) {
            m_shownPercentiles << formatted(quantile(*reading.value, p));
        }
        m_percentiles->setText(
            tr("5 / 50 / 95 %: %1 · %2 · %3")
                .arg(m_shownPercentiles[0], m_shownPercentiles[1], m_shownPercentiles[2]));
    }
    m_sketch->setDistribution(spread ? reading.value : std::nullopt);
    m_preview->setVisible(kind != Kind::Fixed);
    if (!spread) {
        m_percentiles->setText(
            m_valid ? tr("always %1").arg(formatted(support(*reading.value).first)) : QString());
    }
    return reading.value;
}

void DistributionEditor::commit() {
    const auto value = evaluate();
    if (!value || valuesEqual(*value, m_value)) {
        return;
    }
    m_value = *value;
    emit edited(m_value);
}

void DistributionEditor::onTypeChosen(int comboIndex) {
    const auto kind = static_cast<Kind>(m_type->itemData(comboIndex).toInt());
    if (kind == kinds::kindOf(m_value)) {
        showKind(comboIndex, kinds::texts(m_value));
    } else {
        // A value read from a bad file has no quantiles to start from.
        const bool usable = checkParameters(m_value).empty();
        showKind(comboIndex,
                 kinds::suggestion(kind, usable ? m_value : Distribution(Fixed{1}), m_quantity));
    }
    commit();
}

} // namespace cr::ui
