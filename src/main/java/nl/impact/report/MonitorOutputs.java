package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import nl.impact.monitor.Progress;
import nl.impact.report.excel.DocumentDate;
import nl.impact.report.excel.ProgressWorkbook;
import nl.impact.report.html.HtmlReport;
import nl.impact.report.html.ReportExtras;

/**
 * Every output of {@code impact monitor}, written together into one directory: the verdicts on the KPIs
 * ({@code monitor.csv}), the milestones, the spend, the forecast, the voortgangsrapportage workbook and
 * the steering group's report with the monitoring sections.
 */
public final class MonitorOutputs {

    private MonitorOutputs() {
    }

    public static void write(Progress progress, Path directory, CsvDialect dialect) throws IOException {
        MonitorCsv.write(progress.kpis(), directory);
        MilestonesCsv.write(progress.milestones(), directory);
        SpendCsv.write(progress.spend(), directory);
        ForecastCsv.write(progress.forecast().orElse(null), progress.stops(), directory);
        ProgressWorkbook.build(progress, DocumentDate.of(progress.plan().scenario())).write(directory.resolve(ProgressWorkbook.FILE));
        HtmlReport.write(progress.plan(), ReportExtras.NONE.withMonitor(progress), directory);
        CsvTable.recodeAll(directory, dialect);
    }
}
