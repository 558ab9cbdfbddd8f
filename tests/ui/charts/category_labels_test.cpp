// One wording of the cost categories for editors and charts, and it is German in German: the
// insurance page's "covered categories" checkboxes and the cost-by-category chart's axis.
#include "chart_test_support.h"

#include "charts/cost_by_category_chart.h"
#include "document/category_labels.h"
#include "main/main_window.h"
#include "main/translation.h"

#include <QCheckBox>
#include <QLocale>

#include <gtest/gtest.h>

namespace cr::ui {
namespace {

class CategoryLabels : public ::testing::Test {
protected:
    void TearDown() override {
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

// The checkbox texts of the policy editors' "covered categories", by category.
QStringList coverTexts(const MainWindow& window, Category category) {
    QStringList texts;
    const QString name = QStringLiteral("covers_%1").arg(index(category));
    for (const QCheckBox* box :
         window.page(QStringLiteral("insurance"))->findChildren<QCheckBox*>(name)) {
        texts << box->text();
    }
    return texts;
}

QStringList categoryAxisLabels(QChart* chart) {
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            return categories->categories();
        }
    }
    return {};
}

TEST_F(CategoryLabels, GermanInTheInsuranceEditorAndTheChart) {
    // German words from GLOSSARY.md and the translation file, written out here.
    const std::vector<std::pair<Category, QString>> german = {
        {Category::BusinessInterruption, QStringLiteral("Betriebsunterbrechung")},
        {Category::Defence, QStringLiteral("Abwehrkosten")},
        {Category::Onsite, QStringLiteral("Vor-Ort-Einsätze")},
        {Category::Support, QStringLiteral("Supportkontakte")},
        {Category::Hardware, QStringLiteral("Hardware")},
    };
    ASSERT_EQ(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    {
        MainWindow window;
        ASSERT_TRUE(window.openTemplate(QStringLiteral("isp-router-reset")));
        for (const auto& [category, word] : german) {
            EXPECT_EQ(categoryLabel(category), word);
            const QStringList texts = coverTexts(window, category);
            ASSERT_FALSE(texts.isEmpty()) << word.toStdString();
            for (const QString& text : texts) {
                EXPECT_EQ(text, word);
            }
        }
    }
    const auto run = test::runTemplate("isp-router-reset", 2000, 5);
    std::unique_ptr<QChart> chart(
        createCostByCategoryChart(run.scenario, run.document, Language::German));
    const QStringList axis = categoryAxisLabels(chart.get());
    ASSERT_FALSE(axis.isEmpty());
    EXPECT_TRUE(axis.contains(QStringLiteral("Supportkontakte"))) << axis.join(',').toStdString();
    EXPECT_TRUE(axis.contains(QStringLiteral("Vor-Ort-Einsätze"))) << axis.join(',').toStdString();
    EXPECT_FALSE(axis.contains(QStringLiteral("Support contacts")));

    // English again: the same function, English words, in both places.
    installTranslations(QStringLiteral("en"));
    EXPECT_EQ(categoryLabel(Category::Support), QStringLiteral("Support contacts"));
    std::unique_ptr<QChart> english(
        createCostByCategoryChart(run.scenario, run.document, Language::English));
    EXPECT_TRUE(categoryAxisLabels(english.get()).contains(QStringLiteral("Support contacts")));
}

} // namespace
} // namespace cr::ui

namespace cr::ui {
namespace {

// The navigator's counts use the same pattern the editors' category words used (a tr()
// wrapper under the context "cr::ui"): they must be German too.
TEST_F(CategoryLabels, TheNavigatorsCountsAreGermanToo) {
    ASSERT_EQ(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(QCoreApplication::translate("cr::ui", "1 assessment"), QStringLiteral("1 Bewertung"));
}

} // namespace
} // namespace cr::ui
