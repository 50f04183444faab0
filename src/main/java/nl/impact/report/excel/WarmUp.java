package nl.impact.report.excel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Loads and runs the workbook code once while the scenario is still being read and computed. In a
 * short run most of the time spent on a workbook is the JVM's first use of POI: loading and
 * initialising a few thousand classes, interpreting and compiling their code. A run reads and
 * computes on one thread while the second core is mostly idle; a small workbook made there, in
 * memory and then dropped, moves that first use off the bijlagen's critical path
 * (docs/performance.md, "The default run"). It writes nothing, and a failure in it only costs
 * that speed.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread: it never delays the end of the process. */
    public static void start() {
        Thread thread = new Thread(WarmUp::run, "impact-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            workbook();
        } catch (RuntimeException | LinkageError e) {
            // Only the speed of the run depends on the warm-up; the real workbooks report their own failures.
        }
    }

    /** A workbook with what the bijlagen hold: texts, inputs, formulas, names, a chart, the page layout. */
    static byte[] workbook() {
        SXSSFWorkbook workbook = WorkbookFile.create();
        Styles styles = new Styles(workbook.getXSSFWorkbook());
        SheetWriter w = new SheetWriter(workbook.createSheet("Opwarmen"), styles, new Expectations());
        w.text(0, 0, "Opwarmen", Styles.Text.BOLD);
        w.text(1, 0, "jaar", styles.header());
        for (int c = 1; c <= 3; c++) {
            w.text(1, c, String.valueOf(2024 + c), styles.numberHeader());
            w.input(2, c, BigDecimal.valueOf(c), Styles.Format.EURO);
            w.formula(3, c, SheetWriter.local(2, c) + "*2", BigDecimal.valueOf(2L * c), Styles.Role.FORMULA,
                    Styles.Format.EURO);
        }
        w.text(2, 0, "invoer", Styles.Text.PLAIN);
        w.text(3, 0, "=berekend", Styles.Text.WRAP);
        new RangeNames(workbook.getXSSFWorkbook()).define("opwarmen", "Opwarmen!$B$3:$D$3");
        Sheets.finish(w.sheet(), 1, 1);
        Charts.lines(w.sheet(), new Charts.Place(0, 5, 4, 15), "Opwarmen", 1, 1, 3,
                List.of(new Charts.Series(3, 0, 3)));
        PageLayout.apply(workbook, new PageLayout.Heading("Opwarmen", "Opwarmen", Instant.EPOCH));
        WorkbookFile.properties(workbook, "Opwarmen", Instant.EPOCH);
        return WorkbookFile.save(workbook, Instant.EPOCH);
    }
}
