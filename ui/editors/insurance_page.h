// The Insurance policies editor: the list of policies (add, duplicate, remove, each one undo
// step) next to the PolicyForm of the selected one.
#pragma once

#include "document/scenario_document.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace cr::ui {

class PolicyForm;

class InsurancePage : public QWidget {
    Q_OBJECT
public:
    explicit InsurancePage(ScenarioDocument* document, QWidget* parent = nullptr);

    // Actions of the list's buttons (public for tests and keyboard shortcuts).
    void addPolicy();
    void duplicatePolicy();
    void removePolicy();
    int currentRow() const;
    void selectRow(int row);
    PolicyForm* form() const { return m_form; }

private:
    void rebuildList();

    ScenarioDocument* m_document;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_duplicate;
    QPushButton* m_remove;
    PolicyForm* m_form;
};

// A policy id not used yet in `policies`, starting from `base` ("policy", "it-liability-2").
std::string unusedPolicyId(const std::vector<Policy>& policies, const std::string& base);

} // namespace cr::ui
