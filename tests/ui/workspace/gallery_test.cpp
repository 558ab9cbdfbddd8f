// "New assessment": the gallery offers every template with a description and a blank one, and
// each choice becomes an assessment with version 1 in the workspace; settings apply.
#include "ui/ui_test_support.h"
#include "workspace_test_support.h"

#include "document/scenario_document.h"
#include "main/main_window.h"
#include "main/template_locator.h"
#include "main/template_texts.h"
#include "workspace/new_assessment_fields.h"
#include "workspace/template_gallery.h"

#include "store/listing.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

#include <set>

namespace cr::ui {
namespace {

class Gallery : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        ASSERT_TRUE(m_window.openWorkspace(m_path));
    }
    MainWindow m_window;
};

TEST_F(Gallery, CreatesAnAssessmentFromEachTemplate) {
    AppSettings settings;
    settings.iterations = 7000;
    settings.save();
    const QStringList names = templateNames();
    ASSERT_EQ(names.size(), 4);
    TemplateGallery gallery({}, QString());
    EXPECT_EQ(gallery.list()->count(), names.size() + 1); // and the blank one
    std::set<QString> descriptions;
    for (const QString& name : names) {
        ASSERT_TRUE(gallery.selectTemplate(name));
        const Scenario original = readScenarioFile(test::templateFile(name.toStdString()));
        // The template's title is proposed as the assessment's; its description is shown.
        const TemplateText text = templateText(name);
        ASSERT_FALSE(text.description.isEmpty()) << name.toStdString();
        EXPECT_EQ(gallery.fields()->title(), text.title);
        const QString description = gallery.description()->text();
        EXPECT_TRUE(description.contains(text.description.toHtmlEscaped()))
            << description.toStdString();
        descriptions.insert(description);

        gallery.fields()->clientBox()->setCurrentText(QStringLiteral("Kunde \"A\" 🚀"));
        gallery.fields()->titleEdit()->setText(QStringLiteral("Job ") + name);
        const NewAssessmentChoice choice = gallery.choice();
        EXPECT_EQ(choice.templateName, name);
        ASSERT_TRUE(m_window.createAssessment(choice)) << m_window.lastError().toStdString();

        Workspace ws = openStore();
        const auto client = findClient(ws, "Kunde \"A\" 🚀");
        ASSERT_TRUE(client.has_value());
        const auto assessment = findAssessment(ws, client->id, "Job " + name.toStdString());
        ASSERT_TRUE(assessment.has_value());
        ASSERT_EQ(listVersions(ws, assessment->id).size(), 1u);
        // Version 1 is the template with the title as its name and the default iterations.
        Scenario expected = original;
        expected.name = assessment->title;
        expected.simulation.iterations = 7000;
        EXPECT_EQ(versionByNumber(ws, assessment->id, 1).text, writeScenario(expected));
        EXPECT_EQ(writeScenario(m_window.document()->scenario()), writeScenario(expected));
        EXPECT_EQ(m_window.bound()->assessment.id, assessment->id);
        EXPECT_FALSE(m_window.document()->isModified());
    }
    EXPECT_EQ(descriptions.size(), 4u); // each template its own paragraph
}

TEST_F(Gallery, BlankAssessmentTakesTheCurrencySettingAndValidates) {
    AppSettings settings;
    settings.currency = QStringLiteral("CHF");
    settings.save();
    TemplateGallery gallery({}, QString());
    ASSERT_TRUE(gallery.selectTemplate(QString()));
    EXPECT_FALSE(gallery.description()->text().isEmpty());
    EXPECT_TRUE(gallery.fields()->title().isEmpty()); // nothing to propose
    gallery.fields()->clientBox()->setCurrentText(QStringLiteral("Bäckerei Schmidt"));
    gallery.fields()->titleEdit()->setText(QStringLiteral("Kassensystem"));
    ASSERT_TRUE(m_window.createAssessment(gallery.choice()));
    Workspace ws = openStore();
    const auto client = findClient(ws, "Bäckerei Schmidt");
    ASSERT_TRUE(client.has_value());
    const auto assessment = findAssessment(ws, client->id, "Kassensystem");
    ASSERT_TRUE(assessment.has_value());
    const Scenario stored = readScenario(versionByNumber(ws, assessment->id, 1).text);
    EXPECT_EQ(stored.currency, "CHF");
    EXPECT_EQ(stored.name, "Kassensystem");
    EXPECT_EQ(stored.simulation.iterations, Scenario{}.simulation.iterations);

    // The same title again for that client is refused, and nothing is added.
    EXPECT_FALSE(m_window.createAssessment(gallery.choice()));
    EXPECT_FALSE(m_window.lastError().isEmpty());
    EXPECT_EQ(listWorkspace(ws, client->name).at(0).assessments.size(), 1u);
}

TEST_F(Gallery, ClientsToPickFromAndATypedTitleIsKept) {
    TemplateGallery gallery({QStringLiteral("Alpha"), QStringLiteral("Beta")},
                            QStringLiteral("Beta"));
    EXPECT_EQ(gallery.fields()->clientBox()->count(), 2);
    EXPECT_EQ(gallery.fields()->client(), QStringLiteral("Beta"));
    gallery.fields()->titleEdit()->clear();
    QTest::keyClicks(gallery.fields()->titleEdit(), QStringLiteral("My own title"));
    ASSERT_TRUE(gallery.selectTemplate(templateNames().at(1)));
    EXPECT_EQ(gallery.fields()->title(), QStringLiteral("My own title"));
}

} // namespace
} // namespace cr::ui
