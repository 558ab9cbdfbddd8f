<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Chart exported by ChangeRisk</source>
        <translation>Diagramm, exportiert von ChangeRisk</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change asset count</source>
        <translation>Anzahl ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change iterations</source>
        <translation>Iterationen ändern</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>Startwert ändern</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>Zeitraum ändern</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(Kopie)</translation>
    </message>
    <message>
        <source>New asset group</source>
        <translation>Neue Systemgruppe</translation>
    </message>
    <message>
        <source>Add asset group</source>
        <translation>Systemgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate asset group</source>
        <translation>Systemgruppe duplizieren</translation>
    </message>
    <message>
        <source>Remove asset group</source>
        <translation>Systemgruppe entfernen</translation>
    </message>
    <message>
        <source>Rename asset group</source>
        <translation>Systemgruppe umbenennen</translation>
    </message>
    <message>
        <source>New failure mode</source>
        <translation>Neue Fehlerart</translation>
    </message>
    <message>
        <source>Add failure mode</source>
        <translation>Fehlerart hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate failure mode</source>
        <translation>Fehlerart duplizieren</translation>
    </message>
    <message>
        <source>Remove failure mode</source>
        <translation>Fehlerart entfernen</translation>
    </message>
    <message>
        <source>New loss line</source>
        <translation>Neuer Schadenposten</translation>
    </message>
    <message>
        <source>Add loss line</source>
        <translation>Schadenposten hinzufügen</translation>
    </message>
    <message>
        <source>Loss line</source>
        <translation>Schadenposten</translation>
    </message>
    <message>
        <source>Duplicate loss line</source>
        <translation>Schadenposten duplizieren</translation>
    </message>
    <message>
        <source>Remove loss line</source>
        <translation>Schadenposten entfernen</translation>
    </message>
</context>
<context>
    <name>ConvergenceChart</name>
    <message>
        <source>Expected total loss so far</source>
        <translation>Erwarteter Gesamtschaden bis hierher</translation>
    </message>
    <message>
        <source>No convergence data in this result</source>
        <translation>Dieses Ergebnis enthält keine Konvergenzdaten</translation>
    </message>
    <message>
        <source>Has the estimate settled? Running mean with its 95 % band</source>
        <translation>Ist die Schätzung stabil? Laufender Mittelwert mit 95 %-Band</translation>
    </message>
    <message>
        <source>95 % confidence band</source>
        <translation>95 %-Konfidenzband</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Expected total loss</source>
        <translation>Erwarteter Gesamtschaden</translation>
    </message>
</context>
<context>
    <name>CostByCategoryChart</name>
    <message>
        <source>No cost in any category: nothing to plot</source>
        <translation>Keine Kosten in irgendeiner Kategorie: nichts darzustellen</translation>
    </message>
    <message>
        <source>Expected cost by category: insured and retained</source>
        <translation>Erwartete Kosten je Kategorie: versichert und selbst getragen</translation>
    </message>
    <message>
        <source>Paid by insurance</source>
        <translation>Von der Versicherung gezahlt</translation>
    </message>
    <message>
        <source>Retained (operator or contractor)</source>
        <translation>Selbst getragen (Betreiber oder Auftragnehmer)</translation>
    </message>
    <message>
        <source>Expected cost (average over all outcomes)</source>
        <translation>Erwartete Kosten (Durchschnitt über alle Verläufe)</translation>
    </message>
</context>
<context>
    <name>LossHistogramChart</name>
    <message>
        <source>No incident with a loss in this run: nothing to plot</source>
        <translation>Kein Vorfall mit Schaden in diesem Lauf: nichts darzustellen</translation>
    </message>
    <message>
        <source>What an incident costs: share of incidents by total loss</source>
        <translation>Was ein Vorfall kostet: Anteil der Vorfälle nach Gesamtschaden</translation>
    </message>
    <message>
        <source>Share of incidents</source>
        <translation>Anteil der Vorfälle</translation>
    </message>
    <message>
        <source>Total loss of an outcome with an incident (log scale)</source>
        <translation>Gesamtschaden eines Verlaufs mit Vorfall (log.)</translation>
    </message>
    <message>
        <source>Average: %1</source>
        <translation>Durchschnitt: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ResultFigures</name>
    <message>
        <source>in a year</source>
        <translation>in einem Jahr</translation>
    </message>
    <message>
        <source>from this change</source>
        <translation>durch diese Änderung</translation>
    </message>
    <message>
        <source>Probability of any incident</source>
        <translation>Wahrscheinlichkeit eines Vorfalls</translation>
    </message>
    <message>
        <source>the chance that at least one failure causes a loss %1</source>
        <translation>die Wahrscheinlichkeit, dass %1 mindestens ein Fehler einen Schaden verursacht</translation>
    </message>
    <message>
        <source>Expected total loss</source>
        <translation>Erwarteter Gesamtschaden</translation>
    </message>
    <message>
        <source>the average over all simulated outcomes, including the many without incident</source>
        <translation>der Durchschnitt über alle simulierten Verläufe, auch die vielen ohne Vorfall</translation>
    </message>
    <message>
        <source>1-in-100 loss</source>
        <translation>100-Jahres-Schaden (99 %-VaR)</translation>
    </message>
    <message>
        <source>zero here: fewer than 1 in 100 outcomes have an incident at all</source>
        <translation>hier null: weniger als 1 von 100 Verläufen hat überhaupt einen Vorfall</translation>
    </message>
    <message>
        <source>the total loss is higher than this in 1 of 100 outcomes</source>
        <translation>in 1 von 100 Verläufen ist der Gesamtschaden höher</translation>
    </message>
    <message>
        <source>Expected loss given an incident</source>
        <translation>Erwarteter Schaden je Vorfall</translation>
    </message>
    <message>
        <source>what an incident costs on average when one happens</source>
        <translation>was ein Vorfall durchschnittlich kostet, wenn er eintritt</translation>
    </message>
    <message>
        <source>Expected uninsured amount</source>
        <translation>Erwartete Selbsttragung</translation>
    </message>
    <message>
        <source>the average part of the loss no insurance pays</source>
        <translation>der durchschnittliche Teil des Schadens, den keine Versicherung zahlt (nicht versichert)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1: claim exceeds the limit</source>
        <translation>%1: Schaden übersteigt die Versicherungssumme</translation>
    </message>
    <message>
        <source>the chance that a claim is larger than the sum insured of %1</source>
        <translation>die Wahrscheinlichkeit, dass ein Versicherungsfall die Versicherungssumme von %1 übersteigt</translation>
    </message>
    <message>
        <source>%1: aggregate exhausted</source>
        <translation>%1: Jahreshöchstleistung erschöpft</translation>
    </message>
    <message>
        <source>the chance that payments use up the annual aggregate of %1</source>
        <translation>die Wahrscheinlichkeit, dass die Zahlungen die Jahreshöchstleistung von %1 aufbrauchen</translation>
    </message>
    <message>
        <source>this policy has no annual aggregate</source>
        <translation>diese Police hat keine Jahreshöchstleistung</translation>
    </message>
    <message>
        <source>Operator (own share)</source>
        <translation>Betreiber (Eigenanteil)</translation>
    </message>
    <message>
        <source>Contractor (own share)</source>
        <translation>Auftragnehmer (Eigenanteil)</translation>
    </message>
    <message>
        <source>Insurer: %1</source>
        <translation>Versicherer: %1</translation>
    </message>
    <message>
        <source>Uninsured (operator + contractor)</source>
        <translation>Nicht versichert (Betreiber + Auftragnehmer)</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhoPaysChart</name>
    <message>
        <source>Who pays: on average and in a 1-in-100 outcome</source>
        <translation>Wer zahlt: im Durchschnitt und im 100-Jahres-Fall</translation>
    </message>
    <message>
        <source>On average</source>
        <translation>Im Durchschnitt</translation>
    </message>
    <message>
        <source>1-in-100 (each on its own; these do not add up)</source>
        <translation>100-Jahres-Fall (jeder für sich; nicht addierbar)</translation>
    </message>
    <message>
        <source>Amount borne</source>
        <translation>Getragener Betrag</translation>
    </message>
</context>
<context>
    <name>cr::ui</name>
    <message>
        <source>1 assessment</source>
        <translation>1 Bewertung</translation>
    </message>
    <message>
        <source>%1 assessments</source>
        <translation>%1 Bewertungen</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 Version</translation>
    </message>
    <message>
        <source>%1 versions</source>
        <translation>%1 Versionen</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Erase the client &quot;%1&quot; for good? It holds %2.</source>
        <translation>Den Kunden „%1“ endgültig löschen? Er enthält %2.</translation>
    </message>
    <message>
        <source>Erase the assessment &quot;%1&quot; for good? It holds %2.</source>
        <translation>Die Bewertung „%1“ endgültig löschen? Sie enthält %2.</translation>
    </message>
</context>
<context>
    <name>cr::ui::AmountField</name>
    <message>
        <source>%1: must be a number, got &quot;%2&quot;</source>
        <translation>%1: muss eine Zahl sein, erhalten: „%2“</translation>
    </message>
</context>
<context>
    <name>cr::ui::AssessmentTargetDialog</name>
    <message>
        <source>As a new &amp;version of &quot;%1&quot;</source>
        <translation>Als neue &amp;Version von „%1“</translation>
    </message>
    <message>
        <source>As a new &amp;assessment</source>
        <translation>Als neue &amp;Bewertung</translation>
    </message>
    <message>
        <source>Keep the scenario in the workspace:</source>
        <translation>Das Szenario im Arbeitsbereich ablegen:</translation>
    </message>
</context>
<context>
    <name>cr::ui::AssetGroupModel</name>
    <message>
        <source>A plain number: double-click to edit</source>
        <translation>Eine feste Zahl: zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <source>Asset group</source>
        <translation>Systemgruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1: must be a number, got &quot;%2&quot;</source>
        <translation>%1: muss eine Zahl sein, eingegeben wurde „%2“</translation>
    </message>
    <message>
        <source>%1: must be a whole number, got %2</source>
        <translation>%1: muss eine ganze Zahl sein, eingegeben wurde %2</translation>
    </message>
    <message>
        <source>Users per asset</source>
        <translation>Nutzer je System</translation>
    </message>
    <message>
        <source>Business users</source>
        <translation>Geschäftskunden</translation>
    </message>
    <message>
        <source>Remote restore share</source>
        <translation>Fernwiederherstellung</translation>
    </message>
    <message>
        <source>Remote restore cost</source>
        <translation>Kosten Fernwiederherstellung</translation>
    </message>
    <message>
        <source>Remote outage (h)</source>
        <translation>Ausfall bei Fernwiederherstellung (h)</translation>
    </message>
    <message>
        <source>Manual fix (h)</source>
        <translation>Manuelle Behebung (h)</translation>
    </message>
    <message>
        <source>Outage (h)</source>
        <translation>Ausfall (h)</translation>
    </message>
    <message>
        <source>On-site share</source>
        <translation>Vor-Ort-Einsätze</translation>
    </message>
    <message>
        <source>Data at risk</source>
        <translation>Daten gefährdet</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation>Wiederbeschaffungskosten</translation>
    </message>
    <message>
        <source>%1 (an uncertain input: edit it in the details below)</source>
        <translation>%1 (eine unsichere Eingabe: unten in den Details bearbeiten)</translation>
    </message>
</context>
<context>
    <name>cr::ui::CategoryLabels</name>
    <message>
        <source>Support contacts</source>
        <translation>Supportkontakte</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>On-site visits</source>
        <translation>Vor-Ort-Einsätze</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Incident overhead</source>
        <translation>Vorfallmanagement</translation>
    </message>
    <message>
        <source>Operator downtime</source>
        <translation>Ausfall beim Betreiber</translation>
    </message>
    <message>
        <source>Business interruption</source>
        <translation>Betriebsunterbrechung</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>SLA credits and penalties</source>
        <translation>SLA-Gutschriften und Vertragsstrafen</translation>
    </message>
    <message>
        <source>Defence costs</source>
        <translation>Abwehrkosten</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nachbesserung</translation>
    </message>
    <message>
        <source>Other (loss lines)</source>
        <translation>Sonstiges (Schadenpositionen)</translation>
    </message>
</context>
<context>
    <name>cr::ui::ChangePage</name>
    <message>
        <source>After a wave in which assets failed, the chance that the failure is noticed and the rollout halts before the next wave.</source>
        <translation>Nach einer Welle mit ausgefallenen Systemen die Wahrscheinlichkeit, dass der Fehler bemerkt wird und der Rollout vor der nächsten Welle anhält.</translation>
    </message>
    <message>
        <source>How often the change runs in a year: used when the simulation&apos;s horizon is one year of changes.</source>
        <translation>Wie oft die Änderung im Jahr läuft: gilt, wenn der Horizont der Simulation ein Jahr mit Änderungen ist.</translation>
    </message>
    <message>
        <source>The change and how it is rolled out. A staged rollout lets a failure be noticed before every asset has the change.</source>
        <translation>Die Änderung und wie sie ausgerollt wird. Ein gestufter Rollout lässt einen Fehler bemerken, bevor alle Systeme die Änderung haben.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Changes per &amp;year:</source>
        <translation>Änderungen pro &amp;Jahr:</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>&amp;Waves:</source>
        <translation>&amp;Wellen:</translation>
    </message>
    <message>
        <source>&amp;Detection probability:</source>
        <translation>&amp;Erkennungswahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>Change the change&apos;s name</source>
        <translation>Namen der Änderung ändern</translation>
    </message>
    <message>
        <source>Change detection probability</source>
        <translation>Erkennungswahrscheinlichkeit ändern</translation>
    </message>
    <message>
        <source>Change changes per year</source>
        <translation>Änderungen pro Jahr ändern</translation>
    </message>
    <message>
        <source>%1 (%2 assets)</source>
        <translation>%1 (%2 Systeme)</translation>
    </message>
    <message>
        <source>Change targets</source>
        <translation>Ziele ändern</translation>
    </message>
</context>
<context>
    <name>cr::ui::ChartPanel</name>
    <message>
        <source>Export chart as PNG or SVG…</source>
        <translation>Diagramm als PNG oder SVG exportieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation>Dieses Diagramm als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Es gibt noch kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>cr::ui::CompareRunsDialog</name>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · Version %2 · %3</translation>
    </message>
    <message>
        <source>%1 · expected loss %2</source>
        <translation>%1 · erwarteter Schaden %2</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>The table shows b − a: what changes from run a to run b.</source>
        <translation>Die Tabelle zeigt b − a: was sich von Lauf a zu Lauf b ändert.</translation>
    </message>
    <message>
        <source>Run &amp;a (the base):</source>
        <translation>Lauf &amp;a (die Basis):</translation>
    </message>
    <message>
        <source>Run &amp;b:</source>
        <translation>Lauf &amp;b:</translation>
    </message>
</context>
<context>
    <name>cr::ui::CompareRunsWindow</name>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
</context>
<context>
    <name>cr::ui::CompareView</name>
    <message>
        <source>%1, on average</source>
        <translation>%1, im Durchschnitt</translation>
    </message>
    <message>
        <source>%1, 1-in-100</source>
        <translation>%1, 100-Jahres-Fall</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>Pick two runs to compare</source>
        <translation>Wählen Sie zwei Läufe zum Vergleich</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>Copy the table as tab-separated text (for a spreadsheet)</source>
        <translation>Die Tabelle als tabulatorgetrennten Text kopieren (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 im Vergleich mit %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Difference (b − a)</source>
        <translation>Unterschied (b − a)</translation>
    </message>
</context>
<context>
    <name>cr::ui::ContractPage</name>
    <message>
        <source>Who performs the change and what the contract says about liability. With a contractor at fault, the operator recovers its loss less its own share (contributory negligence, Mitverschulden), up to the liability cap (Haftungsbegrenzung) per incident, unless the cap fails, e.g. for gross negligence (grobe Fahrlässigkeit).</source>
        <translation>Wer die Änderung durchführt und was der Vertrag zur Haftung sagt. Trifft den Auftragnehmer ein Verschulden, erhält der Betreiber seinen Schaden abzüglich seines eigenen Anteils (Mitverschulden) ersetzt, bis zur Haftungsbegrenzung je Vorfall, außer die Begrenzung greift nicht, z. B. bei grober Fahrlässigkeit.</translation>
    </message>
    <message>
        <source>A &amp;contractor (Auftragnehmer) performs the change</source>
        <translation>Ein &amp;Auftragnehmer (Dienstleister) führt die Änderung durch</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Contract &amp;value:</source>
        <translation>Auftrags&amp;wert:</translation>
    </message>
    <message>
        <source>Unlimited liability</source>
        <translation>Unbegrenzte Haftung</translation>
    </message>
    <message>
        <source>A fixed amount per incident</source>
        <translation>Ein fester Betrag je Vorfall</translation>
    </message>
    <message>
        <source>A multiple of the contract value</source>
        <translation>Ein Vielfaches des Auftragswerts</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Kein Mindestbetrag</translation>
    </message>
    <message>
        <source>&amp;Liability cap:</source>
        <translation>&amp;Haftungsbegrenzung:</translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation>Grenze:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Mindestens:</translation>
    </message>
    <message>
        <source>&amp;Fault probability:</source>
        <translation>&amp;Verschuldenswahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>Cap &amp;fails (gross negligence):</source>
        <translation>Begrenzung &amp;greift nicht (grobe Fahrlässigkeit):</translation>
    </message>
    <message>
        <source>Contributory &amp;negligence share:</source>
        <translation>Anteil &amp;Mitverschulden:</translation>
    </message>
    <message>
        <source>Contractor&apos;s &amp;hourly rate:</source>
        <translation>&amp;Stundensatz des Auftragnehmers:</translation>
    </message>
    <message>
        <source>&amp;Rework hours (Nachbesserung):</source>
        <translation>Stunden für Nach&amp;besserung:</translation>
    </message>
    <message>
        <source>Change contractor</source>
        <translation>Auftragnehmer ändern</translation>
    </message>
    <message>
        <source>Change contract value</source>
        <translation>Auftragswert ändern</translation>
    </message>
    <message>
        <source>Change fault probability</source>
        <translation>Verschuldenswahrscheinlichkeit ändern</translation>
    </message>
    <message>
        <source>Change cap-fails probability</source>
        <translation>Wahrscheinlichkeit, dass die Begrenzung nicht greift, ändern</translation>
    </message>
    <message>
        <source>Change contributory negligence</source>
        <translation>Mitverschulden ändern</translation>
    </message>
    <message>
        <source>Change contractor&apos;s hourly rate</source>
        <translation>Stundensatz des Auftragnehmers ändern</translation>
    </message>
    <message>
        <source>Change rework hours</source>
        <translation>Stunden für Nachbesserung ändern</translation>
    </message>
    <message>
        <source>Change liability cap</source>
        <translation>Haftungsbegrenzung ändern</translation>
    </message>
    <message>
        <source>× contract value</source>
        <translation>× Auftragswert</translation>
    </message>
    <message>
        <source>The contractor&apos;s liability per incident is capped at %1.</source>
        <translation>Die Haftung des Auftragnehmers ist je Vorfall auf %1 begrenzt.</translation>
    </message>
    <message>
        <source>The contractor&apos;s liability is unlimited.</source>
        <translation>Die Haftung des Auftragnehmers ist unbegrenzt.</translation>
    </message>
</context>
<context>
    <name>cr::ui::CoverOptionsChart</name>
    <message>
        <source>What each sum insured leaves the policy holder</source>
        <translation>Was jede Versicherungssumme dem Versicherungsnehmer lässt</translation>
    </message>
    <message>
        <source>Sum insured per claim (log scale)</source>
        <translation>Versicherungssumme je Versicherungsfall (log. Skala)</translation>
    </message>
    <message>
        <source>P(claim &gt; limit)</source>
        <translation>P(Schaden &gt; Summe)</translation>
    </message>
    <message>
        <source>, deductible %1</source>
        <translation>, SB %1</translation>
    </message>
    <message>
        <source>Expected uninsured</source>
        <translation>Erwartete Selbsttragung</translation>
    </message>
    <message>
        <source>Expected uninsured + premium</source>
        <translation>Erwartete Selbsttragung + Prämie</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>Erwarteter Betrag</translation>
    </message>
</context>
<context>
    <name>cr::ui::CoverOptionsInput</name>
    <message>
        <source>&quot;%1&quot; is not an amount (separate amounts with semicolons)</source>
        <translation>„%1“ ist kein Betrag (Beträge mit Semikolon trennen)</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>darf nicht negativ sein, eingegeben: %1</translation>
    </message>
    <message>
        <source>must be more than 0, got %1</source>
        <translation>muss größer als 0 sein, eingegeben: %1</translation>
    </message>
    <message>
        <source>the scenario has no insurance policy</source>
        <translation>das Szenario hat keine Versicherung</translation>
    </message>
    <message>
        <source>choose a policy</source>
        <translation>Versicherung wählen</translation>
    </message>
    <message>
        <source>give at least one sum insured</source>
        <translation>mindestens eine Versicherungssumme angeben</translation>
    </message>
    <message>
        <source>give one premium per option: %1 sums insured × %2 deductibles = %3, sum insured by sum insured; got %4</source>
        <translation>eine Prämie je Option angeben: %1 Versicherungssummen × %2 Selbstbeteiligungen = %3, Versicherungssumme für Versicherungssumme; eingegeben: %4</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1 (0.01) or a percentage (1 %), got &quot;%1&quot;</source>
        <translation>muss ein Anteil zwischen 0 und 1 (0,01) oder ein Prozentsatz (1 %) sein, eingegeben: „%1“</translation>
    </message>
</context>
<context>
    <name>cr::ui::CoverOptionsPage</name>
    <message>
        <source>Is this sum insured enough? The losses are simulated once and every option&apos;s terms are applied to the same claims, so the differences between options are not noise. Iterations and seed are the scenario&apos;s (Simulation page).</source>
        <translation>Reicht diese Versicherungssumme? Die Schäden werden einmal simuliert und die Bedingungen jeder Option auf dieselben Schadenfälle angewandt; die Unterschiede zwischen den Optionen sind daher kein Zufallsrauschen. Iterationen und Seed sind die des Szenarios (Seite Simulation).</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Versicherung:</translation>
    </message>
    <message>
        <source>The insurance policy whose terms are varied</source>
        <translation>Die Versicherung, deren Bedingungen variiert werden</translation>
    </message>
    <message>
        <source>&amp;Sums insured per claim:</source>
        <translation>Versicherungs&amp;summen je Versicherungsfall:</translation>
    </message>
    <message>
        <source>Per-claim limits to compare, separated by semicolons; the annual aggregate follows each limit as the policy&apos;s does</source>
        <translation>Zu vergleichende Versicherungssummen, mit Semikolon getrennt; die Jahreshöchstleistung folgt jeder Summe wie in der Versicherung</translation>
    </message>
    <message>
        <source>&amp;Deductibles (optional):</source>
        <translation>Selbst&amp;beteiligungen (optional):</translation>
    </message>
    <message>
        <source>Fixed deductibles to combine with every sum insured; empty keeps the policy&apos;s own</source>
        <translation>Feste Selbstbeteiligungen, kombiniert mit jeder Versicherungssumme; leer = die der Versicherung</translation>
    </message>
    <message>
        <source>the policy&apos;s own</source>
        <translation>die der Versicherung</translation>
    </message>
    <message>
        <source>Annual p&amp;remiums (optional):</source>
        <translation>Jahres&amp;prämien (optional):</translation>
    </message>
    <message>
        <source>One premium per option, sum insured by sum insured (and deductible by deductible within each)</source>
        <translation>Eine Prämie je Option, Versicherungssumme für Versicherungssumme (und darin Selbstbeteiligung für Selbstbeteiligung)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Target P(claim &gt; limit):</source>
        <translation>&amp;Ziel P(Schaden &gt; Summe):</translation>
    </message>
    <message>
        <source>The smallest sum insured whose chance of a claim above it is below this is recommended</source>
        <translation>Empfohlen wird die kleinste Versicherungssumme, bei der die Wahrscheinlichkeit eines höheren Schadens unter diesem Wert liegt</translation>
    </message>
    <message>
        <source>Sum insured</source>
        <translation>Versicherungssumme</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Selbstbeteiligung</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Expected
insurance payment</source>
        <translation>Erwartete
Versicherungsleistung</translation>
    </message>
    <message>
        <source>Expected
uninsured</source>
        <translation>Erwartete
Selbsttragung</translation>
    </message>
    <message>
        <source>P(claim
&gt; limit)</source>
        <translation>P(Schaden
&gt; Summe)</translation>
    </message>
    <message>
        <source>P(aggregate
exhausted)</source>
        <translation>P(Jahreshöchstl.
erschöpft)</translation>
    </message>
    <message>
        <source>1-in-100
uninsured</source>
        <translation>Selbsttragung
100-Jahres-Fall</translation>
    </message>
    <message>
        <source>Uninsured
+ premium</source>
        <translation>Selbsttragung
+ Prämie</translation>
    </message>
    <message>
        <source>Nothing ran: correct the marked fields first.</source>
        <translation>Nichts wurde gerechnet: zuerst die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
</context>
<context>
    <name>cr::ui::DecisionPage</name>
    <message>
        <source>&amp;Run analysis</source>
        <translation>Analyse &amp;rechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The scenario has changed since these results were computed: they are out of date. Run the analysis again.</source>
        <translation>Das Szenario wurde geändert, seit diese Ergebnisse berechnet wurden: Sie sind veraltet. Bitte die Analyse erneut rechnen.</translation>
    </message>
    <message>
        <source>Run %1 of %2…</source>
        <translation>Lauf %1 von %2 …</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simuliere …</translation>
    </message>
    <message>
        <source>Cancelled; the results below are from the last finished analysis.</source>
        <translation>Abgebrochen; die Ergebnisse unten stammen aus der letzten abgeschlossenen Analyse.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The scenario cannot run yet:
%1</source>
        <translation>Das Szenario kann noch nicht gerechnet werden:
%1</translation>
    </message>
    <message>
        <source>Done: %1 iterations per run, seed %2, %3 s.</source>
        <translation>Fertig: %1 Iterationen je Lauf, Seed %2, %3 s.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte …</translation>
    </message>
</context>
<context>
    <name>cr::ui::DecisionTable</name>
    <message>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>Copy the table as tab-separated text (for a spreadsheet)</source>
        <translation>Die Tabelle als tabulatorgetrennten Text kopieren (für eine Tabellenkalkulation)</translation>
    </message>
</context>
<context>
    <name>cr::ui::DetailForm</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>%1/%2/%3: must be a whole number, got &quot;%4&quot;</source>
        <translation>%1/%2/%3: muss eine ganze Zahl sein, eingegeben wurde „%4“</translation>
    </message>
</context>
<context>
    <name>cr::ui::DistributionEditor</name>
    <message>
        <source>How the value is given: a plain number, or a distribution when it is uncertain</source>
        <translation>Wie der Wert angegeben wird: als feste Zahl oder, wenn er unsicher ist, als Verteilung</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>(0 to 1)</source>
        <translation>(0 bis 1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>immer %1</translation>
    </message>
    <message>
        <source>5 / 50 / 95 %: %1 · %2 · %3</source>
        <translation>5 / 50 / 95 %: %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>cr::ui::DistributionKinds</name>
    <message>
        <source>but this one ranges from %1 to %2</source>
        <translation>diese reicht aber von %1 bis %2</translation>
    </message>
    <message>
        <source>must be a probability within [0, 1], got %1</source>
        <translation>muss eine Wahrscheinlichkeit in [0, 1] sein, eingegeben wurde %1</translation>
    </message>
    <message>
        <source>must be a probability: its values must lie within [0, 1], %1</source>
        <translation>muss eine Wahrscheinlichkeit sein: ihre Werte müssen in [0, 1] liegen, %1</translation>
    </message>
    <message>
        <source>must be &gt;= 0, got %1</source>
        <translation>muss &gt;= 0 sein, eingegeben wurde %1</translation>
    </message>
    <message>
        <source>must not be able to go negative, %1</source>
        <translation>darf nicht negativ werden können, %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>muss eine ganze Zahl sein, eingegeben wurde %1</translation>
    </message>
    <message>
        <source>must be a count: a whole number or a count distribution</source>
        <translation>muss eine Anzahl sein: eine ganze Zahl oder eine Zählverteilung</translation>
    </message>
    <message>
        <source>Plain number</source>
        <translation>Feste Zahl</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilung</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Dreiecksverteilung</translation>
    </message>
    <message>
        <source>PERT</source>
        <translation>PERT</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalverteilung</translation>
    </message>
    <message>
        <source>Lognormal (5 %, 95 %)</source>
        <translation>Lognormal (5 %, 95 %)</translation>
    </message>
    <message>
        <source>Lognormal (mean, sd)</source>
        <translation>Lognormal (Mittelwert, Standardabweichung)</translation>
    </message>
    <message>
        <source>Lognormal (log scale)</source>
        <translation>Lognormal (log. Skala)</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Lomax</source>
        <translation>Lomax</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>Binomial</source>
        <translation>Binomial</translation>
    </message>
    <message>
        <source>Negative binomial</source>
        <translation>Negativ binomial</translation>
    </message>
    <message>
        <source>Bernoulli</source>
        <translation>Bernoulli</translation>
    </message>
    <message>
        <source>Discrete</source>
        <translation>Diskret</translation>
    </message>
    <message>
        <source>The number itself</source>
        <translation>Die Zahl selbst</translation>
    </message>
    <message>
        <source>Smallest value</source>
        <translation>Kleinster Wert</translation>
    </message>
    <message>
        <source>Largest value</source>
        <translation>Größter Wert</translation>
    </message>
    <message>
        <source>Most likely value</source>
        <translation>Wahrscheinlichster Wert</translation>
    </message>
    <message>
        <source>Weight of the most likely value (empty = 4)</source>
        <translation>Gewicht des wahrscheinlichsten Werts (leer = 4)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Standard deviation, &gt; 0</source>
        <translation>Standardabweichung, &gt; 0</translation>
    </message>
    <message>
        <source>Cut off below this value (empty = no bound)</source>
        <translation>Abgeschnitten unterhalb dieses Werts (leer = keine Grenze)</translation>
    </message>
    <message>
        <source>Cut off above this value (empty = no bound)</source>
        <translation>Abgeschnitten oberhalb dieses Werts (leer = keine Grenze)</translation>
    </message>
    <message>
        <source>The value exceeded in 95 % of cases (&gt; 0)</source>
        <translation>Der Wert, der in 95 % der Fälle überschritten wird (&gt; 0)</translation>
    </message>
    <message>
        <source>The value exceeded in only 5 % of cases</source>
        <translation>Der Wert, der nur in 5 % der Fälle überschritten wird</translation>
    </message>
    <message>
        <source>Mean of the value, &gt; 0</source>
        <translation>Mittelwert des Werts, &gt; 0</translation>
    </message>
    <message>
        <source>Standard deviation of the value</source>
        <translation>Standardabweichung des Werts</translation>
    </message>
    <message>
        <source>Mean of the logarithm</source>
        <translation>Mittelwert des Logarithmus</translation>
    </message>
    <message>
        <source>Standard deviation of the logarithm, &gt; 0</source>
        <translation>Standardabweichung des Logarithmus, &gt; 0</translation>
    </message>
    <message>
        <source>Shape, &gt; 0</source>
        <translation>Form, &gt; 0</translation>
    </message>
    <message>
        <source>Scale, &gt; 0</source>
        <translation>Skala, &gt; 0</translation>
    </message>
    <message>
        <source>First shape, &gt; 0</source>
        <translation>Erste Form, &gt; 0</translation>
    </message>
    <message>
        <source>Second shape, &gt; 0</source>
        <translation>Zweite Form, &gt; 0</translation>
    </message>
    <message>
        <source>Smallest value (x_m), &gt; 0</source>
        <translation>Kleinster Wert (x_m), &gt; 0</translation>
    </message>
    <message>
        <source>Tail index, &gt; 0</source>
        <translation>Tail-Index, &gt; 0</translation>
    </message>
    <message>
        <source>Mean number, &gt;= 0</source>
        <translation>Mittlere Anzahl, &gt;= 0</translation>
    </message>
    <message>
        <source>Number of trials</source>
        <translation>Anzahl der Versuche</translation>
    </message>
    <message>
        <source>Probability of each</source>
        <translation>Wahrscheinlichkeit je Versuch</translation>
    </message>
    <message>
        <source>Number of successes, &gt; 0</source>
        <translation>Anzahl der Erfolge, &gt; 0</translation>
    </message>
    <message>
        <source>Probability of success</source>
        <translation>Erfolgswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Probability of 1</source>
        <translation>Wahrscheinlichkeit für 1</translation>
    </message>
    <message>
        <source>The possible values, separated by ;</source>
        <translation>Die möglichen Werte, getrennt durch ;</translation>
    </message>
    <message>
        <source>Their weights (&gt;= 0), separated by ;</source>
        <translation>Ihre Gewichte (&gt;= 0), getrennt durch ;</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>must be a number, got &quot;%1&quot;</source>
        <translation>muss eine Zahl sein, eingegeben wurde „%1“</translation>
    </message>
</context>
<context>
    <name>cr::ui::EditorPages</name>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Scenario &amp;overview</source>
        <translation>Szenario-Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Failure modes</source>
        <translation>&amp;Fehlerarten</translation>
    </message>
    <message>
        <source>S&amp;upport and end users</source>
        <translation>S&amp;upport und Endkunden</translation>
    </message>
    <message>
        <source>&amp;Change and rollout</source>
        <translation>Än&amp;derung und Rollout</translation>
    </message>
    <message>
        <source>Con&amp;tract and liability</source>
        <translation>Ver&amp;trag und Haftung</translation>
    </message>
    <message>
        <source>&amp;Insurance policies</source>
        <translation>&amp;Versicherungen</translation>
    </message>
    <message>
        <source>&amp;Loss lines</source>
        <translation>Schaden&amp;posten</translation>
    </message>
    <message>
        <source>Co&amp;ver options</source>
        <translation>Dec&amp;kungsoptionen</translation>
    </message>
    <message>
        <source>Safe&amp;guards</source>
        <translation>Schutz&amp;maßnahmen</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsitivität</translation>
    </message>
</context>
<context>
    <name>cr::ui::EnvironmentPage</name>
    <message>
        <source>The assets the change touches. Plain numbers are edited in the table; the details below edit every input of the selected group, also as a distribution when it is uncertain.</source>
        <translation>Die Systeme, die die Änderung betrifft. Feste Zahlen werden in der Tabelle bearbeitet; die Details darunter bearbeiten jede Eingabe der gewählten Gruppe, bei Unsicherheit auch als Verteilung.</translation>
    </message>
    <message>
        <source>asset group</source>
        <translation>Systemgruppe</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <source>Users per asset:</source>
        <translation>Nutzer je System:</translation>
    </message>
    <message>
        <source>Business users (share):</source>
        <translation>Geschäftskunden (Anteil):</translation>
    </message>
    <message>
        <source>Remote restore (share):</source>
        <translation>Fernwiederherstellung (Anteil):</translation>
    </message>
    <message>
        <source>Remote restore cost:</source>
        <translation>Kosten Fernwiederherstellung:</translation>
    </message>
    <message>
        <source>Outage after remote restore:</source>
        <translation>Ausfall bei Fernwiederherstellung:</translation>
    </message>
    <message>
        <source>Manual fix time:</source>
        <translation>Zeit für manuelle Behebung:</translation>
    </message>
    <message>
        <source>Outage until fixed:</source>
        <translation>Ausfall bis zur Behebung:</translation>
    </message>
    <message>
        <source>On-site visits (share):</source>
        <translation>Vor-Ort-Einsätze (Anteil):</translation>
    </message>
    <message>
        <source>Data at risk (share):</source>
        <translation>Daten gefährdet (Anteil):</translation>
    </message>
    <message>
        <source>Backed up (share):</source>
        <translation>Gesichert (Anteil):</translation>
    </message>
    <message>
        <source>Replacement cost:</source>
        <translation>Wiederbeschaffungskosten:</translation>
    </message>
</context>
<context>
    <name>cr::ui::FailureModesPage</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Affected share</source>
        <translation>Betroffener Anteil</translation>
    </message>
    <message>
        <source>Wipes data</source>
        <translation>Löscht Daten</translation>
    </message>
    <message>
        <source>Bricks</source>
        <translation>Unbrauchbar</translation>
    </message>
    <message>
        <source>Needs reconfiguration</source>
        <translation>Neueinrichtung nötig</translation>
    </message>
    <message>
        <source>What can go wrong with the change. Each failure mode happens with its probability and then hits a share of the assets the change touched.</source>
        <translation>Was bei der Änderung schiefgehen kann. Jede Fehlerart tritt mit ihrer Wahrscheinlichkeit ein und trifft dann einen Anteil der Systeme, die die Änderung berührt hat.</translation>
    </message>
    <message>
        <source>failure mode</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Probability per change:</source>
        <translation>&amp;Wahrscheinlichkeit je Änderung:</translation>
    </message>
    <message>
        <source>&amp;Affected share:</source>
        <translation>&amp;Betroffener Anteil:</translation>
    </message>
    <message>
        <source>&amp;Wipes data:</source>
        <translation>&amp;Löscht Daten:</translation>
    </message>
    <message>
        <source>&amp;Bricks the device:</source>
        <translation>Macht das &amp;Gerät unbrauchbar:</translation>
    </message>
    <message>
        <source>Requires &amp;reconfiguration:</source>
        <translation>&amp;Neueinrichtung nötig:</translation>
    </message>
</context>
<context>
    <name>cr::ui::InsurancePage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The policies that may pay: the operator&apos;s own and the contractor&apos;s IT liability (IT-Haftpflicht). Several policies of one holder pay in the order listed.</source>
        <translation>Die Versicherungen, die zahlen können: die des Betreibers und die IT-Haftpflicht des Auftragnehmers. Mehrere Versicherungen eines Versicherungsnehmers leisten in der aufgeführten Reihenfolge.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Versicherung</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Versicherung hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate policy</source>
        <translation>Versicherung duplizieren</translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation>Versicherung entfernen</translation>
    </message>
</context>
<context>
    <name>cr::ui::KeyFigures</name>
    <message>
        <source>Who pays</source>
        <translation>Wer zahlt</translation>
    </message>
    <message>
        <source>On average</source>
        <translation>Im Durchschnitt</translation>
    </message>
    <message>
        <source>In a 1-in-100 outcome</source>
        <translation>Im 100-Jahres-Fall</translation>
    </message>
    <message>
        <source>The averages add up to the expected total loss. Each 1-in-100 amount is that party&apos;s own; they do not add up.</source>
        <translation>Die Durchschnitte ergeben zusammen den erwarteten Gesamtschaden. Jeder 100-Jahres-Betrag gilt nur für diese Partei; sie lassen sich nicht addieren.</translation>
    </message>
    <message>
        <source>Copy figures</source>
        <translation>Kennzahlen kopieren</translation>
    </message>
    <message>
        <source>Copy the key figures and the who-pays table as tab-separated text (for a spreadsheet)</source>
        <translation>Die Kennzahlen und die Tabelle „Wer zahlt“ als tabulatorgetrennten Text kopieren (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>cr::ui::ListButtons</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add a new %1 (Ctrl+Ins)</source>
        <translation>%1 neu anlegen (Strg+Einfg)</translation>
    </message>
    <message>
        <source>Add a copy of the selected %1 (Ctrl+D)</source>
        <translation>Auswahl kopieren: %1 (Strg+D)</translation>
    </message>
    <message>
        <source>Remove the selected %1 (Ctrl+Del); Undo brings it back</source>
        <translation>Auswahl entfernen: %1 (Strg+Entf); Rückgängig stellt sie wieder her</translation>
    </message>
</context>
<context>
    <name>cr::ui::LossExceedanceChart</name>
    <message>
        <source>%1 deductible %2</source>
        <translation>%1 Selbstbeteiligung %2</translation>
    </message>
    <message>
        <source>%1 per-claim limit %2</source>
        <translation>%1 Versicherungssumme %2</translation>
    </message>
    <message>
        <source>%1 annual aggregate %2</source>
        <translation>%1 Jahreshöchstleistung %2</translation>
    </message>
    <message>
        <source>Total loss</source>
        <translation>Gesamtschaden</translation>
    </message>
    <message>
        <source>No simulated outcome had a loss: nothing to plot</source>
        <translation>Kein simulierter Verlauf hatte einen Schaden: nichts darzustellen</translation>
    </message>
    <message>
        <source>Total loss (log scale)</source>
        <translation>Gesamtschaden (log.)</translation>
    </message>
    <message>
        <source>How likely is a loss above each amount?</source>
        <translation>Wie wahrscheinlich ist ein Schaden über dem jeweiligen Betrag?</translation>
    </message>
    <message>
        <source>Chance of a higher loss (log)</source>
        <translation>Wahrscheinlichkeit eines höheren Schadens (log.)</translation>
    </message>
    <message>
        <source>%1: P(loss &gt; %2) = %3</source>
        <translation>%1: P(Schaden &gt; %2) = %3</translation>
    </message>
    <message>
        <source>Contractor liability</source>
        <translation>Haftung des Auftragnehmers</translation>
    </message>
    <message>
        <source>Loss (log scale)</source>
        <translation>Schaden (log.)</translation>
    </message>
</context>
<context>
    <name>cr::ui::LossLinesPage</name>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Loss line</source>
        <translation>Schadenposten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Getragen von</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Amount per event</source>
        <translation>Betrag je Ereignis</translation>
    </message>
    <message>
        <source>Losses outside the incident model, such as customers who leave or fines: how many events per horizon, and the amount of each.</source>
        <translation>Schäden außerhalb des Störungsmodells, etwa abwandernde Kunden oder Bußgelder: wie viele Ereignisse je Horizont und welcher Betrag je Ereignis.</translation>
    </message>
    <message>
        <source>loss line</source>
        <translation>Schadenposten</translation>
    </message>
    <message>
        <source>There are no loss lines: Add one for a loss the incident model does not cover.</source>
        <translation>Es gibt keine Schadenposten: Fügen Sie einen hinzu für einen Schaden, den das Störungsmodell nicht abdeckt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Borne by:</source>
        <translation>&amp;Getragen von:</translation>
    </message>
    <message>
        <source>&amp;Events per horizon:</source>
        <translation>&amp;Ereignisse je Horizont:</translation>
    </message>
    <message>
        <source>&amp;Amount per event:</source>
        <translation>&amp;Betrag je Ereignis:</translation>
    </message>
</context>
<context>
    <name>cr::ui::MainWindow</name>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Run cancelled; nothing changed.</source>
        <translation>Lauf abgebrochen; nichts geändert.</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>Der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ChangeRisk</source>
        <translation>Ü&amp;ber ChangeRisk</translation>
    </message>
    <message>
        <source>About ChangeRisk</source>
        <translation>Über ChangeRisk</translation>
    </message>
    <message>
        <source>ChangeRisk %1
What a failed IT change can cost, and what insurance pays.</source>
        <translation>ChangeRisk %1
Was eine fehlgeschlagene IT-Änderung kosten kann und was die Versicherung zahlt.</translation>
    </message>
    <message>
        <source>%1[*] — ChangeRisk</source>
        <translation>%1[*] — ChangeRisk</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a valid scenario:
%2</source>
        <translation>%1 ist kein gültiges Szenario:
%2</translation>
    </message>
    <message>
        <source>No such template</source>
        <translation>Vorlage nicht gefunden</translation>
    </message>
    <message>
        <source>There is no template called &quot;%1&quot;. Templates: %2</source>
        <translation>Es gibt keine Vorlage „%1“. Vorlagen: %2</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Scenario JSON (*.json)</source>
        <translation>Szenario-JSON (*.json)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>The scenario cannot run yet</source>
        <translation>Das Szenario kann noch nicht gerechnet werden</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Lauf beendet</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Workspace navigator</source>
        <translation>&amp;Arbeitsbereich-Navigator</translation>
    </message>
    <message>
        <source>&amp;Find in workspace</source>
        <translation>Im Arbeitsbereich &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Neue Bewertung…</translation>
    </message>
    <message>
        <source>New from &amp;template (not kept)</source>
        <translation>Neu aus &amp;Vorlage (nicht gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translation>&amp;Zuletzt geöffnete Bewertungen</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>In Datei e&amp;xportieren…</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3[*] — ChangeRisk</source>
        <translation>%1 · %2 · Version %3[*] — ChangeRisk</translation>
    </message>
    <message>
        <source>Export scenario to a file</source>
        <translation>Szenario in eine Datei exportieren</translation>
    </message>
    <message>
        <source>The run was not kept</source>
        <translation>Der Lauf wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Run finished and kept with version %1</source>
        <translation>Lauf beendet und mit Version %1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The workspace could not be opened; the file was left as it is.
%1</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden; die Datei blieb unverändert.
%1</translation>
    </message>
    <message>
        <source>Cannot open the version</source>
        <translation>Version kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the run</source>
        <translation>Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Nothing to save: version %1 is unchanged</source>
        <translation>Nichts zu speichern: Version %1 ist unverändert</translation>
    </message>
    <message>
        <source>Saved as version %1</source>
        <translation>Als Version %1 gespeichert</translation>
    </message>
    <message>
        <source>Save to the workspace</source>
        <translation>Im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Cannot keep the scenario in the workspace</source>
        <translation>Szenario kann nicht im Arbeitsbereich abgelegt werden</translation>
    </message>
    <message>
        <source>Kept as version %1 of &quot;%2&quot;</source>
        <translation>Als Version %1 von „%2“ gespeichert</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import scenario</source>
        <translation>Szenario importieren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Cannot read the template %1</source>
        <translation>Vorlage %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The new language takes effect when ChangeRisk is started again.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von ChangeRisk.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translation>Keine zuletzt geöffneten Bewertungen</translation>
    </message>
    <message>
        <source>The assessment was deleted; Save keeps the scenario as a new one.</source>
        <translation>Die Bewertung wurde gelöscht; Speichern legt das Szenario als neue Bewertung ab.</translation>
    </message>
    <message>
        <source>Com&amp;pare runs…</source>
        <translation>Läufe ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>&amp;Bericht exportieren (PDF)…</translation>
    </message>
    <message>
        <source>There is no run to report on: run the simulation (F5) first.</source>
        <translation>Es gibt keinen Lauf für einen Bericht: zuerst simulieren (F5).</translation>
    </message>
    <message>
        <source>Report written: %1 (%2 pages)</source>
        <translation>Bericht geschrieben: %1 (%2 Seiten)</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Der Bericht wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>%1
No file was changed.</source>
        <translation>%1
Keine Datei wurde verändert.</translation>
    </message>
    <message>
        <source>Export report (PDF)</source>
        <translation>Bericht exportieren (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot compare the runs</source>
        <translation>Die Läufe können nicht verglichen werden</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Comparing needs two stored runs; the workspace has %1. Run a scenario (F5) to keep a run with its version.</source>
        <translation>Ein Vergleich braucht zwei gespeicherte Läufe; der Arbeitsbereich hat %1. Simulieren Sie ein Szenario (F5), um einen Lauf mit seiner Version zu speichern.</translation>
    </message>
    <message>
        <source>Save as version</source>
        <translation>Als Version speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be kept as a scenario version only in an assessment: open one from the workspace (or save this scenario into one) first.</source>
        <translation>„%1“ kann nur in einer Bewertung als Szenarioversion gespeichert werden: zuerst eine aus dem Arbeitsbereich öffnen (oder dieses Szenario in einer speichern).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved as version %2</source>
        <translation>„%1“ als Version %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>cr::ui::NewAssessmentFields</name>
    <message>
        <source>An existing client or a new name</source>
        <translation>Ein vorhandener Kunde oder ein neuer Name</translation>
    </message>
    <message>
        <source>What is assessed, e.g. &quot;Router update March&quot;</source>
        <translation>Was bewertet wird, z. B. „Router-Update März“</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
</context>
<context>
    <name>cr::ui::OptionalAmountField</name>
    <message>
        <source>%1: enter an amount or tick &quot;%2&quot;</source>
        <translation>%1: Betrag eingeben oder „%2“ ankreuzen</translation>
    </message>
</context>
<context>
    <name>cr::ui::OverviewPage</name>
    <message>
        <source>The rest of the scenario, read-only for now: support, end users, the change, failure modes, contract, insurance and loss lines.</source>
        <translation>Der übrige Teil des Szenarios, vorerst nur zum Lesen: Support, Endkunden, die Änderung, Fehlerarten, Vertrag, Versicherung und Schadenposten.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>cr::ui::PolicyForm</name>
    <message>
        <source>Operator (e.g. its own cyber or liability policy)</source>
        <translation>Betreiber (z. B. eigene Cyber- oder Haftpflichtversicherung)</translation>
    </message>
    <message>
        <source>Contractor (IT liability, IT-Haftpflicht)</source>
        <translation>Auftragnehmer (IT-Haftpflicht)</translation>
    </message>
    <message>
        <source>Change policy id</source>
        <translation>Kennung der Versicherung ändern</translation>
    </message>
    <message>
        <source>Change policy name</source>
        <translation>Namen der Versicherung ändern</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>Versicherungs&amp;nehmer:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Sum insured per claim (Versicherungssumme je Versicherungsfall): the most the policy pays for one claim.</source>
        <translation>Versicherungssumme je Versicherungsfall: das Höchste, was die Versicherung für einen Schaden zahlt.</translation>
    </message>
    <message>
        <source>2 × per-claim limit (2-fach maximiert)</source>
        <translation>2 × Versicherungssumme (2-fach maximiert)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Per-claim &amp;limit:</source>
        <translation>Versicherungs&amp;summe:</translation>
    </message>
    <message>
        <source>Annual &amp;aggregate:</source>
        <translation>&amp;Jahreshöchstleistung:</translation>
    </message>
    <message>
        <source>Deductibles and coinsurance</source>
        <translation>Selbstbeteiligung und Quote</translation>
    </message>
    <message>
        <source>Fixed amount per claim</source>
        <translation>Fester Betrag je Schaden</translation>
    </message>
    <message>
        <source>Percentage of the claim</source>
        <translation>Prozentsatz des Schadens</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Kein Mindestbetrag</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Kein Höchstbetrag</translation>
    </message>
    <message>
        <source>The insurer&apos;s share of a claim after the deductible (Quote): 1 pays in full, 0.8 leaves 20 % with the insured.</source>
        <translation>Anteil des Versicherers am Schaden nach der Selbstbeteiligung (Quote): 1 zahlt voll, 0,8 lässt 20 % beim Versicherten.</translation>
    </message>
    <message>
        <source>&amp;Deductible:</source>
        <translation>&amp;Selbstbeteiligung:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Percentage:</source>
        <translation>Prozentsatz:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Mindestens:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>&amp;Coinsurance (insurer&apos;s share):</source>
        <translation>&amp;Quote (Anteil des Versicherers):</translation>
    </message>
    <message>
        <source>Annual d&amp;eductible:</source>
        <translation>Jahres&amp;selbstbehalt:</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Annual &amp;premium:</source>
        <translation>&amp;Jahresprämie:</translation>
    </message>
    <message>
        <source>Change per-claim limit</source>
        <translation>Versicherungssumme ändern</translation>
    </message>
    <message>
        <source>Change annual aggregate</source>
        <translation>Jahreshöchstleistung ändern</translation>
    </message>
    <message>
        <source>Change deductible</source>
        <translation>Selbstbeteiligung ändern</translation>
    </message>
    <message>
        <source>Change deductible percentage</source>
        <translation>Prozentsatz der Selbstbeteiligung ändern</translation>
    </message>
    <message>
        <source>Change minimum deductible</source>
        <translation>Mindest-Selbstbeteiligung ändern</translation>
    </message>
    <message>
        <source>Change maximum deductible</source>
        <translation>Höchst-Selbstbeteiligung ändern</translation>
    </message>
    <message>
        <source>Change coinsurance</source>
        <translation>Quote ändern</translation>
    </message>
    <message>
        <source>Change annual deductible</source>
        <translation>Jahresselbstbehalt ändern</translation>
    </message>
    <message>
        <source>Change annual premium</source>
        <translation>Jahresprämie ändern</translation>
    </message>
    <message>
        <source>Covered categories</source>
        <translation>Versicherte Kategorien</translation>
    </message>
    <message>
        <source>Rework (Nachbesserung) is the contractor&apos;s own unpaid effort: liability insurance never covers it.</source>
        <translation>Nachbesserung ist der eigene unbezahlte Aufwand des Auftragnehmers: keine Haftpflichtversicherung deckt sie.</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>&amp;Serial-loss clause: all consequences of one incident are one claim (Serienschadenklausel)</source>
        <translation>&amp;Serienschadenklausel: alle Folgen eines Vorfalls sind ein Versicherungsfall</translation>
    </message>
    <message>
        <source>De&amp;fence costs are paid outside the per-claim limit (German standard wording)</source>
        <translation>&amp;Abwehrkosten werden außerhalb der Versicherungssumme gezahlt (deutsche Standardbedingungen)</translation>
    </message>
    <message>
        <source>Sublimits (lower limits for one kind of loss)</source>
        <translation>Sublimits (niedrigere Grenzen für eine Schadenart)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Sublimit (empty: none)</source>
        <translation>Sublimit (leer: keines)</translation>
    </message>
    <message>
        <source>Change serial-loss clause</source>
        <translation>Serienschadenklausel ändern</translation>
    </message>
    <message>
        <source>Change defence costs</source>
        <translation>Abwehrkosten ändern</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Change policy holder</source>
        <translation>Versicherungsnehmer ändern</translation>
    </message>
    <message>
        <source>Change deductible kind</source>
        <translation>Art der Selbstbeteiligung ändern</translation>
    </message>
    <message>
        <source>Change covered categories</source>
        <translation>Versicherte Kategorien ändern</translation>
    </message>
    <message>
        <source>%1: must be a number or empty, got &quot;%2&quot;</source>
        <translation>%1: muss eine Zahl oder leer sein, erhalten: „%2“</translation>
    </message>
    <message>
        <source>Change sublimit</source>
        <translation>Sublimit ändern</translation>
    </message>
</context>
<context>
    <name>cr::ui::ReportOptionsDialog</name>
    <message>
        <source>Export report (PDF)</source>
        <translation>Bericht exportieren (PDF)</translation>
    </message>
    <message>
        <source>Who the report is for</source>
        <translation>Für wen der Bericht ist</translation>
    </message>
    <message>
        <source>Your name or firm</source>
        <translation>Ihr Name oder Ihre Firma</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Prepared &amp;for:</source>
        <translation>Erstellt &amp;für:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Sprache des Berichts:</translation>
    </message>
</context>
<context>
    <name>cr::ui::ResultsPage</name>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>Run the simulation (F5) to see what the change may cost and what the insurance pays.</source>
        <translation>Starten Sie die Simulation (F5), um zu sehen, was die Änderung kosten kann und was die Versicherung zahlt.</translation>
    </message>
    <message>
        <source>%1 simulated outcomes, seed %2, %3 s on %4 threads. Amounts in %5.</source>
        <translation>%1 simulierte Verläufe, Startwert %2, %3 s auf %4 Threads. Beträge in %5.</translation>
    </message>
    <message>
        <source>Loss exceedance</source>
        <translation>Schadenüberschreitung</translation>
    </message>
    <message>
        <source>Cost by category</source>
        <translation>Kosten je Kategorie</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>Wer zahlt</translation>
    </message>
    <message>
        <source>Loss given an incident</source>
        <translation>Schaden je Vorfall</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Konvergenz</translation>
    </message>
</context>
<context>
    <name>cr::ui::RunProgress</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Simulating:</source>
        <translation>Simulation läuft:</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>%1 iterations/s, %2</source>
        <translation>%1 Iterationen/s, %2</translation>
    </message>
</context>
<context>
    <name>cr::ui::SafeguardsChart</name>
    <message>
        <source>Change in expected total loss per safeguard</source>
        <translation>Änderung des erwarteten Gesamtschadens je Schutzmaßnahme</translation>
    </message>
    <message>
        <source>Change in expected total loss</source>
        <translation>Änderung des erwarteten Gesamtschadens</translation>
    </message>
    <message>
        <source>Change against the scenario as it is</source>
        <translation>Änderung gegenüber dem Szenario, wie es ist</translation>
    </message>
</context>
<context>
    <name>cr::ui::SafeguardsPage</name>
    <message>
        <source>Staged rollout (canary wave)</source>
        <translation>Gestaffelter Rollout (Canary-Welle)</translation>
    </message>
    <message>
        <source>Higher detection probability</source>
        <translation>Höhere Erkennungswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Remote restore</source>
        <translation>Fernwiederherstellung</translation>
    </message>
    <message>
        <source>Four-eyes review (lower failure probability)</source>
        <translation>Vier-Augen-Prüfung (geringere Fehlerwahrscheinlichkeit)</translation>
    </message>
    <message>
        <source>Contract liability cap</source>
        <translation>Vertragliche Haftungsbegrenzung</translation>
    </message>
    <message>
        <source>What does a safeguard buy? The scenario as it is and one variant per safeguard run with the same seed and iterations (common random numbers); each change is the variant&apos;s figure less the scenario&apos;s. The magnitudes (a 5 % canary wave, detection 95 %, backups 90 %, remote restore 80 %, half the failure probability, a cap of 1 × the contract value) are explained in docs/decision.md.</source>
        <translation>Was bringt eine Schutzmaßnahme? Das Szenario, wie es ist, und je Schutzmaßnahme eine Variante laufen mit demselben Seed und denselben Iterationen (gemeinsame Zufallszahlen); jede Änderung ist der Wert der Variante minus der des Szenarios. Die Größen (Canary-Welle 5 %, Erkennung 95 %, Backups 90 %, Fernwiederherstellung 80 %, halbe Fehlerwahrscheinlichkeit, Haftungsbegrenzung 1 × Auftragswert) erklärt docs/decision.md.</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Schutzmaßnahme</translation>
    </message>
    <message>
        <source>Expected
total loss</source>
        <translation>Erwarteter
Gesamtschaden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>1-in-100
loss</source>
        <translation>100-Jahres-
Schaden</translation>
    </message>
    <message>
        <source>Expected
uninsured</source>
        <translation>Erwartete
Selbsttragung</translation>
    </message>
    <message>
        <source>No safeguard changes this scenario: it has no failure modes or change targets, and no contractor.</source>
        <translation>Keine Schutzmaßnahme ändert dieses Szenario: Es hat keine Fehlerarten oder Change-Ziele und keinen Auftragnehmer.</translation>
    </message>
    <message>
        <source>As it is</source>
        <translation>Wie es ist</translation>
    </message>
    <message>
        <source>Save as version</source>
        <translation>Als Version speichern</translation>
    </message>
    <message>
        <source>Keep this variant as the next scenario version of the open assessment</source>
        <translation>Diese Variante als nächste Szenarioversion der geöffneten Bewertung speichern</translation>
    </message>
</context>
<context>
    <name>cr::ui::ScenarioDocument</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Unbenanntes Szenario</translation>
    </message>
</context>
<context>
    <name>cr::ui::SensitivityPage</name>
    <message>
        <source>Which guesses move the result? Each uncertain input is fixed at its 10th and then its 90th percentile, everything else as it is, with the same seed (two runs per input); the bars are sorted by how far the figure swings. Importance is the rank correlation (Spearman) of each input&apos;s draws with the total loss in the run of the scenario as it is.</source>
        <translation>Welche Schätzungen bewegen das Ergebnis? Jede unsichere Eingabe wird auf ihr 10. und dann ihr 90. Perzentil festgesetzt, alles andere bleibt, wie es ist, mit demselben Seed (zwei Läufe je Eingabe); die Balken sind danach sortiert, wie weit der Wert ausschlägt. Die Bedeutung ist die Rangkorrelation (Spearman) der Ziehungen jeder Eingabe mit dem Gesamtschaden im Lauf des Szenarios, wie es ist.</translation>
    </message>
    <message>
        <source>Expected total loss</source>
        <translation>Erwarteter Gesamtschaden</translation>
    </message>
    <message>
        <source>Expected uninsured amount</source>
        <translation>Erwartete Selbsttragung</translation>
    </message>
    <message>
        <source>&amp;Tornado of:</source>
        <translation>&amp;Tornado für:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>JSON pointer</source>
        <translation>JSON-Pointer</translation>
    </message>
    <message>
        <source>P10 value</source>
        <translation>Wert bei P10</translation>
    </message>
    <message>
        <source>P90 value</source>
        <translation>Wert bei P90</translation>
    </message>
    <message>
        <source>Every input of this scenario is a plain number: there is nothing uncertain to vary.</source>
        <translation>Jede Eingabe dieses Szenarios ist eine feste Zahl: Es gibt nichts Unsicheres zu variieren.</translation>
    </message>
    <message>
        <source>Swing:
total loss</source>
        <translation>Ausschlag:
Gesamtschaden</translation>
    </message>
    <message>
        <source>Swing:
uninsured</source>
        <translation>Ausschlag:
Selbsttragung</translation>
    </message>
    <message>
        <source>Spearman ρ
(total loss)</source>
        <translation>Spearman ρ
(Gesamtschaden)</translation>
    </message>
</context>
<context>
    <name>cr::ui::SettingsDialog</name>
    <message>
        <source>Use the template&apos;s own number</source>
        <translation>Die Zahl der Vorlage verwenden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Iterations for new assessments:</source>
        <translation>Iterationen für neue Bewertungen:</translation>
    </message>
    <message>
        <source>Threads for a run:</source>
        <translation>Threads für einen Lauf:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when ChangeRisk is started again.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von ChangeRisk.</translation>
    </message>
    <message>
        <source>Currency for new blank assessments:</source>
        <translation>Währung für neue leere Bewertungen:</translation>
    </message>
</context>
<context>
    <name>cr::ui::SimulationPage</name>
    <message>
        <source>A single change</source>
        <translation>Eine einzelne Änderung</translation>
    </message>
    <message>
        <source>One year of changes</source>
        <translation>Ein Jahr mit Änderungen</translation>
    </message>
    <message>
        <source>More iterations give steadier figures for rare, costly outcomes; the same seed gives the same result.</source>
        <translation>Mehr Iterationen ergeben stabilere Werte für seltene, teure Verläufe; derselbe Startwert ergibt dasselbe Ergebnis.</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationen:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
</context>
<context>
    <name>cr::ui::SupportPage</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>What an incident costs the operator in support and what its end users (Endkunden) may claim. Every input is per incident; counts of users come from the asset groups.</source>
        <translation>Was ein Vorfall den Betreiber im Support kostet und was seine Endkunden fordern können. Jede Eingabe gilt je Vorfall; die Zahl der Nutzer kommt aus den Systemgruppen.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>End users</source>
        <translation>Endkunden</translation>
    </message>
    <message>
        <source>SLA credit cap:</source>
        <translation>Obergrenze der SLA-Gutschriften:</translation>
    </message>
    <message>
        <source>Most SLA credits per incident.</source>
        <translation>Höchstens so viel SLA-Gutschrift je Vorfall.</translation>
    </message>
    <message>
        <source>Claim cap per end user:</source>
        <translation>Haftungsgrenze je Endkunde:</translation>
    </message>
    <message>
        <source>Statutory cap per end user and incident (e.g. §70 TKG: 12,500).</source>
        <translation>Gesetzliche Grenze je Endkunde und Vorfall (z. B. § 70 TKG: 12.500).</translation>
    </message>
    <message>
        <source>Claim cap per incident:</source>
        <translation>Haftungsgrenze je Vorfall:</translation>
    </message>
    <message>
        <source>Statutory cap on all end users&apos; claims of one incident (e.g. §70 TKG: 30 million).</source>
        <translation>Gesetzliche Grenze für alle Forderungen der Endkunden aus einem Vorfall (z. B. § 70 TKG: 30 Millionen).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Operator (Betreiber)</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>The operator&apos;s own cost of an hour of outage: idle staff, lost profit. Charged for the longest outage of an incident.</source>
        <translation>Die eigenen Kosten des Betreibers je Ausfallstunde: untätiges Personal, entgangener Gewinn. Berechnet für den längsten Ausfall eines Vorfalls.</translation>
    </message>
    <message>
        <source>Own &amp;downtime cost / h:</source>
        <translation>Eigene &amp;Ausfallkosten / h:</translation>
    </message>
    <message>
        <source>Change own downtime cost</source>
        <translation>Eigene Ausfallkosten ändern</translation>
    </message>
    <message>
        <source>&amp;Contact rate:</source>
        <translation>&amp;Kontaktquote:</translation>
    </message>
    <message>
        <source>Share of affected end users who contact support.</source>
        <translation>Anteil der betroffenen Endkunden, die den Support kontaktieren.</translation>
    </message>
    <message>
        <source>&amp;Handling time:</source>
        <translation>&amp;Bearbeitungszeit:</translation>
    </message>
    <message>
        <source>Minutes per support contact.</source>
        <translation>Minuten je Supportkontakt.</translation>
    </message>
    <message>
        <source>Cost per &amp;minute:</source>
        <translation>Kosten je &amp;Minute:</translation>
    </message>
    <message>
        <source>Fully loaded cost of one support minute.</source>
        <translation>Vollkosten einer Supportminute.</translation>
    </message>
    <message>
        <source>&amp;Technician hourly rate:</source>
        <translation>&amp;Techniker-Stundensatz:</translation>
    </message>
    <message>
        <source>Labour cost of manual fixes per hour.</source>
        <translation>Arbeitskosten manueller Reparaturen je Stunde.</translation>
    </message>
    <message>
        <source>On-site &amp;visit:</source>
        <translation>&amp;Vor-Ort-Einsatz:</translation>
    </message>
    <message>
        <source>Cost of one technician visit, on top of the labour.</source>
        <translation>Kosten eines Technikereinsatzes zusätzlich zur Arbeitszeit.</translation>
    </message>
    <message>
        <source>Incident &amp;overhead:</source>
        <translation>&amp;Vorfallmanagement:</translation>
    </message>
    <message>
        <source>Incident management and communication, once per incident.</source>
        <translation>Vorfallmanagement und Kommunikation, einmal je Vorfall.</translation>
    </message>
    <message>
        <source>C&amp;laim rate:</source>
        <translation>&amp;Forderungsquote:</translation>
    </message>
    <message>
        <source>Share of affected end users who claim compensation.</source>
        <translation>Anteil der betroffenen Endkunden, die Schadenersatz fordern.</translation>
    </message>
    <message>
        <source>&amp;Business user&apos;s downtime / h:</source>
        <translation>Ausfall &amp;Geschäftskunde / h:</translation>
    </message>
    <message>
        <source>What an hour without the service costs a business end user (Betriebsunterbrechung).</source>
        <translation>Was eine Stunde ohne den Dienst einen Geschäftskunden kostet (Betriebsunterbrechung).</translation>
    </message>
    <message>
        <source>Con&amp;sumer&apos;s downtime / h:</source>
        <translation>Ausfall &amp;Privatkunde / h:</translation>
    </message>
    <message>
        <source>What an hour without the service is worth to a consumer.</source>
        <translation>Was eine Stunde ohne den Dienst einem Privatkunden wert ist.</translation>
    </message>
    <message>
        <source>&amp;Data-loss award:</source>
        <translation>Ersatz für &amp;Datenverlust:</translation>
    </message>
    <message>
        <source>Awarded per end user who lost irreplaceable data.</source>
        <translation>Zugesprochen je Endkunde, der unersetzliche Daten verloren hat.</translation>
    </message>
    <message>
        <source>Def&amp;ence costs:</source>
        <translation>Ab&amp;wehrkosten:</translation>
    </message>
    <message>
        <source>Legal defence (Abwehrkosten), once per incident with a claim.</source>
        <translation>Abwehrkosten (passiver Rechtsschutz), einmal je Vorfall mit einer Forderung.</translation>
    </message>
    <message>
        <source>SLA credit per &amp;user:</source>
        <translation>SLA-Gutschrift je &amp;Nutzer:</translation>
    </message>
    <message>
        <source>SLA credit (SLA-Gutschrift) owed to every affected end user.</source>
        <translation>SLA-Gutschrift, die jedem betroffenen Endkunden zusteht.</translation>
    </message>
    <message>
        <source>SLA credit per user-&amp;hour:</source>
        <translation>SLA-Gutschrift je Nutzer&amp;stunde:</translation>
    </message>
    <message>
        <source>SLA credit per end user and hour of outage.</source>
        <translation>SLA-Gutschrift je Endkunde und Ausfallstunde.</translation>
    </message>
</context>
<context>
    <name>cr::ui::TemplateGallery</name>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Blank assessment</source>
        <translation>Leere Bewertung</translation>
    </message>
    <message>
        <source>An empty scenario: describe your own environment, change, contract and insurance from scratch.</source>
        <translation>Ein leeres Szenario: Umgebung, Änderung, Vertrag und Versicherung selbst von Grund auf beschreiben.</translation>
    </message>
</context>
<context>
    <name>cr::ui::TemplateTexts</name>
    <message>
        <source>ISP router firmware update</source>
        <translation>Firmware-Update beim Internetanbieter</translation>
    </message>
    <message>
        <source>A nightly firmware update resets 2,000 cable routers to factory settings; customers reconfigure them with hotline help, some need a technician. The 2017 case, run by a contracted service provider.</source>
        <translation>Ein nächtliches Firmware-Update setzt 2.000 Kabelrouter auf Werkseinstellungen zurück; die Kunden richten sie mit Hilfe der Hotline neu ein, manche brauchen einen Techniker. Der Fall von 2017, hier durchgeführt von einem beauftragten Dienstleister.</translation>
    </message>
    <message>
        <source>Web shop deployment</source>
        <translation>Webshop-Release</translation>
    </message>
    <message>
        <source>A freelancer deploys a new release of a small company&apos;s web shop; a faulty release stops orders until it is rolled back.</source>
        <translation>Ein Freiberufler spielt ein neues Release des Webshops eines kleinen Unternehmens ein; ein fehlerhaftes Release verhindert Bestellungen, bis es zurückgenommen ist.</translation>
    </message>
    <message>
        <source>Database migration</source>
        <translation>Datenbankmigration</translation>
    </message>
    <message>
        <source>An IT service provider migrates a small company&apos;s ERP/CRM database; the data is corrupted and the backup turns out to be unusable.</source>
        <translation>Ein IT-Dienstleister migriert die ERP-/CRM-Datenbank eines kleinen Unternehmens; die Daten werden beschädigt und die Datensicherung erweist sich als unbrauchbar.</translation>
    </message>
    <message>
        <source>Endpoint agent updates</source>
        <translation>Updates des Endpoint-Agenten</translation>
    </message>
    <message>
        <source>A managed service provider pushes monthly agent updates to 50 office PCs for a year; a bad update stops them booting.</source>
        <translation>Ein Managed-Service-Provider verteilt ein Jahr lang monatliche Agenten-Updates auf 50 Büro-PCs; ein fehlerhaftes Update verhindert den Systemstart.</translation>
    </message>
</context>
<context>
    <name>cr::ui::TornadoChart</name>
    <message>
        <source>Expected total loss with each input at its 10th and 90th percentile</source>
        <translation>Erwarteter Gesamtschaden mit jeder Eingabe bei ihrem 10. und 90. Perzentil</translation>
    </message>
    <message>
        <source>Expected uninsured amount with each input at its 10th and 90th percentile</source>
        <translation>Erwartete Selbsttragung mit jeder Eingabe bei ihrem 10. und 90. Perzentil</translation>
    </message>
    <message>
        <source>Expected total loss</source>
        <translation>Erwarteter Gesamtschaden</translation>
    </message>
    <message>
        <source>Expected uninsured</source>
        <translation>Erwartete Selbsttragung</translation>
    </message>
    <message>
        <source>The scenario as it is: %1</source>
        <translation>Das Szenario, wie es ist: %1</translation>
    </message>
    <message>
        <source>Input at P10</source>
        <translation>Eingabe bei P10</translation>
    </message>
    <message>
        <source>Input at P90</source>
        <translation>Eingabe bei P90</translation>
    </message>
</context>
<context>
    <name>cr::ui::WavesEditor</name>
    <message>
        <source>Add &amp;wave</source>
        <translation>&amp;Welle hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve wave</source>
        <translation>Welle ent&amp;fernen</translation>
    </message>
    <message>
        <source>Share of the assets</source>
        <translation>Anteil der Systeme</translation>
    </message>
    <message>
        <source>Assets deployed</source>
        <translation>Ausgerollte Systeme</translation>
    </message>
    <message>
        <source>Exposed if halted here</source>
        <translation>Betroffen bei Halt hier</translation>
    </message>
    <message>
        <source>Change wave share</source>
        <translation>Anteil der Welle ändern</translation>
    </message>
    <message>
        <source>Add wave</source>
        <translation>Welle hinzufügen</translation>
    </message>
    <message>
        <source>Remove wave</source>
        <translation>Welle entfernen</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <source>Assets exposed if detection fails: %1 of %2.</source>
        <translation>Betroffene Systeme, wenn die Erkennung versagt: %1 von %2.</translation>
    </message>
    <message>
        <source>If the failure is detected after the first wave: %1 of %2. Expected with detection probability %3 when every wave has failures: %4 of %2.</source>
        <translation>Wird der Fehler nach der ersten Welle erkannt: %1 von %2. Erwartet bei Erkennungswahrscheinlichkeit %3, wenn jede Welle Ausfälle hat: %4 von %2.</translation>
    </message>
    <message>
        <source>A single wave (big bang) exposes every asset at once; add waves to stage the rollout.</source>
        <translation>Eine einzige Welle (Big Bang) trifft alle Systeme auf einmal; weitere Wellen stufen den Rollout.</translation>
    </message>
    <message>
        <source>%1: must be a number, got &quot;%2&quot;</source>
        <translation>%1: muss eine Zahl sein, erhalten: „%2“</translation>
    </message>
</context>
<context>
    <name>cr::ui::WorkspaceModel</name>
    <message>
        <source>Run %1 · %2 iterations</source>
        <translation>Lauf %1 · %2 Iterationen</translation>
    </message>
    <message>
        <source>Run %1 · %2 iterations · expected loss %3</source>
        <translation>Lauf %1 · %2 Iterationen · erwarteter Schaden %3</translation>
    </message>
    <message>
        <source>Versions: %1, runs: %2; changed %3</source>
        <translation>Versionen: %1, Läufe: %2; geändert %3</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
</context>
<context>
    <name>cr::ui::WorkspaceNavigator</name>
    <message>
        <source>Search clients and assessments</source>
        <translation>Kunden und Bewertungen suchen</translation>
    </message>
    <message>
        <source>Cannot list the workspace</source>
        <translation>Arbeitsbereich kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Export to JSON…</source>
        <translation>Als JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Rename client</source>
        <translation>Kunden umbenennen</translation>
    </message>
    <message>
        <source>Rename assessment</source>
        <translation>Bewertung umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Neuer Titel:</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Export scenario version</source>
        <translation>Szenario-Version exportieren</translation>
    </message>
    <message>
        <source>Scenario JSON (*.json)</source>
        <translation>Szenario-JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Compare the two selected runs</source>
        <translation>Die zwei gewählten Läufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
</context>
<context>
    <name>cr::ui::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
</TS>
