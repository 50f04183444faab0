package nl.impact.engine.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.testing.Cli;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sensitivity-range P}: every unbanded number of the plan swings P percent down and up
 * beside the bands, marked as such in sensitivity.csv ({@code varied_by}), stdout and the
 * tornadoes; off by default.
 */
class SensitivityRangeTest {

    private static final String RANGE = "src/test/resources/sensitivity/range.yaml";
    private static final String HEADER = "parameter,label,financier,measure,value_at_min,value_at_max,result_at_min,"
            + "result_expected,result_at_max,swing,varied_by";

    @TempDir
    Path dir;

    /**
     * range.yaml by hand (one year, undiscounted): 7 deelnemers x correction 1 x (Wmo 200 + Zvw 1000)
     * = 8,400 minus the coach's 2,000 = 6,400. At 10 %: clienten 6.3 and 7.7 (a count kept exact: a
     * what-if) give 6.3 x 1,200 - 2,000 = 5,560 and 7,240; the Zvw amount 900 and 1,100 gives 7 x 1,100
     * - 2,000 = 5,700 and 7,100, as far as the Wmo band 100 to 300 does (ties by path); the correction
     * 0.9 and, a fraction, at most 1: 5,560 and 6,400; the coach 1,800 and 2,200: 6,600 and 6,200. The
     * start year (a year) and the coach's shares (they add up to one) do not swing.
     */
    @Test
    void everyUnbandedNumberSwingsByTheRange() throws Exception {
        Cli.Result run = Cli.run("run", RANGE, "--sensitivity-range", "10", "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("out").resolve("sensitivity.csv"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo(HEADER);
        assertThat(rows.stream().filter(r -> r.contains(",total,net,"))).containsExactly(
                "kernaanpakken.k.clienten,Wijkteam - clienten,total,net,6.3,7.7,5560.00,6400.00,7240.00,1680.00,range",
                "kernaanpakken.k.effects[0].amounts.Wmo,Wijkteam - Besparing (Wmo),total,net,100,300,5700.00,6400.00,"
                        + "7100.00,1400.00,band",
                "kernaanpakken.k.effects[0].amounts.Zvw,Wijkteam - Besparing (Zvw),total,net,900,1100,5700.00,6400.00,"
                        + "7100.00,1400.00,range",
                "kernaanpakken.k.effects[0].correction,Wijkteam - Besparing (correctiefactor),total,net,0.9,1,5560.00,"
                        + "6400.00,6400.00,840.00,range",
                "begroting.lines.coach.amount,Coach - bedrag,total,net,1800,2200,6600.00,6400.00,6200.00,400.00,range");
        assertThat(rows).noneMatch(r -> r.startsWith("kernaanpakken.k.startjaar") || r.contains(".financiers."));
        // stdout names them by label, the range's swings marked.
        assertThat(run.out()).containsPattern("\nWijkteam - clienten \\(±10%\\) +5,560 +7,240 +1,680\n"
                + "Wijkteam - Besparing \\(Wmo\\) +5,700 +7,100 +1,400\n"
                + "Wijkteam - Besparing \\(Zvw\\) \\(±10%\\) +5,700 +7,100 +1,400\n");
    }

    @Test
    void offByDefaultOnlyBandsSwing() throws Exception {
        Path out = Cli.runInto(Path.of(RANGE), dir.resolve("out"));
        List<String> rows = Files.readAllLines(out.resolve("sensitivity.csv"), StandardCharsets.UTF_8);
        // The Wmo band only: gemeente, zorgverzekeraar and the total, net and NPV.
        assertThat(rows).hasSize(1 + 3 * 2);
        assertThat(rows.subList(1, rows.size())).allMatch(r -> r.startsWith("kernaanpakken.k.effects[0].amounts.Wmo,")
                && r.endsWith(",band"));
    }

    /**
     * PlusWIJken's Doorbraakmethode (its 20,291,000 over 1,000 huishoudens, 20,291 each) has no band,
     * so its effects never showed in the tornado. At 10 % its huishoudens swing the net by 2 x 10 % x
     * (20,291,000 - the maatwerkbudget 1,500,000 - the IPW regie 1,500,000, both per household) =
     * 3,458,200 around 34,287,612.42: the second largest bar, in report.html and bijlage 1, marked.
     */
    @Test
    void theDoorbraakmethodeShowsInPlusWijkensTornado() throws Exception {
        Path out = dir.resolve("pw");
        Cli.Result run = Cli.run("run", "scenarios/pluswijken.yaml", "--sensitivity-range", "10", "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String label = "Doorbraakmethode - huishoudens";
        assertThat(Files.readAllLines(out.resolve("sensitivity.csv"), StandardCharsets.UTF_8))
                .contains("kernaanpakken.doorbraakmethode.huishoudens," + label + ",total,net,"
                        + "2025=225;2026=225;2027=450,2025=275;2026=275;2027=550,32558512.42,34287612.42,36016712.42,"
                        + "3458200.00,range");
        String html = Files.readString(out.resolve("report.html"));
        String key = "sensitivity|total|net|kernaanpakken.doorbraakmethode.huishoudens|";
        assertThat(html).contains("data-key=\"" + key + "low\" data-value=\"32558512.42\"",
                "data-key=\"" + key + "high\" data-value=\"36016712.42\"",
                "data-key=\"" + key + "range\" data-value=\"3458200.00\"",
                "<th scope=\"row\">" + label + " (±10%)</th>", "(--sensitivity-range)");
        // The second bar of the chart, after the Kernteam ouderen's band.
        List<String> bars = rowHeaders(html.substring(html.indexOf("<table id=\"tornado-tabel\">")));
        assertThat(bars.subList(0, 2)).containsExactly(
                "Kernteam ouderen - Kortere opnameduur en minder acute opnames (Zvw)", label + " (±10%)");
        try (InputStream in = Files.newInputStream(out.resolve("bijlage-1-maatschappelijke-business-case.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Gevoeligheid");
            Row second = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Parameter".equals(row.getCell(0).getStringCellValue())) {
                    second = sheet.getRow(row.getRowNum() + 2);
                    break;
                }
            }
            assertThat(second).isNotNull();
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo(label + " (±10%)");
            assertThat(second.getCell(7).getNumericCellValue()).isEqualTo(3_458_200.0);
        }
    }

    @Test
    void aRangeThatIsNoPercentageIsRefused() {
        for (String bad : List.of("0", "-5", "150", "abc", "10%")) {
            Path out = dir.resolve("bad");
            Cli.Result run = Cli.run("run", RANGE, "--sensitivity-range", bad, "--out", out.toString());
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).contains("--sensitivity-range", "expected a percentage above 0 and at most "
                    + "100, such as 10").doesNotContain("Exception", "BigDecimal");
            assertThat(out).doesNotExist();
        }
    }

    /** A formula dividing by zero only at a range's end is refused like a band's: by validate too, nothing written. */
    @Test
    void aRangeCaseThatIsNoNumberIsRefusedBeforeAnythingIsWritten() {
        String scenario = "src/test/resources/sensitivity/range-division-by-zero.yaml";
        assertThat(Cli.run("validate", scenario).exitCode()).isZero();
        String refused = "range-division-by-zero.yaml:13:17: kernaanpakken.k.formulas.clienten: formula '10 / (11 - a)' "
                + "is infinite in 2025 (a = 11) with kernaanpakken.k.a 10% higher (--sensitivity-range) and every other "
                + "parameter at expected";
        Cli.Result validate = Cli.run("validate", scenario, "--sensitivity-range", "10");
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains(refused);
        for (String command : List.of("run", "simulate")) {
            Path out = dir.resolve(command);
            Cli.Result result = Cli.run(command, scenario, "--sensitivity-range", "10", "--out", out.toString());
            assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
            assertThat(result.err()).contains(refused).doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }

    /** simulate's report.html shows the same tornado as run's with the same range. */
    @Test
    void simulatesReportHasTheRangesTornado() throws Exception {
        Path out = dir.resolve("sim");
        Cli.Result result = Cli.run("simulate", RANGE, "--sensitivity-range", "10", "--draws", "100", "--out",
                out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("data-key=\"sensitivity|total|net|kernaanpakken.k.clienten|low\" data-value=\"5560.00\"",
                "<th scope=\"row\">Wijkteam - clienten (±10%)</th>");
    }

    private static List<String> rowHeaders(String table) {
        Matcher m = Pattern.compile("<th scope=\"row\">([^<]*)</th>").matcher(table.substring(0,
                table.indexOf("</table>")));
        List<String> headers = new java.util.ArrayList<>();
        while (m.find()) {
            headers.add(m.group(1));
        }
        return headers;
    }
}
