package nl.impact.cookbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KPIs with their own last year beyond the plan's (src/test/resources/cookbook/kpi-years.yaml,
 * computed by hand in its comments): the figures after years.effectsUntil, and the located errors.
 */
class KpiYearsTest {

    static final Path SCENARIO = Path.of(CookbookTest.DIR + "kpi-years.yaml");

    @TempDir
    Path dir;

    private static CSVRecord one(Csv csv, String kpi, String year) {
        Map<String, String> where = Map.of("kpi", kpi, "year", year);
        assertThat(csv.where(where)).as(where.toString()).hasSize(1);
        return csv.where(where).get(0);
    }

    @Test
    void aKpiOverEffectsHoldsTheLastEffectYearAndATrajectoryRunsOn() throws IOException {
        Path out = CookbookTest.run("kpi-years.yaml", dir.resolve("out"));
        Csv kpis = Csv.read(out.resolve("kpis.csv"));
        CSVRecord zvw2028 = one(kpis, "zvw-kosten", "2028");
        assertThat(zvw2028.get("expected")).isEqualTo("800000.00");
        assertThat(zvw2028.get("position")).isEqualTo("within");
        CSVRecord zvw2030 = one(kpis, "zvw-kosten", "2030");
        assertThat(zvw2030.get("expected")).isEqualTo("1200000.00");
        assertThat(zvw2030.get("band_min")).isEqualTo("1000000.00");
        assertThat(zvw2030.get("position")).isEqualTo("within");
        CSVRecord falls = one(kpis, "valincidenten", "2032");
        assertThat(falls.get("expected")).isEqualTo("6000.00");
        assertThat(falls.get("position")).isEqualTo("within");
        // The effects themselves still end at years.effectsUntil.
        Csv effects = Csv.read(out.resolve("effects.csv"));
        assertThat(effects.rows()).extracting(r -> r.get("year")).containsExactly("2025", "2026", "2027");
    }

    @Test
    void monitorJudgesABandYearBeyondThePlan() throws IOException {
        Path realisations = dir.resolve("r.csv");
        Files.writeString(realisations, "kpi,year,realised\nzvw-kosten,2028,900000\nzvw-kosten,2030,1500000\n");
        Cli.Result result = Cli.run("monitor", SCENARIO.toString(), realisations.toString(), "--out",
                dir.resolve("m").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Csv monitor = Csv.read(dir.resolve("m").resolve("monitor.csv"));
        assertThat(one(monitor, "zvw-kosten", "2030").get("position")).isEqualTo("within");
        assertThat(one(monitor, "zvw-kosten", "2030").get("verdict")).isEqualTo("continue");
    }

    @Test
    void aKpiLastYearBeforeTheEffectYearsIsRefused() throws IOException {
        String result = Edits.refused(dir, SCENARIO, "years: {last: 2030}", "years: {last: 2026}");
        assertThat(result).contains("s.yaml:35:19: kpis.zvw-kosten.years.last: expected a year from 2027 "
                + "(years.effectsUntil: a KPI runs at least that far) on, got 2026");
    }

    @Test
    void anAbsurdKpiLastYearIsRefusedByTheLimits() throws IOException {
        String result = Edits.refused(dir, SCENARIO, "years: {last: 2032}", "years: {last: 99999}");
        assertThat(result).contains("kpis.valincidenten.years.last: ").contains("99999");
        String tooMany = Edits.refused(dir, SCENARIO, "years: {last: 2032}", "years: {last: 2150}");
        assertThat(tooMany).contains("kpis.valincidenten.years.last: expected at most 100 years from "
                + "years.first (2025, the limit on plan years), got 2150");
    }

    @Test
    void aTargetYearBeforeThePlanIsRefused() throws IOException {
        String result = Edits.refused(dir, SCENARIO, "target: {year: 2032,", "target: {year: 2020,");
        assertThat(result).contains("kpis.valincidenten.target.year: the target year 2020 lies before "
                + "years.first (2025): expected a year the plan can reach");
    }

    @Test
    void aBandYearBeyondTheKpiLastYearIsRefused() throws IOException {
        String result = Edits.refused(dir, SCENARIO, "      2032: {min: 6500", "      2033: {min: 6500");
        assertThat(result).contains("kpis.valincidenten.band.2033: expected a year from 2025 to 2032 "
                + "(years.first to the KPI's years.last), got '2033'");
    }
}
