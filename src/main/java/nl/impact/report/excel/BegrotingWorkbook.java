package nl.impact.report.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import nl.impact.engine.RunResult;
import nl.impact.report.OutputWriter;
import nl.impact.report.RunOutputs;

/**
 * {@code bijlage-2-begroting.xlsx}: bijlage 2 of the plan, the begroting, as a live workbook: the
 * Begroting sheet (lines, quantity x tariff, parts per financier, subtotals per kernaanpak,
 * category and financier) and Bronnen en aannames. A quantity a line takes from its kernaanpak is
 * copied from the engine here (bijlage 1 computes it); everything else is an input or a formula.
 */
public final class BegrotingWorkbook implements OutputWriter {

    public static final String FILE = "bijlage-2-begroting.xlsx";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        build(outputs.result(), DocumentDate.of(outputs.result().scenario())).write(directory.resolve(FILE));
    }

    public static BusinessCaseWorkbook.Built build(RunResult result, Instant date) {
        WorkbookFile.InMemory workbook = WorkbookFile.create();
        Styles styles = new Styles(workbook.getXSSFWorkbook());
        Expectations expectations = new Expectations();
        SheetNames names = new SheetNames();
        SheetWriter budget = new SheetWriter(workbook.createSheet(names.claim(BudgetSheet.NAME, "Begroting")), styles,
                expectations);
        SheetWriter sources = new SheetWriter(workbook.createSheet(names.claim(SourcesSheet.NAME, "Bronnen")), styles,
                expectations);
        SourceList sourceList = new SourceList();
        new BudgetSheet(budget, result, id -> Optional.empty(), new RangeNames(workbook.getXSSFWorkbook()), sourceList).write();
        SourcesSheet.write(sources, result.scenario(), sourceList);
        PageLayout.apply(workbook, new PageLayout.Heading(result.scenario().name(), "Bijlage 2: begroting",
                result.scenario().version(), date), java.util.Map.of(budget.name(), budget.print(),
                sources.name(), sources.print()));
        workbook.setActiveSheet(0);
        WorkbookFile.properties(workbook, "Bijlage 2: begroting, " + result.scenario().name(), date);
        return new BusinessCaseWorkbook.Built(WorkbookFile.save(workbook, date), expectations);
    }
}
