// The Failure modes editor: what can go wrong with the change (MODEL.md "Failure modes"), each
// with its probability, the share of the touched assets it hits, and what it does to them.
#pragma once

#include "editors/list_page.h"

namespace cr::ui {

class FailureModesPage : public ListPage {
    Q_OBJECT
public:
    explicit FailureModesPage(ScenarioDocument* document, QWidget* parent = nullptr);

private:
    void addFields();
};

} // namespace cr::ui
