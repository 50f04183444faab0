package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact run --draws N --seed S}: bijlage 1's Onzekerheid sheet holds the figures of
 * simulation.csv of {@code impact simulate} with the same seed and draws; without --draws nothing
 * of it is written; bad values are refused up front.
 */
class UncertaintySheetTest {

    private static final Path SCENARIO = Path.of("scenarios/pluswijken.yaml");
    private static final List<String> SIMULATION_CSVS = List.of("simulation.csv", "simulation-financiers.csv",
            "simulation-break-even.csv", "simulation-metadata.csv");

    @TempDir
    Path dir;

    @Test
    void theSheetHoldsTheFiguresOfSimulateWithTheSameSeedAndDraws() throws Exception {
        Path run = dir.resolve("run");
        Path simulate = dir.resolve("simulate");
        Cli.Result ran = Cli.run("run", SCENARIO.toString(), "--draws", "2000", "--seed", "3", "--out", run.toString());
        assertThat(ran.exitCode()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("net, 2000 draws");
        Cli.Result simulated = Cli.run("simulate", SCENARIO.toString(), "--draws", "2000", "--seed", "3", "--threads", "1",
                "--out", simulate.toString());
        assertThat(simulated.exitCode()).as(simulated.err()).isZero();
        for (String csv : SIMULATION_CSVS) {
            assertThat(Files.readString(run.resolve(csv))).as(csv).isEqualTo(Files.readString(simulate.resolve(csv)));
        }

        Csv simulation = Csv.read(simulate.resolve("simulation.csv"));
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : simulation.rows()) {
            rows.put(r.get("name") + "|" + r.get("measure") + "|" + r.get("year"), r);
        }
        try (InputStream in = Files.newInputStream(run.resolve(BusinessCaseWorkbook.FILE));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Onzekerheid");
            assertThat(sheet).isNotNull();
            assertThat(workbook.getSheetIndex("Onzekerheid")).isEqualTo(workbook.getSheetIndex("Gevoeligheid") + 1);
            assertThat(setting(sheet, "Trekkingen")).isEqualTo("2000");
            assertThat(setting(sheet, "Seed")).isEqualTo("3");
            assertThat(setting(sheet, "Generator")).startsWith("XO_RO_SHI_RO_128_PP");

            String[] columns = {"p5", "p25", "p50", "p75", "p95", "mean", "sd"};
            int compared = 0;
            int r = rowOf(sheet, "Financier");
            for (Row row = sheet.getRow(++r); row != null && row.getCell(0) != null
                    && row.getCell(0).getCellType() == CellType.STRING; row = sheet.getRow(++r)) {
                String name = name(row.getCell(0).getStringCellValue());
                String measure = row.getCell(1).getStringCellValue().equals("netto") ? "net" : "npv";
                CSVRecord expected = rows.get(name + "|" + measure + "|all");
                assertThat(expected).as(name + " " + measure).isNotNull();
                for (int c = 0; c < columns.length; c++) {
                    assertThat(cents(row.getCell(2 + c))).as(name + " " + measure + " " + columns[c])
                            .isEqualTo(new BigDecimal(expected.get(columns[c])));
                }
                assertThat(BigDecimal.valueOf(row.getCell(9).getNumericCellValue()).setScale(4, RoundingMode.HALF_UP))
                        .isEqualTo(new BigDecimal(expected.get("probability_positive")));
                compared++;
            }
            long financiersAndTotal = simulation.rows().stream()
                    .filter(x -> !x.get("level").equals("kernaanpak") && x.get("measure").equals("net")
                            && x.get("year").equals("all")).count();
            // PlusWIJken is undiscounted: the NCW equals the netto, so only the netto is shown.
            assertThat(compared).isEqualTo(financiersAndTotal);

            // Each fan's table: P5..P95 of the cumulative net per year, of every financier and the total.
            int fans = 0;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first == null || first.getCellType() != CellType.STRING
                        || !first.getStringCellValue().startsWith("Cumulatief netto resultaat per jaar: ")) {
                    continue;
                }
                String name = name(first.getStringCellValue().substring("Cumulatief netto resultaat per jaar: ".length()));
                Row years = sheet.getRow(row.getRowNum() + 1);
                for (int p = 0; p < 5; p++) {
                    Row percentile = sheet.getRow(row.getRowNum() + 2 + p);
                    assertThat(percentile.getCell(0).getStringCellValue()).isEqualTo(columns[p].toUpperCase());
                    for (int c = 2; years.getCell(c) != null; c++) {
                        CSVRecord expected = rows.get(name + "|cumulative_net|" + years.getCell(c).getStringCellValue());
                        assertThat(cents(percentile.getCell(c))).as(name + " " + columns[p] + " " + c)
                                .isEqualTo(new BigDecimal(expected.get(columns[p])));
                    }
                }
                fans++;
            }
            assertThat(fans).isEqualTo(financiersAndTotal);
            assertThat(workbook.getSheet("Onzekerheid").getDrawingPatriarch().getCharts()).hasSize(fans);
        }
    }

    @Test
    void withoutDrawsNothingOfTheSimulationIsWrittenAndTheOtherCsvsAreTheSame() throws Exception {
        Path plain = Cli.runInto(SCENARIO, dir.resolve("plain"));
        Path drawn = dir.resolve("drawn");
        assertThat(Cli.run("run", SCENARIO.toString(), "--draws", "50", "--out", drawn.toString()).exitCode()).isZero();
        try (InputStream in = Files.newInputStream(plain.resolve(BusinessCaseWorkbook.FILE));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Onzekerheid")).isNull();
        }
        try (Stream<Path> files = Files.list(plain)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).noneMatch(n -> n.startsWith("simulation"));
            for (String name : names) {
                if (name.endsWith(".csv")) {
                    assertThat(Files.readString(drawn.resolve(name))).as(name).isEqualTo(Files.readString(plain.resolve(name)));
                }
            }
        }
        // The default seed is simulate's.
        assertThat(Files.readString(drawn.resolve("simulation-metadata.csv"))).contains("seed,1");
    }

    @Test
    void badDrawsOrASeedAloneAreRefusedUpFrontWithExitTwo() {
        Path out = dir.resolve("never");
        for (String[] args : List.of(new String[] {"--draws", "0"}, new String[] {"--draws", "1000000001"},
                new String[] {"--draws", "many"}, new String[] {"--seed", "4"})) {
            String[] full = Stream.concat(Stream.of("run", SCENARIO.toString(), "--out", out.toString()),
                    Stream.of(args)).toArray(String[]::new);
            Cli.Result result = Cli.run(full);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).doesNotContain("Exception").contains(args[0]);
            assertThat(out).doesNotExist();
        }
    }

    /** An area scenario's sheet ends with simulation-gemeenten.csv: every gemeente, financier and total. */
    @Test
    void anAreaScenariosSheetHoldsTheNetPerGemeente() throws Exception {
        Path run = dir.resolve("areas");
        Cli.Result ran = Cli.run("run", "scenarios/pluswijken-wijken.yaml", "--draws", "500", "--seed", "3", "--out",
                run.toString());
        assertThat(ran.exitCode()).as(ran.err()).isZero();
        List<CSVRecord> expected = Csv.read(run.resolve("simulation-gemeenten.csv")).rows();
        assertThat(expected).hasSize(16 * 3);
        String[] columns = {"p5_net", "p25_net", "p50_net", "p75_net", "p95_net", "mean_net", "sd_net"};
        try (InputStream in = Files.newInputStream(run.resolve(BusinessCaseWorkbook.FILE));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Onzekerheid");
            int r = rowOf(sheet, "Gemeente");
            for (CSVRecord e : expected) {
                Row row = sheet.getRow(++r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(e.get("gemeente"));
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(e.get("financier").equals("total") ? "Totaal" : e.get("financier"));
                for (int c = 0; c < columns.length; c++) {
                    assertThat(cents(row.getCell(2 + c))).as(e.get("gemeente") + " " + columns[c])
                            .isEqualTo(new BigDecimal(e.get(columns[c])));
                }
                assertThat(BigDecimal.valueOf(row.getCell(9).getNumericCellValue()).setScale(4, RoundingMode.HALF_UP))
                        .isEqualTo(new BigDecimal(e.get("probability_positive_net")));
            }
            assertThat(sheet.getRow(r + 1)).isNull();
        }
    }

    private static String name(String label) {
        return label.equals("Totaal") ? "total" : label;
    }

    private static BigDecimal cents(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    private static int rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static String setting(Sheet sheet, String key) {
        return sheet.getRow(rowOf(sheet, key)).getCell(1).getStringCellValue();
    }
}
