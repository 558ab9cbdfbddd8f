// The Environment editor: the asset-group table (plain numbers edited in place), Add /
// Duplicate / Remove, and the selected group's details with a distribution editor per
// uncertain input.
#pragma once

#include "editors/list_page.h"

namespace cr::ui {

class AssetGroupModel;

class EnvironmentPage : public ListPage {
    Q_OBJECT
public:
    explicit EnvironmentPage(ScenarioDocument* document, QWidget* parent = nullptr);
    AssetGroupModel* model() const { return m_model; }

private:
    void addFields();
    void pushRename(int row, const std::string& id);

    AssetGroupModel* m_model;
};

} // namespace cr::ui
