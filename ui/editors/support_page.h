// The Support and end users editor: the operator's support costs, what its end users may claim
// (with the statutory and contractual caps), and the operator's own downtime cost. One form,
// three groups, each refreshed when its part of the scenario changed.
#pragma once

#include "editors/form_binder.h"

#include <QWidget>

#include <vector>

namespace cr::ui {

class OptionalAmountField;

class SupportPage : public QWidget {
    Q_OBJECT
public:
    explicit SupportPage(ScenarioDocument* document, QWidget* parent = nullptr);

private:
    QWidget* buildSupport();
    QWidget* buildEndUsers();
    QWidget* buildOperator();
    void refresh();

    ScenarioDocument* m_document;
    FormBinder m_support;
    FormBinder m_endUsers;
    FormBinder m_operator;
    std::vector<OptionalAmountField*> m_moneyCaps; // their currency suffix follows the scenario
};

} // namespace cr::ui
