// Titles and descriptions of the shipped templates: English source texts marked for lupdate,
// translated at run time through the .ts files (context "cr::ui::TemplateTexts").
#include "main/template_texts.h"

#include <QCoreApplication>

#include <array>

namespace cr::ui {

namespace {

constexpr const char* kContext = "cr::ui::TemplateTexts";

struct Entry {
    const char* name;
    const char* title;
    const char* description;
};

const std::array<Entry, 4> kEntries{{
    {"isp-router-reset", QT_TRANSLATE_NOOP("cr::ui::TemplateTexts", "ISP router firmware update"),
     QT_TRANSLATE_NOOP("cr::ui::TemplateTexts",
                       "A nightly firmware update resets 2,000 cable routers to factory settings; "
                       "customers reconfigure them with hotline help, some need a technician. "
                       "The 2017 case, run by a contracted service provider.")},
    {"webshop-deployment", QT_TRANSLATE_NOOP("cr::ui::TemplateTexts", "Web shop deployment"),
     QT_TRANSLATE_NOOP("cr::ui::TemplateTexts",
                       "A freelancer deploys a new release of a small company's web shop; a "
                       "faulty release stops orders until it is rolled back.")},
    {"sme-database-migration", QT_TRANSLATE_NOOP("cr::ui::TemplateTexts", "Database migration"),
     QT_TRANSLATE_NOOP("cr::ui::TemplateTexts",
                       "An IT service provider migrates a small company's ERP/CRM database; the "
                       "data is corrupted and the backup turns out to be unusable.")},
    {"endpoint-agent-update", QT_TRANSLATE_NOOP("cr::ui::TemplateTexts", "Endpoint agent updates"),
     QT_TRANSLATE_NOOP("cr::ui::TemplateTexts",
                       "A managed service provider pushes monthly agent updates to 50 office "
                       "PCs for a year; a bad update stops them booting.")},
}};

} // namespace

TemplateText templateText(const QString& name) {
    for (const Entry& entry : kEntries) {
        if (name == QLatin1String(entry.name)) {
            return {QCoreApplication::translate(kContext, entry.title),
                    QCoreApplication::translate(kContext, entry.description)};
        }
    }
    return {name, {}};
}

QStringList templatesWithTexts() {
    QStringList names;
    for (const Entry& entry : kEntries) {
        names << QLatin1String(entry.name);
    }
    return names;
}

} // namespace cr::ui
