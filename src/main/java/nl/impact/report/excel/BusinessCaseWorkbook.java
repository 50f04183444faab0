package nl.impact.report.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.NetFlow;
import nl.impact.engine.KernaanpakResult;
import nl.impact.engine.RunResult;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.report.OutputWriter;
import nl.impact.report.RunOutputs;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code bijlage-1-maatschappelijke-business-case.xlsx}: bijlage 1 of the plan as a live
 * workbook. Sheets: Samenvatting, Business case, Per financier, Kengetallen, KPI's (when the
 * scenario has KPIs), Gevoeligheid (one-way sensitivity with tornado charts),
 * Onzekerheid (with {@code impact run --draws}: Monte Carlo percentiles and fan charts), one per kernaanpak,
 * Begroting, Algemene invoer (when the scenario has shared parameters) and Bronnen en aannames.
 * See docs/workbooks.md.
 */
public final class BusinessCaseWorkbook implements OutputWriter {

    public static final String FILE = "bijlage-1-maatschappelijke-business-case.xlsx";

    /** A saved workbook, its bytes as they are written, with the engine's value of each of its formula cells. */
    public record Built(byte[] bytes, Expectations expectations) {

        /** The workbook as saved, read back by POI: what a reader of the file sees. */
        public XSSFWorkbook workbook() {
            try {
                return new XSSFWorkbook(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes the workbook to {@code file}. */
        public void write(Path file) throws IOException {
            Files.write(file, bytes);
        }
    }

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        build(outputs, DocumentDate.of(outputs.result().scenario())).write(directory.resolve(FILE));
    }

    /**
     * Bijlage 1 of a run's outputs: its Gevoeligheid sheet shows the run's sensitivity, and with a
     * simulation ({@code impact run --draws}) it has an Onzekerheid sheet.
     */
    public static Built build(RunOutputs outputs, Instant date) {
        RunResult result = outputs.result();
        SimulationResult simulation = outputs.simulation().orElse(null);
        WorkbookFile.InMemory workbook = WorkbookFile.create();
        Styles styles = new Styles(workbook.getXSSFWorkbook());
        Expectations expectations = new Expectations();
        SheetNames names = new SheetNames();
        String summaryName = names.claim(SummarySheet.NAME, "Samenvatting");
        String businessCaseName = names.claim(BusinessCaseSheet.NAME, "Business case");
        String financierName = names.claim(FinancierSheet.NAME, "Per financier");
        String keyFiguresName = names.claim(KeyFiguresSheet.NAME, "Kengetallen");
        String sensitivityName = names.claim(SensitivitySheet.NAME, "Gevoeligheid");
        String uncertaintyName = simulation != null ? names.claim(UncertaintySheet.NAME, "Onzekerheid") : null;
        boolean kpis = !result.kpis().isEmpty();
        String kpiName = kpis ? names.claim(KpiSheet.NAME, "KPI") : null;
        boolean areas = result.areas() != null;
        String areasName = areas ? names.claim(AreaSheets.AREAS, "Gebieden") : null;
        String gemeentenName = areas ? names.claim(AreaSheets.GEMEENTEN, "Gemeenten") : null;
        boolean capacity = result.capacity().findAny().isPresent();
        String capacityName = capacity ? names.claim(CapacitySheet.NAME, "Capaciteit") : null;
        String budgetName = names.claim(BudgetSheet.NAME, "Begroting");
        boolean settled = SettlementSheet.needed(result);
        String settlementName = settled ? names.claim(SettlementSheet.NAME, "Verrekeningen") : null;
        String sourcesName = names.claim(SourcesSheet.NAME, "Bronnen");
        boolean shared = SharedInputsSheet.needed(result.scenario());
        String sharedName = shared ? names.claim(SharedInputsSheet.NAME, "Algemeen") : null;
        List<String> kernaanpakNames = new ArrayList<>();
        for (KernaanpakResult k : result.kernaanpakken()) {
            kernaanpakNames.add(names.claim(k.kernaanpak().name(), k.kernaanpak().id()));
        }

        // Sheets in reading order: the summary first, the sources last.
        SheetWriter summary = sheet(workbook, summaryName, styles, expectations);
        SheetWriter businessCase = sheet(workbook, businessCaseName, styles, expectations);
        SheetWriter financiers = sheet(workbook, financierName, styles, expectations);
        SheetWriter keyFigures = sheet(workbook, keyFiguresName, styles, expectations);
        SheetWriter sensitivity = sheet(workbook, sensitivityName, styles, expectations);
        SheetWriter uncertainty = simulation != null ? sheet(workbook, uncertaintyName, styles, expectations) : null;
        SheetWriter kpiSheet = kpis ? sheet(workbook, kpiName, styles, expectations) : null;
        // A national table's Per gebied is streamed into the workbook last, once the others are laid out.
        SheetWriter areaSheet = areas && !StreamedAreaSheet.applies(result.areas())
                ? sheet(workbook, areasName, styles, expectations) : null;
        SheetWriter gemeenteSheet = areas ? sheet(workbook, gemeentenName, styles, expectations) : null;
        SheetWriter capacitySheet = capacity ? sheet(workbook, capacityName, styles, expectations) : null;
        List<SheetWriter> kernaanpakSheets = kernaanpakNames.stream().map(n -> sheet(workbook, n, styles, expectations))
                .toList();
        SheetWriter budgetSheet = sheet(workbook, budgetName, styles, expectations);
        SheetWriter settlementSheet = settled ? sheet(workbook, settlementName, styles, expectations) : null;
        SheetWriter sharedSheet = shared ? sheet(workbook, sharedName, styles, expectations) : null;
        SheetWriter sources = sheet(workbook, sourcesName, styles, expectations);

        YearColumns cols = new YearColumns(result.scenario().years());
        NameCells sharedNames = new NameCells(cols);
        RangeNames ranges = new RangeNames(workbook.getXSSFWorkbook());
        SourceList sourceList = new SourceList();
        if (shared) {
            SharedInputsSheet.write(sharedSheet, result.scenario(), sharedNames, ranges, sourceList);
        }
        List<KernaanpakSheet.Rows> rows = new ArrayList<>();
        Map<String, NameCells> cellsById = new HashMap<>();
        for (int i = 0; i < kernaanpakSheets.size(); i++) {
            NameCells cells = sharedNames.copy();
            KernaanpakResult k = result.kernaanpakken().get(i);
            cellsById.put(k.kernaanpak().id(), cells);
            rows.add(new KernaanpakSheet(kernaanpakSheets.get(i), result, i, cells, ranges, sourceList).write());
        }
        // The begroting is here too, its quantities referring to the kernaanpak sheets, so that the
        // net business case follows every input.
        BudgetSheet.Rows budget = new BudgetSheet(budgetSheet, result, id -> Optional.ofNullable(cellsById.get(id)),
                ranges, sourceList).write();
        List<NetFlow> flows = BusinessCase.of(result);
        SummarySheet.Rows summaryRows = SummarySheet.write(summary, result, rows, budget, flows);
        BusinessCaseSheet.Rows businessCaseRows = BusinessCaseSheet.write(businessCase, result, rows, budget, flows);
        SettlementSheet.Rows settlementRows = settled
                ? SettlementSheet.write(settlementSheet, result, rows, flows, sourceList) : null;
        FinancierSheet.Rows financierRows = FinancierSheet.write(financiers, result, rows, budget, flows, settlementRows);
        KeyFiguresSheet.write(keyFigures, result, flows, financierRows, financierName, businessCaseRows,
                businessCaseName, ranges);
        KpiSheet.Rows kpiRows = kpis ? KpiSheet.write(kpiSheet, result, rows, sourceList) : null;
        if (capacity) {
            CapacitySheet.write(capacitySheet, result, rows);
        }
        List<SensitivitySheet.Block> sensitivityBlocks = SensitivitySheet.write(sensitivity, outputs.sensitivity(), result.scenario());
        List<UncertaintySheet.Fan> fans = simulation != null ? UncertaintySheet.write(uncertainty, simulation) : null;
        SourcesSheet.write(sources, result.scenario(), sourceList);
        if (areas) {
            if (areaSheet != null) {
                AreaSheets.writeAreas(areaSheet, result.areas());
            }
            AreaSheets.writeGemeenten(gemeenteSheet, result.areas());
        }

        SummarySheet.charts(summary, summaryRows, result.scenario().years());
        FinancierSheet.charts(financiers, financierRows, result.scenario().years());
        if (kpis) {
            KpiSheet.charts(kpiSheet, kpiRows, result.scenario().years());
        }
        SensitivitySheet.charts(sensitivity, sensitivityBlocks);
        if (simulation != null) {
            UncertaintySheet.charts(uncertainty, fans, result.scenario().years());
        }
        Map<String, PrintHints> hints = new HashMap<>();
        for (SheetWriter w : java.util.stream.Stream.of(List.of(summary, businessCase, financiers, keyFigures, sensitivity,
                budgetSheet, sources), kernaanpakSheets, java.util.Arrays.asList(uncertainty, kpiSheet, areaSheet,
                gemeenteSheet, capacitySheet, sharedSheet)).flatMap(List::stream).filter(java.util.Objects::nonNull).toList()) {
            hints.put(w.name(), w.print());
        }
        PageLayout.apply(workbook,
                new PageLayout.Heading(result.scenario().name(), "Bijlage 1: maatschappelijke business case",
                result.scenario().version(), date), hints);
        if (areas && areaSheet == null) {
            StreamedAreaSheet.add(workbook, result.areas());
        }
        workbook.setActiveSheet(0);
        WorkbookFile.properties(workbook, "Bijlage 1: maatschappelijke business case, " + result.scenario().name(), date);
        return new Built(WorkbookFile.save(workbook, date), expectations);
    }

    private static SheetWriter sheet(SXSSFWorkbook workbook, String name, Styles styles, Expectations expectations) {
        return new SheetWriter(workbook.createSheet(name), styles, expectations);
    }
}
