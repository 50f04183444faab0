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
import nl.impact.report.CsvText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One table for scripts, a row per fact, in four sections (docs/diff.md): {@code input} (a changed
 * value), {@code result} (every figure, changed or not), {@code kpi} (a position that moved) and
 * {@code attribution} (a part of a change in net).
 */
final class DiffCsv {

    static final List<String> HEADER = List.of("section", "variant", "dimension", "key", "item", "before", "after",
            "change", "change_percent", "provenance_before", "provenance_after");

    private DiffCsv() {
    }

    static void write(ScenarioDiff diff, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        csv.printRecord(HEADER);
        for (InputChange c : diff.inputs()) {
            csv.printRecord("input", "", c.kind(), safe(c.path()), safe(c.group()), safe(c.before()), safe(c.after()),
                    "", "", safe(c.provenanceBefore()), safe(c.provenanceAfter()));
        }
        for (FigureChange f : diff.figures()) {
            csv.printRecord("result", f.variant().key(), f.dimension(), safe(f.key()), f.measure().key(), plain(f.before()),
                    plain(f.after()), f.change().map(BigDecimal::toPlainString).orElse(""),
                    f.percent().map(BigDecimal::toPlainString).orElse(""), "", "");
        }
        for (KpiMove m : diff.kpiMoves()) {
            csv.printRecord("kpi", "expected", "kpi", safe(m.kpi()), m.year(), DiffValues.position(m.before()),
                    DiffValues.position(m.after()), "", "", "", "");
        }
        for (Attribution a : diff.attributions()) {
            for (Attribution.Part p : a.parts()) {
                csv.printRecord("attribution", a.variant().key(), a.dimension(), safe(a.key()), safe(p.group()), "", "",
                        p.amount().toPlainString(), "", "", "");
            }
        }
        csv.flush();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String safe(String text) {
        return text == null ? "" : CsvText.safe(text);
    }
}
