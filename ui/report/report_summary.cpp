// Sections 1 and 2: the cover page and the summary in plain language.
#include "report/report_sections.h"
#include "report/value_text.h"

#include <QPdfWriter>

namespace cr::report {

void coverPage(Section& s) {
    PageWriter& out = s.out;
    QPainter& p = out.painter();
    // A coloured band with the program's name: the one decoration of the report.
    const QRectF band(0, 0, PageWriter::mm(210), PageWriter::mm(62));
    p.fillRect(band, QColor(0x1f, 0x3b, 0x57));
    p.setPen(QColor(0xc9, 0xd6, 0xe3));
    p.setFont(PageWriter::font(11));
    p.drawText(QRectF(out.left(), PageWriter::mm(16), out.width(), PageWriter::mm(8)),
               Qt::AlignLeft, QStringLiteral("ChangeRisk"));
    p.setPen(Qt::white);
    p.setFont(PageWriter::font(24, true));
    p.drawText(QRectF(out.left(), PageWriter::mm(27), out.width(), PageWriter::mm(14)),
               Qt::AlignLeft, s.w("cover.kind"));
    p.setFont(PageWriter::font(11));
    p.drawText(QRectF(out.left(), PageWriter::mm(43), out.width(), PageWriter::mm(8)),
               Qt::AlignLeft, s.w("cover.subtitle"));

    out.space(62);
    out.paragraph(s.title(), 17, true, QColor(0x1f, 0x3b, 0x57));
    const Scenario& sc = s.run.scenario;
    if (!s.in.title.empty() && s.in.title != sc.name) {
        out.paragraph(Section::q(sc.name), 11);
    }
    if (!sc.change.name.empty()) {
        out.paragraph(s.w("cover.change").arg(Section::q(sc.change.name)), 10.5);
    }
    out.space(6);

    Table t;
    t.widths = {1, 2.6};
    t.align = {Qt::AlignLeft, Qt::AlignLeft};
    t.fontPt = 10;
    const QString none = QStringLiteral("—");
    t.rows.push_back(
        {s.w("cover.preparedFor"), s.in.client.empty() ? none : Section::q(s.in.client)});
    t.rows.push_back(
        {s.w("cover.preparedBy"), s.in.preparedBy.empty() ? none : Section::q(s.in.preparedBy)});
    t.rows.push_back({s.w("cover.date"), Section::q(longDate(s.in.date, s.lang()))});
    t.rows.push_back({s.w("cover.program"),
                      QStringLiteral("ChangeRisk %1").arg(Section::q(s.in.programVersion))});
    t.rows.push_back({s.w("cover.scenario"), Section::q(sc.name)});
    t.rows.push_back({s.w("cover.currency"), Section::q(sc.currency)});
    out.table(t);

    out.space(4);
    out.paragraph(s.w("cover.contents"), 11, true);
    QStringList contents = {s.w("h.summary"), s.w("h.figures"), s.w("h.inputs"),
                            s.w("h.insurance")};
    const ReportDecisions& d = s.in.decisions;
    if (s.hasCoverOptions()) {
        contents << s.numbered("h.coverOptions")
                        .arg(Section::policyName(sc.insurance[d.coverOptions->policy]));
    }
    if (!d.safeguards.empty()) {
        contents << s.numbered("h.safeguards");
    }
    if (d.sensitivity) {
        contents << s.numbered("h.sensitivity");
    }
    contents << s.numbered("h.method") << s.numbered("h.disclaimer");
    out.bullets(contents, 10);
    out.newPage();
}

namespace {

QString policyTerms(Section& s, const Policy& p) {
    QString limit = p.perClaimLimit ? s.prose(*p.perClaimLimit) : s.w("terms.unlimited");
    QString deductible;
    if (p.deductible.isPercent) {
        deductible =
            QStringLiteral("%1 %").arg(Section::q(plainNumber(p.deductible.percent, s.lang(), 3)));
    } else {
        deductible = s.prose(p.deductible.amount);
    }
    return s.w("summary.policyTerms").arg(limit, deductible);
}

} // namespace

void summarySection(Section& s) {
    PageWriter& out = s.out;
    const ReportRun& r = s.run;
    out.heading(s.w("h.summary"));
    const double pAny = Section::num(r.result["probability_any_incident"]);
    const auto iterations = r.result["iterations"].get<std::uint64_t>();
    const bool annual = r.scenario.simulation.horizon == Horizon::Annual;

    if (!(pAny > 0)) {
        out.paragraph(
            s.w("summary.noIncident")
                .arg(Section::q(formatNumber(static_cast<double>(iterations), 0, s.lang()))));
    } else {
        out.paragraph(s.w(annual ? "summary.chanceAnnual" : "summary.chance").arg(s.chance(pAny)));
        const auto& total = Section::series(r, "total_loss");
        if (total["given_incident"].is_object()) {
            const auto& given = total["given_incident"];
            out.paragraph(s.w("summary.given")
                              .arg(s.prose(Section::num(given["mean"])),
                                   s.prose(Section::num(given["quantiles"]["0.9"]))));
        }
        const double p99 = Section::quantileOf(r, "total_loss", "0.99");
        const QString mean = s.prose(Section::stat(r, "total_loss", "mean"));
        out.paragraph(p99 > 0 ? s.w("summary.overall").arg(mean, s.prose(p99))
                              : s.w("summary.overallRare").arg(mean));
    }

    if (r.scenario.insurance.empty()) {
        out.paragraph(s.w("summary.noPolicy"));
    }
    for (const Policy& p : r.scenario.insurance) {
        const std::string key = "policy." + p.id;
        const auto& outcome = r.result["policies"][p.id];
        QString text =
            policyTerms(s, p) + QLatin1Char(' ') +
            s.w("summary.policyPays")
                .arg(Section::policyName(p), s.prose(Section::stat(r, key + ".paid", "mean")));
        const double capped = Section::num(outcome["p_claim_capped"]);
        if (p.perClaimLimit && !(capped > 0)) {
            text += QLatin1Char(' ') + s.w("summary.policyNeverCapped");
        } else if (p.perClaimLimit) {
            text +=
                QLatin1Char(' ') + s.w("summary.policyCapped")
                                       .arg(s.percent(Section::num(outcome["p_claim_capped"])),
                                            s.prose(Section::stat(r, key + ".shortfall", "mean")));
        }
        out.paragraph(text);
    }
    if (!r.scenario.insurance.empty() && pAny > 0) {
        QString text = s.w("summary.uninsured").arg(s.prose(Section::stat(r, "uninsured", "mean")));
        if (const double p99 = Section::quantileOf(r, "uninsured", "0.99"); p99 > 0) {
            text += s.w("summary.uninsuredTail").arg(s.prose(p99));
        }
        out.paragraph(text);
    }
    if (r.scenario.contract.contractor && pAny > 0) {
        out.paragraph(s.w("summary.contractor")
                          .arg(s.prose(Section::stat(r, "contractor_liability", "mean")),
                               s.prose(Section::stat(r, "contractor_net", "mean"))));
    }
    out.paragraph(s.w("summary.readMore"), 9, false, QColor(0x55, 0x5f, 0x6a));
}

} // namespace cr::report
