// Helpers for the tests of the support, change, contract and insurance pages: a document with
// the router template, typing into a field as a user does, finding a page's widgets by name.
#pragma once

#include "ui/ui_test_support.h"

#include "document/scenario_document.h"
#include "format/scenario_json.h"

#include <QLineEdit>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <string>

namespace cr::test {

inline void loadTemplate(ui::ScenarioDocument& document, const std::string& name) {
    document.load(readScenarioFile(templateFile(name)), QString());
}

// Replaces the text as a user does: select all, then one key event per character (each
// keystroke emits textEdited, so the undo stack sees one edit per key).
inline void typeInto(QLineEdit* edit, const QString& text) {
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// The child of `parent` called `name`; fails the test when there is none.
template <typename T>
T* child(QWidget* parent, const QString& name) {
    auto* found = parent->findChild<T*>(name);
    EXPECT_NE(found, nullptr) << name.toStdString();
    return found;
}

} // namespace cr::test
