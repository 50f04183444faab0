package nl.impact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact monitor} on a realisations file per half year, on the scenario computed by hand in
 * src/test/resources/milestones/two-kernaanpakken.yaml: each milestone verdict and its tranche, the
 * uitputting per line, the forecast against the plan, the stop consequence and the exit codes.
 */
public class HalfYearMonitorTest {

    static final String SCENARIO = "src/test/resources/milestones/two-kernaanpakken.yaml";
    public static final String HEADER = "kind,period,id,financier,name,realised,correction,note\n";

    /**
     * Realisations that differ from the plan; the figures every test below computes by hand
     * (ProgressWorkbookTest recomputes the progress workbook of the same realisations).
     */
    public static final String REALISED = """
            milestone,2025-H1,m1,,,6,,
            milestone,2025-H2,m2,,,no,,
            milestone,2025-H2,m3,,,2025-11-15,,
            milestone,2026-H1,m4,,,3,,
            spend,2025-H1,la,zorgverzekeraar,,2500,,
            spend,2025-H2,la,zorgverzekeraar,,3500,,
            spend,2026-H1,la,zorgverzekeraar,,2500,,
            volume,2025-H1,a,,clienten,4,,
            volume,2025-H2,a,,clienten,4,,
            volume,2026-H1,a,,clienten,6,,
            kpi,2025,kpi-a,,,5,,
            kpi,2026,kpi-a,,,15,,
            """;

    @TempDir
    Path dir;

    @Test
    void eachMilestoneGetsItsVerdictAndItsTranchePayableOrWithheld() throws IOException {
        Path out = monitor(4, REALISED);
        Csv milestones = Csv.read(out.resolve("milestones.csv"));
        // m1: 6 of at least 5; m2: not done; m3: done on 15 November, due 31 October; m4: 3 of 5;
        // m5: no row. Only a milestone reached pays its tranche; m5 has none.
        assertMilestone(milestones, "m1", "2025-H1", "6", "reached", "3000.00", "payable");
        assertMilestone(milestones, "m2", "2025-H2", "no", "missed", "1000.00", "withheld");
        assertMilestone(milestones, "m3", "2025-H2", "2025-11-15", "partly", "3000.00", "withheld");
        assertMilestone(milestones, "m4", "2026-H1", "3", "partly", "3000.00", "withheld");
        assertMilestone(milestones, "m5", "2026-H1", "", "missing", "", "none");
        // Milestones of half years after the last one reported are not due yet.
        assertThat(milestones.rows()).extracting(r -> r.get("milestone")).containsExactly("m1", "m2", "m3", "m4", "m5");
    }

    @Test
    void spendPerLineAndFinancierWithItsUitputtingAndRemainder() throws IOException {
        Csv spend = Csv.read(monitor(4, REALISED).resolve("spend.csv"));
        // la 2025: 2,500 + 3,500 of 6,000 = 100%; la 2026: 2,500 of 6,000 so far = 41.67%, 3,500 left.
        assertSpend(spend, "la", "zorgverzekeraar", "2025", "6000.00", "6000.00", "100.00", "0.00");
        assertSpend(spend, "la", "zorgverzekeraar", "2026", "6000.00", "2500.00", "41.67", "3500.00");
        // lb: nothing reported, so nothing spent.
        assertSpend(spend, "lb", "gemeente", "2025", "2000.00", "0.00", "0.00", "2000.00");
        // All lines, both years: 8,500 of 16,000 = 53.13%.
        assertSpend(spend, "total", "all", "all", "16000.00", "8500.00", "53.13", "7500.00");
        CSVRecord la2026 = spend.where(Map.of("line", "la", "year", "2026")).get(0);
        assertThat(la2026.get("tranches_withheld")).isEqualTo("3000.00");
    }

    @Test
    void theForecastTakesTheRealisedVolumesAndSpendAndExplainsTheDifferencePerKernaanpak() throws IOException {
        Csv forecast = Csv.read(monitor(4, REALISED).resolve("forecast.csv"));
        // Clients of a: 2025 4 + 4 = 8 (plan 10), 2026 6 + the plan's half 5 = 11 (plan 10): Zvw
        // benefits -2,000 + 1,000 = -1,000. Line la: 2025 6,000 (the plan's), 2026 2,500 + the plan's
        // half 3,000 = 5,500: 500 less. Net of a and of the zorgverzekeraar: 12,000 - 500 = 11,500.
        assertThat(cell(forecast, "plan", "zorgverzekeraar", "all", "net", "all", "expected")).isEqualTo("12000.00");
        assertThat(cell(forecast, "forecast", "zorgverzekeraar", "all", "net", "all", "expected")).isEqualTo("11500.00");
        assertThat(cell(forecast, "forecast", "zorgverzekeraar", "all", "net", "all", "difference_expected"))
                .isEqualTo("-500.00");
        assertThat(cell(forecast, "forecast", "all", "a", "benefits", "2025", "difference_expected"))
                .isEqualTo("-2000.00");
        assertThat(cell(forecast, "forecast", "all", "a", "benefits", "2026", "difference_expected"))
                .isEqualTo("1000.00");
        assertThat(cell(forecast, "forecast", "all", "a", "investments", "2026", "difference_expected"))
                .isEqualTo("-500.00");
        assertThat(cell(forecast, "forecast", "all", "a", "net", "all", "difference_expected")).isEqualTo("-500.00");
        assertThat(cell(forecast, "forecast", "all", "b", "net", "all", "difference_expected")).isEqualTo("0.00");
        // Realised values are the same in every variant; the scenario has no bands.
        assertThat(cell(forecast, "forecast", "all", "all", "net", "all", "min")).isEqualTo("11500.00");
    }

    @Test
    void aForecastFromRealisationsEqualToThePlanIsThePlan() throws IOException {
        Path out = monitor(0, """
                milestone,2025-H1,m1,,,5,,
                milestone,2025-H2,m2,,,yes,,
                milestone,2025-H2,m3,,,2025-10-31,,
                milestone,2026-H1,m4,,,5,,
                milestone,2026-H1,m5,,,yes,,
                spend,2025-H1,la,zorgverzekeraar,,3000,,
                spend,2025-H2,la,zorgverzekeraar,,3000,,
                spend,2026-H1,la,zorgverzekeraar,,3000,,
                spend,2025-H1,lb,gemeente,,1000,,
                spend,2025-H2,lb,gemeente,,1000,,
                volume,2025-H1,a,,clienten,5,,
                volume,2025-H2,a,,clienten,5,,
                volume,2026-H1,a,,clienten,5,,
                volume,2025-H1,b,,huishoudens,2,,
                volume,2025-H2,b,,huishoudens,2,,
                kpi,2025,kpi-a,,,15,,
                """);
        Csv forecast = Csv.read(out.resolve("forecast.csv"));
        List<CSVRecord> rows = forecast.where(Map.of("case", "forecast"));
        assertThat(rows).hasSize(forecast.where(Map.of("case", "plan")).size()).isNotEmpty();
        for (CSVRecord row : rows) {
            for (String variant : List.of("difference_min", "difference_expected", "difference_max")) {
                assertThat(row.get(variant)).as(row.toString()).isEqualTo("0.00");
            }
        }
        // Every milestone reached, no KPI below its band: nothing calls for action.
        assertThat(Csv.read(out.resolve("milestones.csv")).rows()).extracting(r -> r.get("verdict"))
                .containsOnly("reached");
        assertThat(forecast.where(Map.of("case", "stop"))).isEmpty();
    }

    @Test
    void stoppingTheActivitiesOfAKpiTwiceBelowItsBandFromTheNextYear() throws IOException {
        Path out = monitor(4, REALISED);
        Csv forecast = Csv.read(out.resolve("forecast.csv"));
        // kpi-a below its band in 2025 and 2026, tied to kernaanpak a: from 2027 a starts no clients
        // (Zvw 10,000 gone) and its line la costs nothing (6,000 saved): 11,500 - 4,000 = 7,500 for
        // the zorgverzekeraar. Kernaanpak b and the gemeente are untouched; 2025 and 2026 stay as realised.
        assertThat(stop(forecast, "zorgverzekeraar", "all", "net", "all", "expected")).isEqualTo("7500.00");
        assertThat(stop(forecast, "zorgverzekeraar", "all", "net", "all", "difference_expected")).isEqualTo("-4000.00");
        assertThat(stop(forecast, "all", "a", "benefits", "2027", "expected")).isEqualTo("0.00");
        assertThat(stop(forecast, "all", "a", "investments", "2027", "expected")).isEqualTo("0.00");
        assertThat(stop(forecast, "all", "a", "benefits", "2026", "difference_expected")).isEqualTo("0.00");
        assertThat(stop(forecast, "gemeente", "all", "net", "all", "difference_expected")).isEqualTo("0.00");
        assertThat(forecast.where(Map.of("case", "stop")).get(0).get("stop_from")).isEqualTo("2027");
        Cli.Result again = Cli.run("monitor", SCENARIO, realisations(REALISED).toString(), "--out",
                dir.resolve("again").toString());
        assertThat(again.out()).contains("stopping its activities (a) from 2027")
                .contains("Tranches gone with it: 2027-H1 m6");
    }

    @Test
    void reportHtmlHasTheHalfYearsMonitoringWithTheFiguresOfTheCsvFiles() throws IOException {
        String html = Files.readString(monitor(4, REALISED).resolve("report.html"));
        assertThat(html).contains("Monitoring 2026-H1: mijlpalen en tranches")
                .contains("Monitoring 2026-H1: besteding tegen de begroting")
                .contains("Monitoring 2026-H1: prognose van de business case")
                .contains("Monitoring: gevolg van stopzetting volgens de spelregels")
                .contains("data-key=\"milestone|m2|tranche\" data-value=\"1000.00\"")
                .contains("data-key=\"spend|la|zorgverzekeraar|exhaustion_percent\" data-value=\"70.83\"")
                .contains("data-key=\"forecast|a|all|difference\" data-value=\"-500.00\"")
                .contains("data-key=\"volume|a|clienten|2026|forecast\" data-value=\"11.00\"")
                .contains("data-key=\"stop|kpi-a|zorgverzekeraar|benefits_lost\" data-value=\"10000.00\"")
                .contains("data-key=\"stop|kpi-a|zorgverzekeraar|spend_saved\" data-value=\"6000.00\"");
    }

    @Test
    void aWithheldTrancheAloneCallsForAction() throws IOException {
        // kpi-a within its band; m2 not done: its tranche is withheld, exit 4.
        Cli.Result result = Cli.run("monitor", SCENARIO, realisations("""
                milestone,2025-H1,m1,,,5,,
                milestone,2025-H2,m2,,,no,,
                milestone,2025-H2,m3,,,2025-10-01,,
                kpi,2025,kpi-a,,,15,,
                """).toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        assertThat(result.out()).contains("withheld 1,000: m2 (missed)");
        Cli.Result reached = Cli.run("monitor", SCENARIO, realisations("""
                milestone,2025-H1,m1,,,5,,
                milestone,2025-H2,m2,,,yes,,
                milestone,2025-H2,m3,,,2025-10-01,,
                kpi,2025,kpi-a,,,15,,
                """).toString(), "--out", dir.resolve("reached").toString());
        assertThat(reached.exitCode()).as(reached.err()).isZero();
    }

    @Test
    void theShippedExampleShowsEveryVerdict() throws IOException {
        Path out = dir.resolve("example");
        Cli.Result result = Cli.run("monitor", "scenarios/pluswijken.yaml",
                "scenarios/pluswijken-realisations-2026-H1.csv", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        assertThat(Csv.read(out.resolve("milestones.csv")).rows()).extracting(r -> r.get("verdict"))
                .contains("reached", "partly", "missed", "missing");
        assertThat(Csv.read(out.resolve("monitor.csv")).rows()).extracting(r -> r.get("verdict"))
                .contains("continue", "analysis", "improvement-plan", "missing");
        assertThat(out.resolve("voortgangsrapportage.xlsx")).exists();
        assertThat(Files.readString(out.resolve("report.html"))).contains("2026-H1");
    }

    private Path monitor(int exitCode, String rows) throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("monitor", SCENARIO, realisations(rows).toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        return out;
    }

    private Path realisations(String rows) throws IOException {
        Path file = dir.resolve("realisations-" + Math.abs(rows.hashCode()) + ".csv");
        Files.writeString(file, HEADER + rows);
        return file;
    }

    private static void assertMilestone(Csv csv, String id, String period, String realised, String verdict,
            String tranche, String payment) {
        List<CSVRecord> rows = csv.where(Map.of("milestone", id));
        assertThat(rows).as(id).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(List.of(row.get("period"), row.get("realised"), row.get("verdict"), row.get("tranche"),
                row.get("payment"))).as(id).containsExactly(period, realised, verdict, tranche, payment);
    }

    private static void assertSpend(Csv csv, String line, String financier, String year, String budget, String spent,
            String exhaustion, String remainder) {
        List<CSVRecord> rows = csv.where(Map.of("line", line, "financier", financier, "year", year));
        assertThat(rows).as(line + " " + financier + " " + year).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(List.of(row.get("budget"), row.get("spent"), row.get("exhaustion_percent"), row.get("remainder")))
                .as(line + " " + financier + " " + year).containsExactly(budget, spent, exhaustion, remainder);
    }

    private static String cell(Csv csv, String kase, String financier, String kernaanpak, String measure, String year,
            String column) {
        List<CSVRecord> rows = csv.where(Map.of("case", kase, "financier", financier, "kernaanpak", kernaanpak,
                "measure", measure, "year", year));
        assertThat(rows).as(kase + " " + financier + " " + kernaanpak + " " + measure + " " + year).hasSize(1);
        return rows.get(0).get(column);
    }

    private static String stop(Csv csv, String financier, String kernaanpak, String measure, String year,
            String column) {
        return cell(csv, "stop", financier, kernaanpak, measure, year, column);
    }
}
