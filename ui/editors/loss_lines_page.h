// The Loss lines editor: losses outside the incident model (reputational churn, fines), each a
// frequency of events per horizon and a severity per event, borne by the operator or the
// contractor (MODEL.md "Loss lines").
#pragma once

#include "editors/list_page.h"

namespace cr::ui {

class LossLinesPage : public ListPage {
    Q_OBJECT
public:
    explicit LossLinesPage(ScenarioDocument* document, QWidget* parent = nullptr);

private:
    void addFields();
};

} // namespace cr::ui
