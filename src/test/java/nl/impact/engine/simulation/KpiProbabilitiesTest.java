package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.engine.Computation;
import nl.impact.engine.KpiResult;
import nl.impact.engine.RunResult;
import nl.impact.model.Kpi;
import nl.impact.model.Position;
import nl.impact.model.Variant;
import nl.impact.scenario.Problems;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The KPI probabilities of a simulation: each KPI's double-precision form agrees with the exact
 * KpiEngine in every variant, every year (to 1e-9 of the value, and a millionth absolute); and
 * simulation-kpis.csv adds up and follows the exact engine when nothing is uncertain.
 */
class KpiProbabilitiesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"scenarios/pluswijken.yaml", "scenarios/regioplan-zuid-limburg.yaml",
        "scenarios/buurtzorg-wijkverpleging.yaml"})
    void compiledKpisAgreeWithTheExactEngineInEveryVariant(String scenario) throws Exception {
        RunResult run = Computation.of(Path.of(scenario));
        CompiledScenario plan = Levels.compile(run);
        KpiProbabilities kpis = KpiProbabilities.of(run, plan, KpiCalculatorRegistry.load(),
                new Problems(scenario, run.scenario().sourceMap()));
        assertThat(kpis.notSimulated()).isEmpty();
        List<Kpi> simulated = kpis.simulated();
        assertThat(simulated).isNotEmpty();
        Evaluator evaluator = plan.evaluator(1);
        KpiProbabilities.Counter counter = kpis.new Counter(1);
        int first = run.scenario().years().first();
        for (Variant v : Variant.values()) {
            evaluator.evaluate(plan.variant(v), 1);
            double[][][] inputs = new double[plan.inputs().size()][plan.planYears()][1];
            for (int i = 0; i < inputs.length; i++) {
                for (int y = 0; y < plan.planYears(); y++) {
                    plan.variant(v).fill(i, y, inputs[i][y], 1);
                }
            }
            counter.fix(v, 1);
            for (int k = 0; k < simulated.size(); k++) {
                Kpi kpi = simulated.get(k);
                KpiResult exact = run.kpis().stream().filter(r -> r.kpi().id().equals(kpi.id())).findFirst().orElseThrow();
                double[][] values = counter.values(k, evaluator, inputs, 1);
                for (int y = 0; y < plan.effectYears(); y++) {
                    double expected = exact.expected().get(v).at(first + y).doubleValue();
                    assertThat(values[y][0]).as("%s %s %s", kpi.id(), v, first + y)
                            .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6 + 1e-9 * Math.abs(expected)));
                }
            }
        }
    }

    /**
     * simulation-kpis.csv: its columns, probabilities that add up to one, a row per band year of every
     * KPI with a band and a model value; and where the exact engine puts a KPI's expected value far
     * inside or outside its band (the regioplan's KPIs, whose parameters are fixed), the simulation
     * gives that position with probability one.
     */
    @Test
    void simulationKpisCsvFollowsTheBands() throws Exception {
        Path out = dir.resolve("regio");
        Cli.Result result = Cli.run("simulate", "scenarios/regioplan-zuid-limburg.yaml", "--draws", "500", "--out",
                out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("simulation-kpis.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("kpi,year,probability_below,probability_within,probability_above");
        RunResult run = Computation.of(Path.of("scenarios/regioplan-zuid-limburg.yaml"));
        int rows = 0;
        for (KpiResult kpi : run.kpis()) {
            if (!kpi.hasModelValue() || !kpi.kpi().hasBand()) {
                continue;
            }
            for (int year : kpi.kpi().bands().keySet()) {
                String prefix = kpi.kpi().id() + "," + year + ",";
                String[] row = lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                        .orElseThrow(() -> new AssertionError("no row " + prefix)).split(",");
                rows++;
                BigDecimal sum = new BigDecimal(row[2]).add(new BigDecimal(row[3])).add(new BigDecimal(row[4]));
                assertThat(sum).isEqualByComparingTo("1");
                boolean banded = kpi.kpi().parameters().values().stream().anyMatch(p -> p.banded());
                if (!banded) {
                    Position position = kpi.position(year).orElseThrow();
                    int column = switch (position) {
                        case BELOW -> 2;
                        case WITHIN -> 3;
                        case ABOVE -> 4;
                    };
                    assertThat(row[column]).as(prefix).isEqualTo("1.0000");
                }
            }
        }
        assertThat(rows).isEqualTo(lines.size() - 1).isPositive();
    }

    /**
     * A KPI parameter that is a shared parameter the plan also draws takes the plan's draw, placed on
     * its band: the KPI is 2 x share^2 (share from 0.5 to 0.7), so every draw lies within 0.4-1.0. Read
     * as the sampler's unplaced standard variate (0 to 1) most draws would fall below.
     */
    @Test
    void aSharedParameterOfAKpiIsReadOnItsBand() throws Exception {
        Path out = dir.resolve("shared");
        Cli.Result result = Cli.run("simulate", "src/test/resources/simulation/shared-parameter-kpi.yaml", "--draws",
                "3000", "--seed", "5", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("simulation-kpis.csv"), StandardCharsets.UTF_8)).containsExactly(
                "kpi,year,probability_below,probability_within,probability_above",
                "arbeidsmarkt,2025,0.0000,1.0000,0.0000",
                "arbeidsmarkt,2026,0.0000,1.0000,0.0000");
    }

    /** PlusWIJken: KPI 5 (Zvw costs, cumulative) in 2029 is mostly below its band; stdout shows it first. */
    @Test
    void stdoutShowsTheKpisMostLikelyBelowTheirBand() throws Exception {
        Path out = dir.resolve("pw");
        Cli.Result result = Cli.run("simulate", "scenarios/pluswijken.yaml", "--draws", "2000", "--seed", "3", "--out",
                out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        String[] row = Files.readAllLines(out.resolve("simulation-kpis.csv")).stream()
                .filter(l -> l.startsWith("kpi-5-zvw-kosten,2029,")).findFirst().orElseThrow().split(",");
        assertThat(Double.parseDouble(row[2])).isGreaterThan(0.5);
        assertThat(result.out()).contains("KPI, most likely below band")
                .containsPattern("kpi-5-zvw-kosten +2029 +" + row[2].replace(".", "\\.") + " ");
    }
}
