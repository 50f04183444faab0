package nl.impact.report.excel;

import java.time.Instant;
import nl.impact.monitor.Progress;

/**
 * {@code voortgangsrapportage.xlsx}: the half year's progress report of {@code impact monitor}, in
 * Dutch and printable like the bijlagen: Mijlpalen (verdicts and tranches), Besteding (spend against
 * the begroting), Prognose (the forecast beside the plan), KPI's (the spelregels' verdicts) and, when
 * a KPI fell below its band twice in a row, Stopzetting (what stopping its activities would do).
 * Realised figures are inputs, the engine's figures values, and every sum and difference a formula.
 */
public final class ProgressWorkbook {

    public static final String FILE = "voortgangsrapportage.xlsx";

    private ProgressWorkbook() {
    }

    public static BusinessCaseWorkbook.Built build(Progress progress, Instant date) {
        WorkbookFile.InMemory workbook = WorkbookFile.create();
        Styles styles = new Styles(workbook.getXSSFWorkbook());
        Expectations expectations = new Expectations();
        SheetNames names = new SheetNames();
        String half = progress.realisations().hasHalfYears() ? progress.realisations().lastHalf().key()
                : Integer.toString(progress.realisations().untilYear());
        if (progress.realisations().hasHalfYears()) {
            ProgressSheets.milestones(sheet(workbook, names.claim("Mijlpalen", "Mijlpalen"), styles, expectations),
                    progress, half);
            ProgressSheets.spend(sheet(workbook, names.claim("Besteding", "Besteding"), styles, expectations), progress,
                    half);
        }
        progress.forecast().ifPresent(f -> ForecastSheets.forecast(sheet(workbook, names.claim("Prognose", "Prognose"),
                styles, expectations), f, half));
        ProgressSheets.verdicts(sheet(workbook, names.claim("KPI's", "KPI"), styles, expectations), progress);
        if (!progress.stops().isEmpty()) {
            ForecastSheets.stops(sheet(workbook, names.claim("Stopzetting", "Stopzetting"), styles, expectations),
                    progress);
        }
        String plan = progress.plan().scenario().name();
        PageLayout.apply(workbook, new PageLayout.Heading(plan, "Voortgangsrapportage " + half,
                progress.plan().scenario().version(), date), java.util.Map.of());
        workbook.setActiveSheet(0);
        WorkbookFile.properties(workbook, "Voortgangsrapportage " + half + ", " + plan, date);
        return new BusinessCaseWorkbook.Built(WorkbookFile.save(workbook, date), expectations);
    }

    private static SheetWriter sheet(WorkbookFile.InMemory workbook, String name, Styles styles,
            Expectations expectations) {
        return new SheetWriter(workbook.createSheet(name), styles, expectations);
    }
}
