package nl.impact.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kpis.csv as a public contract: its columns, its rows, and positions that agree with its own numbers. */
class KpisCsvTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultScenarioWritesOneRowPerKpiAndBandYearWithTheContractColumns() throws Exception {
        Csv kpis = run("scenarios/pluswijken.yaml");
        assertThat(kpis.header()).containsExactly("kpi", "year", "band_min", "band_max", "expected_min", "expected",
                "expected_max", "position");
        // KPI 3 has three band years, KPI 4 and 5 five each; KPI 1 and 2 have no band and no model
        // value (measured only): one row each at their target year, with position "no band".
        assertThat(kpis.rows()).hasSize(15);
        CSVRecord noBand = kpis.where(java.util.Map.of("kpi", "kpi-1-levensverwachting")).get(0);
        assertThat(kpis.where(java.util.Map.of("kpi", "kpi-1-levensverwachting"))).hasSize(1);
        assertThat(noBand.get("year")).isEqualTo("2030");
        assertThat(noBand.get("band_min")).isEmpty();
        assertThat(noBand.get("expected")).isEmpty();
        assertThat(noBand.get("position")).isEqualTo("no band");
        assertThat(kpis.where(java.util.Map.of("kpi", "kpi-2-risicopositie", "position", "no band"))).hasSize(1);
        assertThat(kpis.where(java.util.Map.of("kpi", "kpi-3-integraal-werken")))
                .allMatch(r -> r.get("expected").isEmpty() && r.get("position").isEmpty());
    }

    @Test
    void everyPositionAgreesWithTheBandAndTheExpectedValueInTheSameRow() throws Exception {
        Csv kpis = run("scenarios/pluswijken.yaml");
        int judged = 0;
        for (CSVRecord row : kpis.rows()) {
            if (row.get("expected").isEmpty()) {
                continue;
            }
            BigDecimal expected = new BigDecimal(row.get("expected"));
            // Every PlusWIJken KPI is higher-is-better.
            String position = expected.compareTo(new BigDecimal(row.get("band_min"))) < 0 ? "below"
                    : expected.compareTo(new BigDecimal(row.get("band_max"))) > 0 ? "above" : "within";
            assertThat(row.get("position")).as("%s %s", row.get("kpi"), row.get("year")).isEqualTo(position);
            judged++;
        }
        assertThat(judged).isEqualTo(10);
    }

    @Test
    void theRegioplanTargetsAreComputedAndMeetTheirOwnTargetBands() throws Exception {
        // Each Regioplan band is its target; a baseline changed without its band would show up here.
        Csv kpis = run("scenarios/regioplan-zuid-limburg.yaml");
        assertThat(kpis.rows()).hasSize(13);
        assertThat(kpis.rows()).allMatch(r -> r.get("position").equals("within"));
        assertThat(KpiCalculatorsTest.row(kpis, "valincidenten", 2025).get("expected")).isEqualTo("7000.00");
        assertThat(KpiCalculatorsTest.row(kpis, "gezondheidsachterstand", 2030).get("expected")).isEqualTo("3.75");
    }

    private Csv run(String scenario) throws Exception {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", scenario, "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Csv.read(out.resolve("kpis.csv"));
    }
}
