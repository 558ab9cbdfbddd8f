// English and German words of the report, side by side (GLOSSARY.md's broker terms).
#include "report/report_words.h"

#include <array>
#include <stdexcept>
#include <string>

namespace cr::report {

namespace {

struct Entry {
    std::string_view key, en, de;
};

// %1, %2 are filled in with QString::arg.
constexpr Entry kWords[] = {
    {"n/a", "n/a", "k. A."},
    {"yes", "yes", "ja"},
    {"no", "no", "nein"},
    {"chance.percentOneIn", "%1 (about %2)", "%1 (etwa %2)"},

    {"cover.kind", "Consultation report", "Beratungsbericht"},
    {"cover.subtitle", "What a failed IT change can cost, and what insurance pays",
     "Was eine fehlgeschlagene IT-Änderung kosten kann und was die Versicherung zahlt"},
    {"cover.change", "Change: %1", "Änderung: %1"},
    {"cover.preparedFor", "Prepared for", "Erstellt für"},
    {"cover.preparedBy", "Prepared by", "Erstellt von"},
    {"cover.date", "Date", "Datum"},
    {"cover.program", "Program", "Programm"},
    {"cover.scenario", "Scenario", "Szenario"},
    {"cover.currency", "Currency", "Währung"},
    {"cover.contents", "Contents", "Inhalt"},

    {"h.summary", "2  Summary", "2  Zusammenfassung"},
    {"h.figures", "3  Key figures and charts", "3  Kennzahlen und Diagramme"},
    {"h.inputs", "4  Inputs", "4  Eingaben"},
    {"h.insurance", "5  Insurance", "5  Versicherung"},
    // Numbered by Section::headingText: the decision sections, when present, come after 5.
    {"h.coverOptions", "%1  Cover options for “%2”", "%1  Deckungsoptionen für „%2“"},
    {"h.safeguards", "%1  Safeguards", "%1  Schutzmaßnahmen"},
    {"h.sensitivity", "%1  Which inputs matter", "%1  Welche Eingaben das Ergebnis bewegen"},
    {"h.method", "%1  Method and assumptions", "%1  Methode und Annahmen"},
    {"h.disclaimer", "%1  Disclaimer", "%1  Haftungsausschluss"},
    {"h.givenIncident", "Given an incident", "Je Schadenereignis"},
    {"h.exceedance", "Chance of exceeding an amount",
     "Wahrscheinlichkeit, einen Betrag zu übersteigen"},
    {"h.categories", "Expected cost by category", "Erwartete Kosten nach Kategorie"},
    {"h.sideBySide", "The policies side by side", "Die Policen im Vergleich"},
    {"h.compare", "Comparison with another run", "Vergleich mit einem anderen Lauf"},
    {"h.reproduce", "Reproducing the figures", "Die Zahlen nachrechnen"},

    {"summary.chance", "There is a %1 chance that this change causes an incident.",
     "Mit einer Wahrscheinlichkeit von %1 verursacht diese Änderung ein Schadenereignis."},
    {"summary.chanceAnnual",
     "There is a %1 chance that a year of these changes brings at least one incident.",
     "Mit einer Wahrscheinlichkeit von %1 bringt ein Jahr mit diesen Änderungen mindestens ein "
     "Schadenereignis."},
    {"summary.given",
     "If it does, the expected loss is %1, and there is a 1 in 10 chance that it exceeds %2.",
     "Tritt es ein, beträgt der erwartete Schaden %1; mit einer Wahrscheinlichkeit von 1 zu 10 "
     "übersteigt er %2."},
    {"summary.overall",
     "Averaged over all outcomes, including those without an incident, the expected loss is %1; "
     "the 1-in-100 loss is %2.",
     "Über alle Ausgänge gemittelt, auch die ohne Schadenereignis, beträgt der erwartete Schaden "
     "%1; der 100-Jahres-Schaden (99 %‑VaR) beträgt %2."},
    {"summary.overallRare",
     "Averaged over all outcomes, including those without an incident, the expected loss is %1. "
     "Fewer than 1 in 100 outcomes bring any loss at all, so the 1-in-100 loss is zero: look at "
     "the figures given an incident.",
     "Über alle Ausgänge gemittelt, auch die ohne Schadenereignis, beträgt der erwartete Schaden "
     "%1. Weniger als 1 von 100 Ausgängen bringt überhaupt einen Schaden, daher ist der 99 %‑VaR "
     "null: aussagekräftig sind die Zahlen je Schadenereignis."},
    {"summary.noIncident",
     "In none of the %1 simulated iterations did the change cause an incident: the chance is too "
     "small to show with this number of iterations. Every figure below is zero; raise the number "
     "of iterations for an estimate.",
     "In keiner der %1 simulierten Iterationen hat die Änderung ein Schadenereignis verursacht: "
     "die Wahrscheinlichkeit ist zu klein, um sich bei dieser Anzahl von Iterationen zu zeigen. "
     "Alle Zahlen unten sind null; für eine Schätzung die Anzahl der Iterationen erhöhen."},
    {"summary.noPolicy",
     "No insurance policy is part of this scenario: every loss stays with the party that bears it.",
     "Dieses Szenario enthält keine Versicherung: jeder Schaden bleibt bei dem, der ihn trägt."},
    {"summary.policyTerms", "With a per-claim limit of %1 and a deductible of %2,",
     "Bei einer Versicherungssumme von %1 je Versicherungsfall und einer Selbstbeteiligung von %2"},
    {"summary.policyPays", "the policy “%1” pays an expected %2.",
     "zahlt die Police „%1“ im Mittel %2."},
    {"summary.policyCapped",
     "The chance that a claim exceeds the limit is %1; the shortfall over the limits averages %2.",
     "Mit einer Wahrscheinlichkeit von %1 übersteigt ein Schaden die Versicherungssumme; die "
     "Unterdeckung beträgt im Mittel %2."},
    {"summary.policyNeverCapped", "In no iteration did a claim exceed the limit.",
     "In keiner Iteration überstieg ein Schaden die Versicherungssumme."},
    {"summary.uninsured", "Altogether an expected %1 remains uninsured.",
     "Insgesamt bleiben im Mittel %1 nicht versichert."},
    {"summary.uninsuredTail", " Only 1 in 100 outcomes leaves more than %1 uninsured.",
     " Nur 1 von 100 Ausgängen lässt mehr als %1 unversichert."},
    {"summary.contractor",
     "The contractor's expected liability towards the operator is %1; after its insurance it "
     "bears an expected %2 itself (including its own rework).",
     "Die erwartete Haftung des Auftragnehmers gegenüber dem Betreiber beträgt %1; nach der "
     "Leistung seiner Versicherung trägt er im Mittel %2 selbst (einschließlich Nachbesserung)."},
    {"summary.readMore",
     "Amounts in this summary are rounded to two significant figures; the tables in section 3 give "
     "them in whole currency units.",
     "Beträge in dieser Zusammenfassung sind auf zwei signifikante Stellen gerundet; die Tabellen "
     "in Abschnitt 3 nennen sie in ganzen Währungseinheiten."},

    {"series.total_loss", "Total loss", "Gesamtschaden"},
    {"series.insurance_paid", "Insurance paid", "Versicherungsleistung"},
    {"series.uninsured", "Uninsured", "Nicht versichert"},
    {"series.operator_net", "Operator net loss", "Nettoschaden Betreiber"},
    {"series.contractor_liability", "Contractor liability", "Haftung Auftragnehmer"},
    {"series.contractor_net", "Contractor net loss", "Nettoschaden Auftragnehmer"},
    {"series.paidBy", "Paid by %1", "Leistung %1"},
    {"series.shortfallOf", "Shortfall of %1", "Unterdeckung %1"},

    {"fig.series", "", ""},
    {"fig.expected", "Expected", "Erwartet"},
    {"fig.p99", "1 in 100", "99 %-VaR"},
    {"fig.p995", "1 in 200", "99,5 %-VaR"},
    {"fig.tvar", "TVaR 99 %", "TVaR 99 %"},
    {"fig.positive", "P(> 0)", "P(> 0)"},
    {"fig.median", "Median", "Median"},
    {"fig.p90", "1 in 10", "90 %-Quantil"},
    {"fig.givenIncidentNote",
     "The same figures over the iterations that had an incident: what an incident costs when it "
     "happens.",
     "Dieselben Zahlen über die Iterationen mit Schadenereignis: was ein Schadenereignis kostet, "
     "wenn es eintritt."},
    {"exc.amount", "Amount", "Betrag"},
    {"exc.total", "P(total loss > amount)", "P(Gesamtschaden > Betrag)"},
    {"exc.uninsured", "P(uninsured > amount)", "P(nicht versichert > Betrag)"},

    {"cat.header", "Category", "Kategorie"},
    {"cat.gross", "Gross", "Brutto"},
    {"cat.insured", "Insured", "Versichert"},
    {"cat.retained", "Retained", "Selbst getragen"},
    {"cat.sum", "Sum", "Summe"},
    {"cat.support", "Support contacts", "Support-Kontakte"},
    {"cat.remediation", "Remediation work", "Wiederherstellung"},
    {"cat.onsite", "On-site visits", "Vor-Ort-Einsätze"},
    {"cat.hardware", "Hardware", "Hardware"},
    {"cat.overhead", "Incident overhead", "Störungsmanagement"},
    {"cat.operator_downtime", "Operator downtime", "Eigene Betriebsunterbrechung"},
    {"cat.business_interruption", "Business interruption claims",
     "Betriebsunterbrechung (Ansprüche)"},
    {"cat.data_loss", "Data-loss claims", "Datenverlust (Ansprüche)"},
    {"cat.penalties", "SLA credits and penalties", "SLA-Gutschriften und Entschädigungen"},
    {"cat.defence", "Defence costs", "Abwehrkosten"},
    {"cat.rework", "Rework", "Nachbesserung"},
    {"cat.other", "Other", "Sonstiges"},

    {"chart.lec", "Loss exceedance curve", "Schadenüberschreitungskurve"},
    {"chart.lecX", "Amount", "Betrag"},
    {"chart.lecY", "P(loss > amount)", "P(Schaden > Betrag)"},
    {"chart.deductible", "Deductible %1", "Selbstbeteiligung %1"},
    {"chart.limit", "Per-claim limit %1", "Versicherungssumme %1"},
    {"chart.aggregate", "Annual aggregate %1", "Jahreshöchstleistung %1"},
    {"chart.categories", "Expected cost by category: insured and retained",
     "Erwartete Kosten nach Kategorie: versichert und selbst getragen"},
    {"chart.whoPays", "Who pays the expected loss", "Wer den erwarteten Schaden trägt"},
    {"chart.noLoss", "No loss in any iteration", "In keiner Iteration ein Schaden"},
    {"pays.operator", "Operator (uninsured)", "Betreiber (nicht versichert)"},
    {"pays.contractor", "Contractor (uninsured)", "Auftragnehmer (nicht versichert)"},
    {"party.operator", "Operator", "Betreiber"},
    {"party.contractor", "Contractor", "Auftragnehmer"},

    {"in.intro",
     "Every input of the scenario. Uncertain inputs are given as distributions: PERT a / b / c "
     "means minimum, most likely and maximum; for a lognormal the range holding 90 % of the "
     "values is given.",
     "Alle Eingaben des Szenarios. Unsichere Eingaben sind Verteilungen: PERT a / b / c heißt "
     "Minimum, wahrscheinlichster Wert und Maximum; bei einer Lognormalverteilung ist der Bereich "
     "angegeben, in dem 90 % der Werte liegen."},
    {"in.input", "Input", "Eingabe"},
    {"in.value", "Value", "Wert"},
    {"in.h.simulation", "Simulation", "Simulation"},
    {"in.horizon", "Horizon", "Zeitraum"},
    {"in.horizon.single", "one execution of the change", "eine Durchführung der Änderung"},
    {"in.horizon.annual", "one year of changes", "ein Jahr mit Änderungen"},
    {"in.iterations", "Iterations", "Iterationen"},
    {"in.seed", "Seed", "Startwert"},
    {"in.thresholds", "Amounts of interest", "Betrachtete Beträge"},
    {"in.h.change", "The change", "Die Änderung"},
    {"in.changeName", "Name", "Bezeichnung"},
    {"in.targets", "Targets", "Betroffene Gruppen"},
    {"in.waves", "Rollout waves", "Rollout-Wellen"},
    {"in.detection", "Detection after a failed wave", "Erkennung nach einer fehlerhaften Welle"},
    {"in.changesPerYear", "Changes per year", "Änderungen pro Jahr"},
    {"in.h.failureMode", "Failure mode: %1", "Fehlerbild: %1"},
    {"in.probability", "Probability per change", "Wahrscheinlichkeit je Änderung"},
    {"in.affectedShare", "Share of devices affected", "Anteil betroffener Geräte"},
    {"in.wipesData", "Wipes data", "Löscht Daten"},
    {"in.bricks", "Makes devices unusable", "Macht Geräte unbrauchbar"},
    {"in.reconfiguration", "Needs reconfiguration", "Erfordert Neukonfiguration"},
    {"in.h.assetGroup", "Devices: %1", "Geräte: %1"},
    {"in.kind", "Kind", "Art"},
    {"in.count", "Number", "Anzahl"},
    {"in.usersPerAsset", "Users per device", "Nutzer je Gerät"},
    {"in.businessUserShare", "Business users", "Anteil Geschäftskunden"},
    {"in.remoteRestoreShare", "Restored remotely", "Fernwiederherstellung"},
    {"in.remoteRestoreCost", "Cost of a remote restore", "Kosten je Fernwiederherstellung"},
    {"in.remoteOutageHours", "Outage when restored remotely", "Ausfall bei Fernwiederherstellung"},
    {"in.manualFixHours", "Manual fix per device", "Manuelle Behebung je Gerät"},
    {"in.outageHours", "Outage when fixed manually", "Ausfall bei manueller Behebung"},
    {"in.onsiteShare", "Needing an on-site visit", "Anteil mit Vor-Ort-Einsatz"},
    {"in.dataAtRiskShare", "Devices with data at risk", "Geräte mit gefährdeten Daten"},
    {"in.backupShare", "Of those with a backup", "Davon mit Datensicherung"},
    {"in.replacementCost", "Replacement cost", "Ersatzkosten"},
    {"in.h.support", "Support and technicians", "Support und Techniker"},
    {"in.contactRate", "Users who contact support", "Anteil Nutzer mit Support-Kontakt"},
    {"in.handlingMinutes", "Handling time per contact", "Bearbeitungszeit je Kontakt"},
    {"in.costPerMinute", "Support cost per minute", "Support-Kosten je Minute"},
    {"in.technicianHourlyRate", "Technician hourly rate", "Stundensatz Techniker"},
    {"in.onsiteVisitCost", "Cost of an on-site visit", "Kosten je Vor-Ort-Einsatz"},
    {"in.incidentOverhead", "Incident overhead", "Störungsmanagement je Ereignis"},
    {"in.h.endUsers", "End users and the operator", "Endkunden und Betreiber"},
    {"in.claimRate", "End users who claim", "Anteil Endkunden mit Anspruch"},
    {"in.downtimeBusiness", "Downtime cost per hour, business user",
     "Ausfallkosten je Stunde, Geschäftskunde"},
    {"in.downtimeConsumer", "Downtime cost per hour, consumer",
     "Ausfallkosten je Stunde, Privatkunde"},
    {"in.dataLossAward", "Award per data-loss claim", "Entschädigung je Datenverlust"},
    {"in.defenceCost", "Defence costs per incident", "Abwehrkosten je Ereignis"},
    {"in.slaCreditPerUser", "SLA credit per user", "SLA-Gutschrift je Nutzer"},
    {"in.slaCreditPerUserHour", "SLA credit per user and hour",
     "SLA-Gutschrift je Nutzer und Stunde"},
    {"in.slaCreditCap", "SLA credit cap per incident", "Obergrenze SLA-Gutschriften je Ereignis"},
    {"in.claimCapPerUser", "Statutory cap per end user", "Gesetzliche Haftungsgrenze je Endkunde"},
    {"in.claimCapPerIncident", "Statutory cap per incident",
     "Gesetzliche Haftungsgrenze je Ereignis"},
    {"in.operatorDowntime", "Operator's own downtime cost per hour",
     "Eigene Ausfallkosten des Betreibers je Stunde"},
    {"in.h.contract", "Contract and liability", "Vertrag und Haftung"},
    {"in.contractor", "A contractor makes the change",
     "Ein Auftragnehmer führt die Änderung durch"},
    {"in.contractValue", "Contract value", "Auftragswert"},
    {"in.liabilityCap", "Liability cap per incident", "Haftungshöchstbetrag je Ereignis"},
    {"in.capMultiple", "%1 × the contract value", "%1 × Auftragswert"},
    {"in.capAtLeast", ", at least %1", ", mindestens %1"},
    {"in.fault", "Contractor at fault", "Verschulden des Auftragnehmers"},
    {"in.capFails", "Cap does not hold (gross negligence)",
     "Haftungsbegrenzung greift nicht (grobe Fahrlässigkeit)"},
    {"in.contributory", "Contributory negligence", "Mitverschulden"},
    {"in.contractorRate", "Contractor hourly rate", "Stundensatz Auftragnehmer"},
    {"in.reworkHours", "Rework", "Nachbesserung"},
    {"in.h.lossLines", "Further losses (loss lines)", "Weitere Schäden (Schadenpositionen)"},
    {"ll.name", "Name", "Bezeichnung"},
    {"ll.category", "Category", "Kategorie"},
    {"ll.bearer", "Borne by", "Träger"},
    {"ll.frequency", "Events", "Ereignisse"},
    {"ll.severity", "Amount per event", "Betrag je Ereignis"},

    {"ins.none",
     "This scenario has no insurance policy: every loss stays with the operator or the "
     "contractor. The key figures show what they bear.",
     "Dieses Szenario enthält keine Versicherung: jeder Schaden bleibt beim Betreiber oder beim "
     "Auftragnehmer. Die Kennzahlen zeigen, was sie tragen."},
    {"ins.terms", "Terms", "Bedingungen"},
    {"ins.outcome", "What it pays", "Was sie leistet"},
    {"terms.holder", "Policy holder", "Versicherungsnehmer"},
    {"terms.limit", "Sum insured per claim", "Versicherungssumme je Versicherungsfall"},
    {"terms.aggregate", "Annual aggregate", "Jahreshöchstleistung"},
    {"terms.deductible", "Deductible", "Selbstbeteiligung"},
    {"terms.percentDeductible", "%1 % of the claim", "%1 % des Schadens"},
    {"terms.atLeast", ", at least %1", ", mindestens %1"},
    {"terms.atMost", ", at most %1", ", höchstens %1"},
    {"terms.coinsurance", "Insurer's share (coinsurance)", "Quote des Versicherers"},
    {"terms.annualDeductible", "Annual deductible", "Jahresselbstbehalt"},
    {"terms.sublimits", "Sublimits", "Sublimits"},
    {"terms.serialLoss", "Serial-loss clause", "Serienschadenklausel"},
    {"terms.defenceOutside", "Defence costs outside the limit",
     "Abwehrkosten außerhalb der Versicherungssumme"},
    {"terms.premium", "Annual premium", "Jahresprämie"},
    {"terms.covers", "Covers", "Deckt"},
    {"terms.unlimited", "unlimited", "unbegrenzt"},
    {"terms.none", "none", "keine"},
    {"terms.notGiven", "not given", "nicht angegeben"},
    {"pay.expected", "Expected payment", "Erwartete Leistung"},
    {"pay.p99", "Payment, 1 in 100", "Leistung, 99 %-VaR"},
    {"pay.chance", "Chance of a payment", "Wahrscheinlichkeit einer Leistung"},
    {"pay.shortfall", "Expected shortfall over the limits", "Erwartete Unterdeckung"},
    {"pay.shortfallP99", "Shortfall, 1 in 100", "Unterdeckung, 99 %-VaR"},
    {"pay.shortfallChance", "Chance of a shortfall", "Wahrscheinlichkeit einer Unterdeckung"},
    {"pay.capped", "Chance that a claim exceeds the limit",
     "Wahrscheinlichkeit, dass ein Schaden die Versicherungssumme übersteigt"},
    {"pay.exhausted", "Chance that the aggregate is exhausted",
     "Wahrscheinlichkeit, dass die Jahreshöchstleistung erschöpft ist"},
    {"cmp.intro", "“%1” is this report's run; “%2” the run it is compared with.",
     "„%1“ ist der Lauf dieses Berichts; „%2“ der Vergleichslauf."},
    {"cmp.scenario", "Scenario", "Szenario"},
    {"cmp.policies", "Policies (limit / deductible)",
     "Policen (Versicherungssumme / Selbstbeteiligung)"},
    {"cmp.pAny", "Probability of an incident", "Wahrscheinlichkeit eines Schadenereignisses"},
    {"cmp.totalMean", "Expected total loss", "Erwarteter Gesamtschaden"},
    {"cmp.paidMean", "Expected insurance payment", "Erwartete Versicherungsleistung"},
    {"cmp.uninsuredMean", "Expected uninsured loss", "Erwarteter nicht versicherter Schaden"},
    {"cmp.uninsuredP99", "Uninsured, 1 in 100", "Nicht versichert, 99 %-VaR"},
    {"cmp.premiums", "Annual premiums", "Jahresprämien"},
    {"cmp.uninsuredPlusPremium", "Expected uninsured loss plus premiums",
     "Erwarteter nicht versicherter Schaden plus Prämien"},

    {"dec.run",
     "Computed with %1 iterations and seed %2 (common random numbers: every option or variant "
     "sees the same simulated incidents).",
     "Berechnet mit %1 Iterationen und Startwert %2 (gemeinsame Zufallszahlen: jede Option und "
     "jede Variante sieht dieselben simulierten Schadenereignisse)."},
    {"co.intro",
     "What other terms of the policy “%1” would change: each option applies its sum insured per "
     "claim (the annual aggregate keeps its multiple), deductible and premium to the same "
     "simulated claims, so the differences between options are exact, not chance. The recommended "
     "option is the smallest sum insured with a chance below %2 that a claim exceeds it.",
     "Was andere Bedingungen der Police „%1“ ändern würden: jede Option wendet ihre "
     "Versicherungssumme je Versicherungsfall (die Jahreshöchstleistung behält ihr Vielfaches), "
     "Selbstbeteiligung und Prämie auf dieselben simulierten Schäden an; die Unterschiede "
     "zwischen den Optionen sind daher exakt und kein Zufall. Empfohlen wird die kleinste "
     "Versicherungssumme, die ein Schaden mit einer Wahrscheinlichkeit unter %2 übersteigt."},
    // Table headers: "\u00AD" (soft hyphen) lets long German words break in narrow columns.
    {"co.limit", "Sum insured per claim", "Versicherungs\u00ADsumme je Versicherungs\u00ADfall"},
    {"co.deductible", "Deductible", "Selbst\u00ADbeteiligung"},
    {"co.premium", "Annual premium", "Jahres\u00ADprämie"},
    {"co.paid", "Expected insurance payment", "Erwartete Leistung"},
    {"co.uninsured", "Expected uninsured", "Erwartet nicht versichert"},
    {"co.capped", "P(claim > sum insured)", "P(Schaden > Vers.-Summe)"},
    {"co.exhausted", "P(aggregate exhausted)", "P(Jahres\u00ADhöchst\u00ADleistung erschöpft)"},
    {"co.uninsuredP99", "Uninsured, 1 in 100", "Nicht versichert, 99 %-VaR"},
    {"co.plusPremium", "Uninsured + premium", "Nicht versichert + Prämie"},
    {"co.recommendedMark", "✓", "✓"},
    {"co.tableNote",
     "The recommended option is printed in bold and marked ✓. Expected amounts are means over all "
     "iterations; “uninsured” is what the policy holder bears after all its policies.",
     "Die empfohlene Option ist fett gedruckt und mit ✓ markiert. Erwartete Beträge sind "
     "Mittelwerte über alle Iterationen; „nicht versichert“ ist, was der Versicherungsnehmer nach "
     "allen seinen Policen selbst trägt."},
    {"co.chart", "Expected uninsured amount and P(claim > sum insured)",
     "Erwartet nicht versichert und P(Schaden > Versicherungssumme)"},
    {"co.chartX", "Sum insured per claim", "Versicherungssumme je Versicherungsfall"},
    {"co.chartLeft", "Expected amount", "Erwarteter Betrag"},
    {"co.chartRight", "P(claim > sum insured)", "P(Schaden > Versicherungssumme)"},
    {"co.lineUninsured", "Expected uninsured", "Erwartet nicht versichert"},
    {"co.linePlusPremium", "Expected uninsured + premium", "Erwartet nicht versichert + Prämie"},
    {"co.lineCapped", "P(claim > sum insured)", "P(Schaden > Versicherungssumme)"},
    {"co.lineTarget", "Target %1", "Ziel %1"},
    {"co.withDeductible", "%1, deductible %2", "%1, SB %2"},
    {"co.recommendedPoint", "Recommended", "Empfohlen"},

    {"sg.intro",
     "What each safeguard would change: every variant switches on one safeguard and leaves "
     "everything else as planned. Negative changes mean the safeguard lowers the amount.",
     "Was jede Schutzmaßnahme ändern würde: jede Variante schaltet eine Maßnahme ein und lässt "
     "alles andere wie geplant. Negative Änderungen heißen, dass die Maßnahme den Betrag senkt."},
    {"sg.variant", "Safeguard", "Schutzmaßnahme"},
    {"sg.total", "Expected total loss", "Erwarteter Gesamt\u00ADschaden"},
    {"sg.p99", "1-in-100 loss", "99 %-VaR Schaden"},
    {"sg.uninsured", "Expected uninsured", "Erwartet nicht versichert"},
    {"sg.change", "Change", "Änderung"},
    {"sg.chart", "Change in the expected total loss per safeguard",
     "Änderung des erwarteten Gesamtschadens je Schutzmaßnahme"},
    {"sg.none", "No safeguard applies to this scenario beyond what it already has.",
     "Über das Vorhandene hinaus passt keine Schutzmaßnahme zu diesem Szenario."},
    {"safeguard.as-planned", "As planned", "Wie geplant"},
    {"safeguard.canary", "Staged rollout (canary wave)", "Gestaffelter Rollout (Pilotwelle)"},
    {"safeguard.detection", "Higher detection probability", "Höhere Erkennungswahrscheinlichkeit"},
    {"safeguard.backups", "Backups", "Datensicherungen"},
    {"safeguard.remote-restore", "Remote restore", "Fernwiederherstellung"},
    {"safeguard.four-eyes", "Four-eyes review (lower failure probability)",
     "Vier-Augen-Prüfung (geringere Fehlerwahrscheinlichkeit)"},
    {"safeguard.liability-cap", "Contract liability cap", "Vertragliche Haftungsbegrenzung"},

    {"se.intro",
     "Which of the estimates move the result most: each uncertain input is fixed at its 10th and "
     "at its 90th percentile (P10, P90), everything else as in the scenario. The bars run from the "
     "expected total loss with the input at P10 to that with the input at P90, around the "
     "expected total loss of the scenario as it is (%1); the longest bars are the estimates "
     "worth checking first.",
     "Welche Schätzungen das Ergebnis am stärksten bewegen: jede unsichere Eingabe wird auf ihr "
     "10. und auf ihr 90. Perzentil (P10, P90) festgesetzt, alles andere wie im Szenario. Die "
     "Balken reichen vom erwarteten Gesamtschaden mit der Eingabe bei P10 bis zu dem bei P90, "
     "um den erwarteten Gesamtschaden des Szenarios wie es ist (%1); die längsten Balken zeigen "
     "die Schätzungen, die sich zuerst zu prüfen lohnen."},
    {"se.chart", "Expected total loss with each input at P10 and P90",
     "Erwarteter Gesamtschaden mit jeder Eingabe bei P10 und P90"},
    {"se.atLow", "Input at P10", "Eingabe bei P10"},
    {"se.atHigh", "Input at P90", "Eingabe bei P90"},
    {"se.base", "As it is: %1", "Wie es ist: %1"},
    {"se.input", "Input", "Eingabe"},
    {"se.values", "P10 / P90", "P10 / P90"},
    {"se.totalAtLow", "Total loss at P10", "Gesamt\u00ADschaden bei P10"},
    {"se.totalAtHigh", "at P90", "bei P90"},
    {"se.swing", "Swing", "Spanne"},
    {"se.uninsuredSwing", "Swing uninsured", "Spanne nicht versichert"},
    {"se.spearman", "ρ", "ρ"},
    {"se.tableNote",
     "Swing: the difference between the expected total loss at P90 and at P10. ρ: the rank "
     "correlation (Spearman) of each input's draws with the total loss in the run of the scenario "
     "as it is: near 1 or −1, the input drives the loss; near 0, it hardly matters; “–” where it "
     "cannot be computed (too few incidents, no spread).",
     "Spanne: der Unterschied des erwarteten Gesamtschadens zwischen P90 und P10. ρ: die "
     "Rangkorrelation (Spearman) der gezogenen Werte jeder Eingabe mit dem Gesamtschaden im Lauf "
     "des Szenarios wie es ist: nahe 1 oder −1 treibt die Eingabe den Schaden, nahe 0 spielt sie "
     "kaum eine Rolle; „–“, wo sie sich nicht berechnen lässt (zu wenige Schadenereignisse, keine "
     "Streuung)."},
    {"se.rest", "The other %1 inputs each move the expected total loss by at most %2.",
     "Die übrigen %1 Eingaben bewegen den erwarteten Gesamtschaden jeweils um höchstens %2."},
    {"se.none", "The scenario has no uncertain input.",
     "Das Szenario hat keine unsichere Eingabe."},
    {"se.of", "%1 (%2)", "%1 (%2)"},
    {"se.lossLine", "Loss line “%1”", "Schadenposition „%1“"},
    {"se.failureMode", "failure mode “%1”", "Fehlerbild „%1“"},
    {"se.group", "devices “%1”", "Geräte „%1“"},

    {"method.intro",
     "The figures come from a Monte Carlo simulation: the scenario is played through many times, "
     "each time with fresh random draws of every uncertain input, and the statistics are taken "
     "over all iterations. The model's rules in short:",
     "Die Zahlen stammen aus einer Monte-Carlo-Simulation: das Szenario wird viele Male "
     "durchgespielt, jedes Mal mit neuen Zufallswerten für jede unsichere Eingabe, und die "
     "Kennzahlen werden über alle Iterationen gebildet. Die Regeln des Modells in Kürze:"},
    {"method.rule1",
     "An iteration is one execution of the change (or one year of changes). Each failure mode "
     "occurs with its probability, independently of the others.",
     "Eine Iteration ist eine Durchführung der Änderung (oder ein Jahr mit Änderungen). Jedes "
     "Fehlerbild tritt mit seiner Wahrscheinlichkeit ein, unabhängig von den anderen."},
    {"method.rule2",
     "An incident hits a share of the targeted devices, wave by wave; a failure noticed after a "
     "wave can stop the rollout.",
     "Ein Schadenereignis trifft einen Anteil der betroffenen Geräte, Welle für Welle; ein nach "
     "einer Welle erkannter Fehler kann den Rollout stoppen."},
    {"method.rule3",
     "Every uncertain input is drawn once per incident, for all devices of a group alike; only "
     "the numbers of devices and people affected are drawn one by one.",
     "Jede unsichere Eingabe wird je Schadenereignis einmal gezogen, für alle Geräte einer Gruppe "
     "gleich; nur die Anzahl betroffener Geräte und Personen wird einzeln ausgewürfelt."},
    {"method.rule4",
     "Costs fall into categories: support, remediation, on-site visits, hardware, incident "
     "overhead, the operator's own downtime, end users' downtime and data-loss claims, SLA "
     "credits, "
     "defence costs, the contractor's rework and further loss lines.",
     "Die Kosten fallen in Kategorien: Support, Wiederherstellung, Vor-Ort-Einsätze, Hardware, "
     "Störungsmanagement, eigene Betriebsunterbrechung des Betreibers, Ansprüche der Endkunden "
     "aus Ausfall und Datenverlust, SLA-Gutschriften, Abwehrkosten, Nachbesserung des "
     "Auftragnehmers und weitere Schadenpositionen."},
    {"method.rule5",
     "A contractor who made the change is at fault with the stated probability and then owes the "
     "operator's loss (less contributory negligence) up to the contractual liability cap; with "
     "the stated probability the cap does not hold, as under gross negligence.",
     "Ein Auftragnehmer, der die Änderung durchgeführt hat, trägt mit der angegebenen "
     "Wahrscheinlichkeit das Verschulden und ersetzt dann den Schaden des Betreibers (abzüglich "
     "Mitverschulden) bis zum Haftungshöchstbetrag; mit der angegebenen Wahrscheinlichkeit greift "
     "die Haftungsbegrenzung nicht, etwa bei grober Fahrlässigkeit."},
    {"method.rule6",
     "A policy pays per claim the covered categories less the deductible, times the insurer's "
     "share, up to the sum insured per claim and over the year up to the annual aggregate. "
     "Defence costs are paid outside the sum insured unless stated otherwise; rework is never "
     "insured. Under the serial-loss clause all consequences of one incident are one claim.",
     "Eine Police leistet je Versicherungsfall die gedeckten Kategorien abzüglich der "
     "Selbstbeteiligung, mal der Quote, bis zur Versicherungssumme und im Jahr bis zur "
     "Jahreshöchstleistung. Abwehrkosten werden außerhalb der Versicherungssumme gezahlt, sofern "
     "nicht anders angegeben; Nachbesserung ist nie versichert. Nach der Serienschadenklausel "
     "gelten alle Folgen eines Schadenereignisses als ein Versicherungsfall."},
    {"method.rule7",
     "The shortfall is what a policy would have paid without its sublimits, sum insured and "
     "annual aggregate, less what it paid.",
     "Die Unterdeckung ist, was eine Police ohne Sublimits, Versicherungssumme und "
     "Jahreshöchstleistung gezahlt hätte, abzüglich dessen, was sie gezahlt hat."},
    {"method.rule8",
     "Expected values are means over all iterations; 1 in 100 is the 99 % quantile (type 7) and "
     "TVaR 99 % the mean of the worst 1 %. The standard error of the mean measures the "
     "simulation's own uncertainty.",
     "Erwartungswerte sind Mittelwerte über alle Iterationen; der 99 %-VaR ist das 99 %-Quantil "
     "(Typ 7), der TVaR 99 % der Mittelwert der schlechtesten 1 %. Der Standardfehler des "
     "Mittelwerts misst die Unsicherheit der Simulation selbst."},
    {"method.iterations", "Iterations", "Iterationen"},
    {"method.seed", "Seed", "Startwert"},
    {"method.stderr", "Standard error of the expected total loss",
     "Standardfehler des erwarteten Gesamtschadens"},
    {"method.relative", " (%1 of the mean)", " (%1 des Mittelwerts)"},
    {"method.horizon", "Horizon", "Zeitraum"},
    {"method.version", "Program version", "Programmversion"},
    {"method.sha", "Scenario SHA-256", "SHA-256 des Szenarios"},
    {"method.command",
     "With the scenario file whose SHA-256 is given above, the command “changerisk-cli simulate "
     "SCENARIO.json --iterations %1 --seed %2” reproduces every figure of this report exactly, "
     "on any machine and with any number of threads.",
     "Mit der Szenariodatei, deren SHA-256 oben steht, rechnet der Befehl „changerisk-cli "
     "simulate SZENARIO.json --iterations %1 --seed %2“ jede Zahl dieses Berichts exakt nach, auf "
     "jedem Rechner und mit beliebig vielen Threads."},

    {"disclaimer.text",
     "This report is an estimate. It rests on the inputs in section 4, many of them expert "
     "judgements, and shows the range of outcomes those assumptions imply; real losses can be "
     "higher or lower. It is neither legal advice nor insurance advice and no offer of insurance: "
     "what is owed and paid is decided by the actual contract, the policy wording and the law. "
     "Check the inputs with the people who know the systems, the contract and the policy before "
     "relying on the figures.",
     "Dieser Bericht ist eine Schätzung. Er beruht auf den Eingaben in Abschnitt 4, vielfach "
     "Experteneinschätzungen, und zeigt die Bandbreite der Ergebnisse, die aus diesen Annahmen "
     "folgt; tatsächliche Schäden können höher oder niedriger ausfallen. Er ist weder Rechts- "
     "noch Versicherungsberatung und kein Versicherungsangebot: was geschuldet und gezahlt wird, "
     "entscheiden der tatsächliche Vertrag, die Versicherungsbedingungen und das Gesetz. Prüfen "
     "Sie die Eingaben mit denen, die die Systeme, den Vertrag und die Police kennen, bevor Sie "
     "sich auf die Zahlen stützen."},
};

} // namespace

QString Words::operator()(std::string_view key) const {
    for (const Entry& e : kWords) {
        if (e.key == key) {
            const std::string_view text = m_language == Language::German ? e.de : e.en;
            return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        }
    }
    throw std::out_of_range("report word table has no key " + std::string(key));
}

std::vector<std::string_view> Words::keys() {
    std::vector<std::string_view> out;
    for (const Entry& e : kWords) {
        out.push_back(e.key);
    }
    return out;
}

std::string safeguardName(std::string_view id, Language language) {
    const std::string key = "safeguard." + std::string(id);
    for (const Entry& e : kWords) {
        if (e.key == key) {
            return std::string(language == Language::German ? e.de : e.en);
        }
    }
    return std::string(id);
}

} // namespace cr::report
