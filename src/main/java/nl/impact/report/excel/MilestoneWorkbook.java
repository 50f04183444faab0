package nl.impact.report.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import nl.impact.engine.RunResult;
import nl.impact.report.OutputWriter;
import nl.impact.report.RunOutputs;

/**
 * {@code bijlage-3-mijlpalenplanning.xlsx}: bijlage 3 of the plan, the mijlpalenplanning, as a live
 * workbook in the style of bijlagen 1 and 2: the Mijlpalenplanning sheet (the PPI's per half year and
 * kernaanpak, their targets and tranches) and Tranches per post (the tranches per budget line,
 * financier and year against the begroting). Written only for a scenario with milestones.
 */
public final class MilestoneWorkbook implements OutputWriter {

    public static final String FILE = "bijlage-3-mijlpalenplanning.xlsx";

    /** True when the scenario has milestones, so the run writes bijlage 3. */
    public static boolean applies(RunResult result) {
        return !result.scenario().milestones().milestones().isEmpty();
    }

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        if (applies(outputs.result())) {
            build(outputs.result(), DocumentDate.of(outputs.result().scenario())).write(directory.resolve(FILE));
        }
    }

    public static BusinessCaseWorkbook.Built build(RunResult result, Instant date) {
        WorkbookFile.InMemory workbook = WorkbookFile.create();
        Styles styles = new Styles(workbook.getXSSFWorkbook());
        Expectations expectations = new Expectations();
        SheetNames names = new SheetNames();
        SheetWriter plan = new SheetWriter(workbook.createSheet(names.claim(MilestonePlanSheet.NAME, "Mijlpalen")),
                styles, expectations);
        SheetWriter tranches = new SheetWriter(workbook.createSheet(names.claim(TrancheSheet.NAME, "Tranches")), styles,
                expectations);
        Map<String, String> cells = new MilestonePlanSheet(plan, result.scenario()).write();
        new TrancheSheet(tranches, result, cells).write();
        PageLayout.apply(workbook, new PageLayout.Heading(result.scenario().name(), "Bijlage 3: mijlpalenplanning",
                result.scenario().version(), date), java.util.Map.of());
        workbook.setActiveSheet(0);
        WorkbookFile.properties(workbook, "Bijlage 3: mijlpalenplanning, " + result.scenario().name(), date);
        return new BusinessCaseWorkbook.Built(WorkbookFile.save(workbook, date), expectations);
    }
}
