// Sections 6 and 7: the model's rules in short, what a second person needs to reproduce the
// figures, and the disclaimer.
#include "report/report_sections.h"

namespace cr::report {

void methodSection(Section& s) {
    const ReportRun& r = s.run;
    s.out.heading(s.numbered("h.method"));
    s.out.paragraph(s.w("method.intro"), 9.5);
    QStringList rules;
    for (const char* key : {"method.rule1", "method.rule2", "method.rule3", "method.rule4",
                            "method.rule5", "method.rule6", "method.rule7", "method.rule8"}) {
        rules << s.w(key);
    }
    s.out.bullets(rules, 9);

    s.out.heading(s.w("h.reproduce"), 2);
    const double iterations = Section::num(r.result["iterations"]);
    const double mean = Section::stat(r, "total_loss", "mean");
    const double se = Section::stat(r, "total_loss", "stderr");
    Table t;
    t.widths = {1.4, 2.6};
    t.align = {Qt::AlignLeft, Qt::AlignLeft};
    t.rows.push_back({s.w("method.iterations"), Section::q(formatNumber(iterations, 0, s.lang()))});
    t.rows.push_back({s.w("method.seed"), QString::number(r.result["seed"].get<std::uint64_t>())});
    QString seText = s.money(se);
    if (mean > 0 && std::isfinite(se)) {
        seText += s.w("method.relative").arg(s.percent(se / mean));
    }
    t.rows.push_back({s.w("method.stderr"), seText});
    t.rows.push_back({s.w("method.horizon"),
                      s.w(r.scenario.simulation.horizon == Horizon::Annual ? "in.horizon.annual"
                                                                           : "in.horizon.single")});
    t.rows.push_back(
        {s.w("method.version"), Section::q(r.result.value("program_version", std::string()))});
    t.rows.push_back(
        {s.w("method.sha"), Section::q(r.result.value("scenario_sha256", std::string()))});
    s.out.table(t);
    s.out.paragraph(s.w("method.command")
                        .arg(QString::number(r.result["iterations"].get<std::uint64_t>()),
                             QString::number(r.result["seed"].get<std::uint64_t>())),
                    9);
}

void disclaimerSection(Section& s) {
    s.out.heading(s.numbered("h.disclaimer"));
    s.out.paragraph(s.w("disclaimer.text"), 9.5);
}

} // namespace cr::report
