package nl.impact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact monitor}: the spelregels' verdicts, monitor.csv, the table on stdout and the exit codes. */
class MonitorTest {

    private static final String SCENARIO = "scenarios/pluswijken.yaml";
    private static final String HEADER = "kpi,year,realised,correction,note\n";

    @TempDir
    Path dir;

    @Test
    void withinAndAboveTheBandMeanContinue() throws IOException {
        Csv monitor = monitor(0, """
                kpi-4-zorgkloof,2025,50,,
                kpi-4-zorgkloof,2026,101,,
                """);
        assertVerdict(monitor, "kpi-4-zorgkloof", 2025, "within", "continue");
        assertVerdict(monitor, "kpi-4-zorgkloof", 2026, "above", "continue");
    }

    @Test
    void belowOnceAsksForAnAnalysisAndDoesNotFailTheRun() throws IOException {
        Csv monitor = monitor(0, """
                kpi-4-zorgkloof,2025,40,,
                kpi-4-zorgkloof,2026,49.99,,
                """);
        assertVerdict(monitor, "kpi-4-zorgkloof", 2026, "below", "analysis");
        assertThat(row(monitor, "kpi-4-zorgkloof", 2026).get("below_in_row")).isEqualTo("1");
    }

    @Test
    void belowTwiceInARowAsksForAnImprovementPlanAndExitsWithFour() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", SCENARIO, realisations("""
                kpi-5-zvw-kosten,2025,0,,
                kpi-5-zvw-kosten,2026,1000000,,
                kpi-5-zvw-kosten,2027,4000000,,
                kpi-5-zvw-kosten,2028,10000000,,
                """).toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        Csv monitor = Csv.read(out.resolve("monitor.csv"));
        assertVerdict(monitor, "kpi-5-zvw-kosten", 2025, "within", "continue");
        assertVerdict(monitor, "kpi-5-zvw-kosten", 2026, "below", "analysis");
        assertVerdict(monitor, "kpi-5-zvw-kosten", 2027, "below", "improvement-plan");
        assertVerdict(monitor, "kpi-5-zvw-kosten", 2028, "below", "improvement-plan");
        assertThat(row(monitor, "kpi-5-zvw-kosten", 2028).get("below_in_row")).isEqualTo("3");
        assertThat(result.out()).contains("Below the band twice in a row: kpi-5-zvw-kosten (2027), kpi-5-zvw-kosten (2028)")
                .contains("improvement-plan  below the band twice in a row: analysis and an improvement plan, unless the "
                        + "insurer");
    }

    @Test
    void belowAfterAYearWithinStartsCountingAgain() throws IOException {
        Csv monitor = monitor(0, """
                kpi-3-integraal-werken,2025,-1,,
                kpi-3-integraal-werken,2026,30,,
                kpi-3-integraal-werken,2027,49,,
                """);
        assertVerdict(monitor, "kpi-3-integraal-werken", 2025, "below", "analysis");
        assertVerdict(monitor, "kpi-3-integraal-werken", 2026, "within", "continue");
        assertVerdict(monitor, "kpi-3-integraal-werken", 2027, "below", "analysis");
    }

    @Test
    void aMissingRealisationIsMissingNotZeroWhetherLeftEmptyOrLeftOut() throws IOException {
        Csv monitor = monitor(0, """
                kpi-4-zorgkloof,2025,,,not delivered
                kpi-5-zvw-kosten,2025,100,,
                """);
        CSVRecord empty = row(monitor, "kpi-4-zorgkloof", 2025);
        assertThat(empty.get("verdict")).isEqualTo("missing");
        for (String column : new String[] {"realised", "correction", "corrected", "position"}) {
            assertThat(empty.get(column)).as(column).isEmpty();
        }
        // No row at all for KPI 3 in 2025: missing as well.
        assertVerdict(monitor, "kpi-3-integraal-werken", 2025, "", "missing");
    }

    @Test
    void aMissingYearBreaksARunOfYearsBelow() throws IOException {
        // "Twice in a row" needs two consecutive judgements; the missing year is reported itself.
        Csv monitor = monitor(0, """
                kpi-4-zorgkloof,2025,-5,,
                kpi-4-zorgkloof,2026,,,
                kpi-4-zorgkloof,2027,10,,
                """);
        assertVerdict(monitor, "kpi-4-zorgkloof", 2025, "below", "analysis");
        assertVerdict(monitor, "kpi-4-zorgkloof", 2026, "", "missing");
        assertVerdict(monitor, "kpi-4-zorgkloof", 2027, "below", "analysis");
    }

    @Test
    void theExogenousCorrectionIsAddedBeforeJudging() throws IOException {
        Csv monitor = monitor(0, """
                kpi-5-zvw-kosten,2025,0,,
                kpi-5-zvw-kosten,2026,900000,300000,tariff rise
                """);
        CSVRecord row = row(monitor, "kpi-5-zvw-kosten", 2026);
        assertThat(row.get("realised")).isEqualTo("900000.00");
        assertThat(row.get("correction")).isEqualTo("300000.00");
        assertThat(row.get("corrected")).isEqualTo("1200000.00");
        assertThat(row.get("verdict")).isEqualTo("continue");
    }

    @Test
    void yearsAfterTheLatestRealisationAreNotDueYet() throws IOException {
        Csv monitor = monitor(0, "kpi-5-zvw-kosten,2025,0,,\n");
        assertThat(monitor.rows()).allMatch(r -> r.get("year").equals("2025"));
        assertThat(monitor.rows()).extracting(r -> r.get("kpi"))
                .containsExactly("kpi-3-integraal-werken", "kpi-4-zorgkloof", "kpi-5-zvw-kosten");
    }

    @Test
    void aLowerIsBetterKpiIsBelowItsBandWhenItsValueIsHigher() throws IOException {
        Path scenario = Scenarios.withKpis(dir, """
                kpis:
                  falls:
                    deelopgave: test
                    unit: count
                    accumulation: per-year
                    direction: lower-is-better
                    target: {value: 7000, year: 2026, source: test}
                    band:
                      2025: {min: 9000, max: 8000, source: test}
                      2026: {min: 8000, max: 7000, source: test}
                    calculator: measurement
                """);
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", scenario.toString(),
                realisations("falls,2025,9100,,\nfalls,2026,8001,,\n").toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        Csv monitor = Csv.read(out.resolve("monitor.csv"));
        assertVerdict(monitor, "falls", 2026, "below", "improvement-plan");
    }

    @Test
    void theShippedExamplesGiveExitCodeZeroAndFour() {
        Cli.Result ok = Cli.run("monitor", SCENARIO, "scenarios/pluswijken-realisations-2026.csv",
                "--out", dir.resolve("ok").toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("KPI verdicts up to 2026").contains("analysis").contains("missing");
        Cli.Result twice = Cli.run("monitor", SCENARIO, "scenarios/pluswijken-realisations-2027-twice-below.csv",
                "--out", dir.resolve("twice").toString());
        assertThat(twice.exitCode()).as(twice.err()).isEqualTo(4);
        assertThat(twice.out()).contains("Below the band twice in a row: kpi-3-integraal-werken (2027)");
    }

    @Test
    void monitorCsvHasItsColumnsAndRefusesADirectoryImpactDidNotWrite() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", SCENARIO, "scenarios/pluswijken-realisations-2026.csv",
                "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Csv.read(out.resolve("monitor.csv")).header()).containsExactly("kpi", "year", "band_min", "band_max",
                "realised", "correction", "corrected", "position", "below_in_row", "verdict");

        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("mine.txt"), "mine");
        Cli.Result refused = Cli.run("monitor", SCENARIO, "scenarios/pluswijken-realisations-2026.csv",
                "--out", notes.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(notes + ": is a directory that impact did not write");
        assertThat(notes.resolve("mine.txt")).hasContent("mine");
    }

    @Test
    void anUnknownKpiIsALocatedErrorWithExitCodeTwo() throws IOException {
        Path file = realisations("kpi-4-zorgkloof,2025,40,,\nkpi-9,2025,1,,\n");
        String err = invalid(file);
        assertThat(err).contains(file + ":3:1: kpi: not one of the scenario's KPIs (kpi-1-levensverwachting");
    }

    @Test
    void aYearOutsideTheBandIsALocatedError() throws IOException {
        Path file = realisations("kpi-4-zorgkloof,2030,40,,\nkpi-1-levensverwachting,2026,3,,\n");
        String err = invalid(file);
        assertThat(err).contains(file + ":2:17: year: KPI kpi-4-zorgkloof has a band for 2025, 2026, 2027, 2028, 2029, "
                + "not for 2030");
        assertThat(err).contains(file + ":3:25: year: KPI kpi-1-levensverwachting has no band");
    }

    @Test
    void badNumbersDuplicatesAndUnknownColumnsAreLocatedErrors() throws IOException {
        Path file = realisations("kpi-4-zorgkloof,2025,1.100.000,,\nkpi-5-zvw-kosten,2025,1,,\n"
                + "kpi-5-zvw-kosten,2025,2,,\nkpi-5-zvw-kosten,2026,,5,\n");
        String err = invalid(file);
        assertThat(err).contains(file + ":2:22: realised: expected a number with a decimal point and no thousands "
                + "separators\n");
        assertThat(err).contains(file + ":4:1: kpi: a second realisation for kpi-5-zvw-kosten in 2025 (first on line 3)");
        assertThat(err).contains(file + ":5:24: correction: a correction for a missing realised value");
        Path columns = Scenarios.write(dir, "columns.csv", "kpi,jaar,realised\nkpi-4-zorgkloof,2025,1\n");
        assertThat(invalid(columns)).contains(columns + ":1:5: a column that is none of kpi, year, realised, "
                + "correction and note")
                .contains("missing the column 'year'");
    }

    @Test
    void nothingIsWrittenWhenTheRealisationsAreInvalid() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", SCENARIO, realisations("kpi-9,2025,1,,\n").toString(),
                "--out", out.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    private Csv monitor(int exitCode, String rows) throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", SCENARIO, realisations(rows).toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        return Csv.read(out.resolve("monitor.csv"));
    }

    private String invalid(Path file) {
        Cli.Result result = Cli.run("monitor", SCENARIO, file.toString(), "--out", dir.resolve("bad").toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception");
        return result.err();
    }

    private Path realisations(String rows) throws IOException {
        return Scenarios.write(dir, "realisations.csv", HEADER + rows);
    }

    private static void assertVerdict(Csv monitor, String kpi, int year, String position, String verdict) {
        CSVRecord row = row(monitor, kpi, year);
        assertThat(row.get("position")).as("position %s %d", kpi, year).isEqualTo(position);
        assertThat(row.get("verdict")).as("verdict %s %d", kpi, year).isEqualTo(verdict);
    }

    private static CSVRecord row(Csv csv, String kpi, int year) {
        var rows = csv.where(Map.of("kpi", kpi, "year", Integer.toString(year)));
        assertThat(rows).as("%s %d", kpi, year).hasSize(1);
        return rows.get(0);
    }
}
