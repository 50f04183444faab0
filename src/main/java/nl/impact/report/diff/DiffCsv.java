package nl.impact.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import nl.impact.engine.diff.Attribution;
import nl.impact.engine.diff.FigureChange;
import nl.impact.engine.diff.InputChange;
import nl.impact.engine.diff.KpiMove;
import nl.impact.engine.diff.ScenarioDiff;
import nl.impact.report.CsvTable;
import nl.impact.report.CsvText;

/**
 * One table for scripts, a row per fact, in four sections (docs/diff.md): {@code input} (a changed
 * value), {@code result} (every figure, changed or not), {@code kpi} (a position that moved) and
 * {@code attribution} (a part of a change in net). An input and a part carry their Dutch label. Written as every CSV of impact is ({@link CsvTable}):
 * no text from the scenario starts a formula, and numbers stay numbers.
 */
final class DiffCsv {

    static final List<String> HEADER = List.of("section", "variant", "dimension", "key", "item", "label", "before",
            "after", "change", "change_percent", "provenance_before", "provenance_after");

    private DiffCsv() {
    }

    static void write(ScenarioDiff diff, Writer out) throws IOException {
        try (CsvTable csv = CsvTable.on(out, HEADER.toArray(String[]::new))) {
            for (InputChange c : diff.inputs()) {
                // A value is a number or a text: a number stays a number, a negative one too.
                csv.row(List.of("input", "", c.kind(), CsvText.safe(c.path()), CsvText.safe(c.group()),
                        CsvText.safe(c.label()), CsvText.cell(c.before()), CsvText.cell(c.after()), "", "", CsvText.safe(c.provenanceBefore()),
                        CsvText.safe(c.provenanceAfter())));
            }
            for (FigureChange f : diff.figures()) {
                csv.row(List.of("result", f.variant().key(), f.dimension(), CsvText.safe(f.key()), f.measure().key(),
                        "", plain(f.before()), plain(f.after()), f.change().map(BigDecimal::toPlainString).orElse(""),
                        f.percent().map(BigDecimal::toPlainString).orElse(""), "", ""));
            }
            for (KpiMove m : diff.kpiMoves()) {
                csv.row(List.of("kpi", "expected", "kpi", CsvText.safe(m.kpi()), Integer.toString(m.year()),
                        CsvText.safe(m.name()), DiffValues.position(m.before()), DiffValues.position(m.after()), "", "", "", ""));
            }
            for (Attribution a : diff.attributions()) {
                for (Attribution.Part p : a.parts()) {
                    csv.row(List.of("attribution", a.variant().key(), a.dimension(), CsvText.safe(a.key()),
                            CsvText.safe(p.group()), CsvText.safe(p.label()), "", "", p.amount().toPlainString(), "", "", ""));
                }
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
