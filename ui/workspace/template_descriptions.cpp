// The gallery's paragraphs. They live here (context "cr::ui::TemplateDescriptions") so the
// translation files carry them; the templates' "notes" are long, sourced and English only.
#include "workspace/template_descriptions.h"

#include <QCoreApplication>

namespace cr::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cr::ui::TemplateDescriptions", text);
}

constexpr int kMaxNotesLength = 600;

} // namespace

QString templateDescription(const QString& name, const QString& notes) {
    if (name == QLatin1String("isp-router-reset")) {
        return tr("An internet provider's nightly firmware update resets 2,000 customers' cable "
                  "routers to factory settings. Customers lose their settings and call the "
                  "hotline, some need a technician, and end users claim damages; a contracted "
                  "service provider ran the change, so its liability and its IT liability "
                  "insurance show.");
    }
    if (name == QLatin1String("webshop-deployment")) {
        return tr("A freelancer deploys a new release of a small retailer's web shop. The shop is "
                  "down or broken until the release is rolled back or repaired, and the retailer "
                  "claims the lost profit from the freelancer, whose liability is capped by the "
                  "contract and insured.");
    }
    if (name == QLatin1String("sme-database-migration")) {
        return tr("An IT service provider migrates a 20-person firm's ERP/CRM database and the "
                  "backup turns out to be unusable. The firm stands still while the data is "
                  "rebuilt, customers claim data-protection damages, and the provider's liability "
                  "cover and the firm's cyber policy share the loss.");
    }
    if (name == QLatin1String("endpoint-agent-update")) {
        return tr("A year of monthly endpoint-agent updates that a managed service provider "
                  "pushes to 50 office PCs. A bad update stops the PCs from booting and each needs "
                  "a fix at the machine while its user waits. Change the rollout to a pilot wave "
                  "to see what staging buys.");
    }
    QString paragraph = notes.section(QStringLiteral("\n\n"), 0, 0).trimmed();
    if (paragraph.size() > kMaxNotesLength) {
        paragraph = paragraph.left(kMaxNotesLength).trimmed() + QChar(0x2026);
    }
    return paragraph;
}

QString blankDescription() {
    return tr("An empty scenario: describe your own environment, change, contract and insurance "
              "from scratch.");
}

} // namespace cr::ui
