// The four pages of this part are in the editor list under their ids.
#include "editors_b_support.h"

#include "editors/editor_pages.h"

#include <algorithm>

namespace cr::ui {
namespace {

TEST(EditorPagesB, SupportChangeContractInsuranceAreRegistered) {
    ScenarioDocument document;
    test::loadTemplate(document, "isp-router-reset");
    QWidget parent;
    const auto pages = createEditorPages(&document, &parent);
    for (const char* id : {"support", "change", "contract", "insurance"}) {
        const auto found = std::find_if(pages.begin(), pages.end(), [id](const auto& page) {
            return page.id == QString::fromLatin1(id);
        });
        ASSERT_NE(found, pages.end()) << id;
        EXPECT_NE(found->widget, nullptr);
        EXPECT_FALSE(found->title.isEmpty());
    }
}

} // namespace
} // namespace cr::ui
