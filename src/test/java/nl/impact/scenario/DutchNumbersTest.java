package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers written the Dutch way (issue 21): {@code 110.000} meant as 110,000 reads as 110. Every
 * literal of that shape, in a scenario (block and flow style, a band, a series per year, a formula),
 * a {@code --set}, an area table, a {@code fromExcel} cell or realisations, is a located warning that
 * says what was read and what to write, whatever the other values; {@code --strict} makes it an
 * error (exit 2, nothing written). {@code 6.000.000} and {@code 1.500,50} are no numbers at all.
 */
class DutchNumbersTest {

    private static final Path PLUSWIJKEN = Path.of("scenarios/pluswijken.yaml");
    private static final String TARIFF = "      tariff:\n        value: 110000\n        unit: euro per fte per jaar";
    private static final String WMO = "Wmo: {min: 1500, expected: 2500, max: 4000, assumption:";
    private static final String READ_AS = " (a '.' is a decimal point, never a thousands separator): ";

    @TempDir
    Path dir;

    @Test
    void aTariffOf110Point000IsAWarningThatSaysWhatWasReadAndTheRunBooksWhatItSays() throws IOException {
        Path file = edit(TARIFF, TARIFF.replace("110000", "110.000"));
        String at = located(file, "        value: 110.000", "110.000");
        Cli.Result validate = Cli.run("validate", file.toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.err()).isEqualTo("warning: " + at + ": begroting.lines.programmateam.tariff.value: "
                + "'110.000' is read as 110" + READ_AS + "if you meant 110000, write 110000; if you meant 110, "
                + "write 110 or 110.0\n");
        // Without --strict the run goes on, and books what the warning says it read: 4 fte x 110 euros.
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: " + at + ": begroting.lines.programmateam.tariff.value: '110.000'");
        assertThat(Csv.read(out.resolve("budget.csv")).rows().stream()
                .filter(r -> r.get("line").equals("programmateam") && r.get("year").equals("2025"))
                .map(r -> r.get("expected")).distinct().toList()).containsExactly("440.00");
    }

    @Test
    void strictMakesItAnErrorWithExitTwoAndNothingWritten() throws IOException {
        Path file = edit(TARIFF, TARIFF.replace("110000", "110.000"));
        String at = located(file, "        value: 110.000", "110.000");
        Cli.Result validate = Cli.run("validate", "--strict", file.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo("error: " + at + ": begroting.lines.programmateam.tariff.value: "
                + "'110.000' is read as 110" + READ_AS + "if you meant 110000, write 110000; if you meant 110, "
                + "write 110 or 110.0\n1 problem found.\n");
        Path out = dir.resolve("out");
        for (List<String> command : List.of(List.of("run"), List.of("simulate", "--draws", "10"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--strict", file.toString(), "--out", out.toString()));
            Cli.Result result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(command + ": " + result.err()).isEqualTo(2);
            assertThat(result.err()).contains("error: " + at + ": ");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aBandInFlowStyleIsWarnedValueByValueWhateverTheOtherValues() throws IOException {
        Path file = edit(WMO, WMO.replace("1500", "1.500").replace("2500", "2.500").replace("4000", "4.000"));
        String line = "Wmo: {min: 1.500";
        String path = "kernaanpakken.programmalijn-1.effects[0].amounts.Wmo.";
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        // In the order they stand on the line, each with what it was read as.
        assertThat(result.err()).isEqualTo(
                "warning: " + located(file, line, "1.500") + ": " + path + "min: '1.500' is read as 1.5" + READ_AS
                        + "if you meant 1500, write 1500; if you meant 1.5, write 1.5\n"
                + "warning: " + located(file, line, "2.500") + ": " + path + "expected: '2.500' is read as 2.5"
                        + READ_AS + "if you meant 2500, write 2500; if you meant 2.5, write 2.5\n"
                + "warning: " + located(file, line, "4.000") + ": " + path + "max: '4.000' is read as 4" + READ_AS
                        + "if you meant 4000, write 4000; if you meant 4, write 4 or 4.0\n");
    }

    @Test
    void aWarningIsShownBesideTheProblemItCauses() throws IOException {
        // 2.500 (read as 2.5) among 1500 and 4000 lies outside the band: the warning says why.
        Path file = edit(WMO, WMO.replace("2500", "2.500"));
        String at = located(file, "expected: 2.500", "2.500");
        assertThat(invalid(file)).isEqualTo("warning: " + at + ": kernaanpakken.programmalijn-1.effects[0].amounts.Wmo"
                + ".expected: '2.500' is read as 2.5" + READ_AS + "if you meant 2500, write 2500; if you meant 2.5, "
                + "write 2.5\nerror: " + at + ": kernaanpakken.programmalijn-1.effects[0].amounts.Wmo.expected: "
                + "expected 2.5 lies outside its band (min 1500, max 4000)\n1 problem found.\n");
    }

    @Test
    void aSeriesPerYearInBlockStyleAndAFormulaAreWarnedToo() throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", """
                name: reeks
                years: {first: 2025, last: 2026}
                domains:
                  Zvw: {financier: zorgverzekeraar}
                kernaanpakken:
                  k:
                    calculator: formules
                    clients:
                      perYear:
                        2025: 1.500
                        2026: 2000
                      source: test
                    formulas:
                      kosten: "clients * 1.250"
                    effects:
                      - name: e
                        per: kosten
                        timing: direct
                        amounts:
                          Zvw: {value: 1, source: test}
                """);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("warning: " + file + ":10:15: kernaanpakken.k.clients.perYear.2025: '1.500' "
                + "is read as 1.5" + READ_AS + "if you meant 1500, write 1500; if you meant 1.5, write 1.5\n"
                + "warning: " + file + ":14:15: kernaanpakken.k.formulas.kosten: in the formula, '1.250' is read as 1.25"
                + READ_AS + "if you meant 1250, write 1250; if you meant 1.25, write 1.25\n");
    }

    @Test
    void sevenPointZeroAndOtherWaysToMeanAFractionAreNeverWarned() throws IOException {
        for (String meant : List.of("7.0", "7", "7.00", "2.5", "0.125", "1.9180", "1234.567", "7e3")) {
            Path file = edit(TARIFF, TARIFF.replace("110000", meant));
            Cli.Result result = Cli.run("validate", "--strict", file.toString());
            assertThat(result.exitCode()).as(meant + ": " + result.err()).isZero();
            assertThat(result.err()).as(meant).isEmpty();
        }
        // Three decimals that are no thousands: the warning says how to keep them.
        Path file = edit(TARIFF, TARIFF.replace("110000", "1.918"));
        assertThat(Cli.run("validate", file.toString()).err()).endsWith(": '1.918' is read as 1.918" + READ_AS
                + "if you meant 1918, write 1918; if you meant 1.918, write 1.9180\n");
    }

    @Test
    void aSetIsWarnedAsTheSetAndStrictRefusesIt() throws IOException {
        String set = "--set kernaanpakken.welzijn-op-recept.clientenPerFte.value=6.000";
        Cli.Result result = Cli.run("validate", PLUSWIJKEN.toString(), "--set",
                "kernaanpakken.welzijn-op-recept.clientenPerFte.value=6.000");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).startsWith("warning: " + set + ": '6.000' is read as 6" + READ_AS + "if you meant "
                + "6000, write 6000; if you meant 6, write 6 or 6.0\n");
        Cli.Result strict = Cli.run("validate", "--strict", PLUSWIJKEN.toString(), "--set",
                "kernaanpakken.welzijn-op-recept.clientenPerFte.value=6.000");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).startsWith("error: " + set + ": '6.000' is read as 6");
        // A band set in flow style names the value inside it; the file's own number there is forgotten.
        String band = "kernaanpakken.welzijn-op-recept.clientenPerFte={min: 100, max: 1.500}";
        Cli.Result flow = Cli.run("validate", PLUSWIJKEN.toString(), "--set", band);
        assertThat(flow.exitCode()).as(flow.err()).isZero();
        assertThat(flow.err()).startsWith("warning: --set " + band + ": kernaanpakken.welzijn-op-recept.clientenPerFte"
                + ".max: '1.500' is read as 1.5" + READ_AS);
        assertThat(flow.err().lines().filter(l -> l.startsWith("warning:")).count()).isEqualTo(1);
    }

    @Test
    void sixPoint000Point000AndADecimalCommaAreNoNumbersInBlockAndFlowStyle() throws IOException {
        String value = "        value: 110000";
        Path block = edit(value, "        value: 6.000.000");
        assertThat(invalid(block)).isEqualTo("error: " + located(block, "value: 6.000.000", "6.000.000")
                + ": begroting.lines.programmateam.tariff.value: expected a number, got text '6.000.000': a '.' is a "
                + "decimal point, never a thousands separator: if you meant 6000000, write 6000000\n1 problem found.\n");
        Path flow = edit(WMO, "Wmo: {min: 1500, expected: 6.000.000, max: 4000, assumption:");
        assertThat(invalid(flow)).startsWith("error: " + located(flow, "expected: 6.000.000", "6.000.000")
                + ": kernaanpakken.programmalijn-1.effects[0].amounts.Wmo.expected: expected a number, got text "
                + "'6.000.000': a '.' is a decimal point, never a thousands separator: if you meant 6000000, write "
                + "6000000\n");
        Path comma = edit(value, "        value: 1.500,50");
        assertThat(invalid(comma)).isEqualTo("error: " + located(comma, "value: 1.500,50", "1.500,50")
                + ": begroting.lines.programmateam.tariff.value: expected a number, got text '1.500,50': use a "
                + "decimal point (1500.50) and no thousands separator\n1 problem found.\n");
        // Between { and } the comma ends the number: 1.500 and a key 50, said as such and not as an unknown key alone.
        Path flowComma = edit(WMO, "Wmo: {min: 1.500,50, max: 4000, assumption:");
        assertThat(invalid(flowComma)).startsWith("error: " + located(flowComma, "min: 1.500,50", "1.500,50")
                + ": kernaanpakken.programmalijn-1.effects[0].amounts.Wmo.min: '1.500,50' has a decimal comma, and "
                + "between { and } a ',' separates the entries, so it reads as 1.500 and a key 50: use a decimal point "
                + "(1500.50) and no thousands separator\n");
    }

    @Test
    void anAreaTableCellIsWarnedAtItsRowAndColumnAndStrictRefusesIt() throws IOException {
        Path scenario = twoAreas("code,naam,gemeente,inwoners,start\nWK091701,Centrum,Heerlen,1.000,2025\n"
                + "WK093501,Noord,Maastricht,2000,2026\n");
        Path table = dir.resolve("wijken.csv");
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("warning: " + table + ":2:4: column 'inwoners': '1.000' is read as 1"
                + READ_AS + "if you meant 1000, write 1000; if you meant 1, write 1 or 1.0 (area table of "
                + located(scenario, "table: wijken.csv", "wijken.csv") + " (areas.table))\n");
        Cli.Result strict = Cli.run("run", "--strict", scenario.toString(), "--out", dir.resolve("out").toString());
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).startsWith("error: " + table + ":2:4: column 'inwoners': '1.000' is read as 1");
        assertThat(dir.resolve("out")).doesNotExist();
        // A cell set on the command line is warned about as its --set.
        Path table2 = dir.resolve("wijken.csv");
        Files.writeString(table2, "code,naam,gemeente,inwoners,start\nWK091701,Centrum,Heerlen,1000,2025\n"
                + "WK093501,Noord,Maastricht,2000,2026\n");
        Cli.Result set = Cli.run("validate", scenario.toString(), "--set", "areas.WK093501.inwoners=2.000");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.err()).startsWith("warning: --set areas.WK093501.inwoners=2.000: column 'inwoners': '2.000' is "
                + "read as 2" + READ_AS + "if you meant 2000, write 2000; if you meant 2, write 2 or 2.0\n");
        // 6.000.000 in a table is no number; the message names the cell, never its text (it may be no table).
        twoAreas("code,naam,gemeente,inwoners,start\nWK091701,Centrum,Heerlen,6.000.000,2025\n");
        assertThat(invalid(scenario)).startsWith("error: " + table + ":2:4: expected a count (zero or more) in "
                + "column 'inwoners', got points between thousands (write the number without them: a '.' is a "
                + "decimal point)");
    }

    @Test
    void anXlsxAreaTableWarnsAboutTextCellsOnlyNotAboutNumberCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("wijken.xlsx"))) {
            XSSFSheet sheet = workbook.createSheet("Wijken");
            String[] header = {"code", "naam", "gemeente", "inwoners", "start"};
            var head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            var centrum = sheet.createRow(1);
            centrum.createCell(0).setCellValue("WK091701");
            centrum.createCell(1).setCellValue("Centrum");
            centrum.createCell(2).setCellValue("Heerlen");
            centrum.createCell(3).setCellValue("1.000");
            centrum.createCell(4).setCellValue(2025);
            var noord = sheet.createRow(2);
            noord.createCell(0).setCellValue("WK093501");
            noord.createCell(1).setCellValue("Noord");
            noord.createCell(2).setCellValue("Maastricht");
            noord.createCell(3).setCellValue(1.918);
            noord.createCell(4).setCellValue(2026);
            workbook.write(out);
        }
        Path scenario = Scenarios.write(dir, "two.yaml", TwoAreasText.scenario("{file: wijken.xlsx, sheet: Wijken}")
                .replace("inwoners: {kind: count, unit: inwoners}", "inwoners: {kind: number, unit: inwoners}"));
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        // The text '1.000' in D2 is warned about; the number 1.918 in D3 is what Excel shows, never a Dutch 1918.
        assertThat(result.err()).isEqualTo("warning: " + dir.resolve("wijken.xlsx") + ":2:4: sheet 'Wijken', cell D2: "
                + "column 'inwoners': '1.000' is read as 1" + READ_AS + "if you meant 1000, write 1000; if you meant 1, "
                + "write 1 or 1.0 (area table of " + located(scenario, "table: {file", "table") + " (areas.table))\n");
    }

    @Test
    void aFromExcelTextCellIsWarnedAndANumberCellIsNot() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("tarieven.xlsx"))) {
            XSSFSheet sheet = workbook.createSheet("Tarieven");
            sheet.createRow(0).createCell(0).setCellValue("2.500");
            sheet.createRow(1).createCell(0).setCellValue(1.918);
            workbook.write(out);
        }
        Path file = Scenarios.write(dir, "s.yaml", Scenarios.BASE
                .replace("Zvw: {value: 1000, source: test}", "Zvw: {fromExcel: {file: tarieven.xlsx, sheet: Tarieven, cell: A1}}")
                .replace("Wmo: {value: 500, source: test}", "Wmo: {fromExcel: {file: tarieven.xlsx, sheet: Tarieven, cell: A2}}"));
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("warning: " + located(file, "cell: A1", "A1")
                + ": kernaanpakken.k.effects[0].amounts.Zvw.fromExcel.cell: " + dir.resolve("tarieven.xlsx")
                + ", Tarieven!A1: '2.500' is read as "
                + "2.5" + READ_AS + "if you meant 2500, write 2500; if you meant 2.5, write 2.5\n");
    }

    @Test
    void aRealisationIsWarnedOnceTheFileIsReadAndStrictRefusesIt() throws IOException {
        Path realisations = Scenarios.write(dir, "realisations.csv", "kpi,year,realised,correction,note\n"
                + "kpi-4-zorgkloof,2025,50,,\nkpi-4-zorgkloof,2026,1.500,,\n");
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", PLUSWIJKEN.toString(), realisations.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).startsWith("warning: " + realisations + ":3:22: realised: '1.500' is read as 1.5"
                + READ_AS + "if you meant 1500, write 1500; if you meant 1.5, write 1.5\n");
        // Read as 1.5, which is what the verdict judges: below the band of 2026.
        assertThat(Csv.read(out.resolve("monitor.csv")).rows().stream()
                .filter(r -> r.get("kpi").equals("kpi-4-zorgkloof") && r.get("year").equals("2026"))
                .map(r -> r.get("position")).toList()).containsExactly("below");
        Path strictOut = dir.resolve("strict");
        Cli.Result strict = Cli.run("monitor", "--strict", PLUSWIJKEN.toString(), realisations.toString(), "--out",
                strictOut.toString());
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).startsWith("error: " + realisations + ":3:22: realised: '1.500' is read as 1.5");
        assertThat(strictOut).doesNotExist();
    }

    private Path twoAreas(String table) throws IOException {
        Scenarios.write(dir, "wijken.csv", table);
        return Scenarios.write(dir, "two.yaml", TwoAreasText.scenario("wijken.csv"));
    }

    private Path edit(String from, String to) throws IOException {
        String text = Files.readString(PLUSWIJKEN, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        // Without the milestones: their tranches are checked against the begroting these edits change
        // (a tariff read as 110 leaves the programmateam too little for its tranches, rightly an error).
        text = text.substring(0, text.indexOf("\nmijlpalen:") + 1);
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private String invalid(Path file) {
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        return result.err();
    }

    /** {@code file:line:column} of {@code token} on the first line that contains {@code line}. */
    private static String located(Path file, String line, String token) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(line.strip())) {
                return file + ":" + (i + 1) + ":" + (lines.get(i).indexOf(token) + 1);
            }
        }
        throw new AssertionError("no line contains " + line);
    }

    /** The two-area scenario of the areas tests (nl.impact.areas.TwoAreas), with its table named. */
    private static final class TwoAreasText {
        static String scenario(String table) {
            return """
                    name: Twee wijken
                    years: {first: 2025, last: 2026, effectsUntil: 2027}
                    domains:
                      Wmo: {financier: gemeente}
                      Zvw: {financier: zorgverzekeraar}
                    areas:
                      table: %s
                      columns:
                        inwoners: {kind: count, unit: inwoners}
                        start: {kind: number}
                      placeholder: test areas
                    kernaanpakken:
                      k:
                        calculator: formules
                        areas: {from: start}
                        bereik: {value: 0.1, kind: fraction, source: test}
                        formulas:
                          clients: "inwoners * bereik"
                        effects:
                          - name: saving
                            per: clients
                            timing: {offset: 0, years: 2}
                            amounts:
                              Zvw: {min: 800, max: 1200, source: test}
                              Wmo: {value: 500, source: test}
                    """.formatted(table);
        }
    }
}
