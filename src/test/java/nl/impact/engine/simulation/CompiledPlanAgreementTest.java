package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.BusinessCaseMetrics;
import nl.impact.engine.Computation;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.model.Variant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled double-precision plan against the exact engine: with every parameter at its
 * minimal-effect, expected or maximal-effect value, every level's benefits and investments in
 * every year, and its net present value, agree to the cent on every shipped scenario, and its
 * break-even year is the same.
 */
class CompiledPlanAgreementTest {

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            // And the break-even edge cases: a cumulative net that crosses zero twice, one that ends
            // below zero and a financier without flows.
            return Stream.concat(files.filter(f -> f.toString().endsWith(".yaml")).sorted(),
                    Stream.of(Path.of("src/test/resources/workbook-edge-cases/break-even.yaml"))).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyVariantAgreesToTheCent(Path scenario) throws Exception {
        RunResult exact = Computation.of(scenario);
        CompiledScenario plan = Levels.compile(exact);
        Levels levels = new Levels(plan);
        Measures measures = new Measures(exact.scenario());
        List<NetFlow> flows = BusinessCase.of(exact);
        assertThat(levels.levels()).extracting(Levels.Level::key).containsExactlyElementsOf(
                flows.stream().map(NetFlow::key).toList());
        int years = plan.effectYears();
        int first = exact.scenario().years().first();
        int compared = 0;
        for (Variant variant : Variant.values()) {
            Evaluator evaluator = plan.evaluator(4);
            evaluator.evaluate(plan.variant(variant), 1);
            for (Levels.Level level : levels.levels()) {
                NetFlow flow = flows.get(level.index());
                double[][] benefits = new double[years][4];
                double[][] investments = new double[years][4];
                levels.collect(evaluator, level, benefits, investments, 1);
                for (int y = 0; y < years; y++) {
                    // Settlements count in the net only: received on the benefits side, paid on the other.
                    assertThat(cents(benefits[y][0] - investments[y][0])).as("%s %s net %d %s", scenario, level.key(),
                            first + y, variant).isEqualTo(cents(flow.net().get(variant).at(first + y)));
                    if (levels.flows(level).stream().noneMatch(f -> f.kind() == CompiledScenario.FlowKind.SETTLEMENTS_IN
                            || f.kind() == CompiledScenario.FlowKind.SETTLEMENTS_OUT)) {
                        assertThat(cents(benefits[y][0])).as("%s %s benefits %d %s", scenario, level.key(), first + y,
                                variant).isEqualTo(cents(flow.benefits().get(variant).at(first + y)));
                        assertThat(cents(investments[y][0])).as("%s %s investments %d %s", scenario, level.key(),
                                first + y, variant).isEqualTo(cents(flow.investments().get(variant).at(first + y)));
                    }
                    compared++;
                }
                BusinessCaseMetrics metrics = BusinessCaseMetrics.of(flow, variant, exact.scenario().discountRate(), first);
                double[] npv = new double[1];
                measures.npv(benefits, investments, npv, 1);
                assertThat(cents(npv[0])).as("%s %s npv %s", scenario, level.key(), variant)
                        .isEqualTo(cents(metrics.netPresentValue()));
                long[] breakEven = new long[years + 1];
                measures.breakEven(benefits, investments, new double[1], new double[1], new int[1], breakEven, 1);
                int counted = java.util.stream.IntStream.range(0, years + 1).filter(y -> breakEven[y] == 1).findFirst()
                        .orElseThrow();
                assertThat(counted == years ? null : first + counted).as("%s %s break-even %s", scenario, level.key(),
                        variant).isEqualTo(metrics.breakEvenYear().isPresent() ? metrics.breakEvenYear().getAsInt() : null);
            }
        }
        assertThat(compared).isGreaterThan(0);
    }

    /**
     * An input whose band is the same in every plan year has one register in the simulation's plan
     * (asked for once, not once per year), and the plan computes every flow bit for bit as the plan
     * with a register per year does, for draws that differ per input and draw (and per year where
     * the band does).
     */
    @ParameterizedTest
    @MethodSource("scenarios")
    void sharedInputsChangeNoFlow(Path scenario) throws Exception {
        RunResult exact = Computation.of(scenario);
        CompiledScenario shared = Levels.compile(exact);
        CompiledScenario own = CompiledScenario.compile(exact.plan(), false);
        List<CompiledScenario.Input> inputs = own.inputs();
        int n = 8;
        int[] asked = new int[2];
        Evaluator[] evaluators = {shared.evaluator(n), own.evaluator(n)};
        for (int e = 0; e < 2; e++) {
            int which = e;
            CompiledScenario plan = e == 0 ? shared : own;
            evaluators[e].evaluate((input, yearIndex, column, count) -> {
                asked[which]++;
                nl.impact.model.Parameter p = inputs.get(input).parameter();
                boolean constant = java.util.stream.IntStream.range(0, plan.planYears()).allMatch(y ->
                        plan.value(p, Variant.MIN, y) == plan.value(p, Variant.MIN, 0)
                                && plan.value(p, Variant.EXPECTED, y) == plan.value(p, Variant.EXPECTED, 0)
                                && plan.value(p, Variant.MAX, y) == plan.value(p, Variant.MAX, 0));
                for (int d = 0; d < count; d++) {
                    double share = (d + 1.0) / (count + 1) + (constant ? 0 : yearIndex * 0.01);
                    column[d] = plan.value(p, Variant.MIN, yearIndex)
                            + share * (plan.value(p, Variant.MAX, yearIndex) - plan.value(p, Variant.MIN, yearIndex));
                }
            }, n);
        }
        for (CompiledScenario.Flow flow : own.flows()) {
            for (int y = 0; y < own.effectYears(); y++) {
                assertThat(evaluators[0].flow(shared.flows().get(flow.index()), y))
                        .as("%s flow %s year %d", scenario, flow, y).containsExactly(evaluators[1].flow(flow, y));
            }
        }
        assertThat(asked[0]).as("fills asked of the shared plan").isLessThanOrEqualTo(asked[1]);
        if (scenario.getFileName().toString().equals("pluswijken.yaml")) {
            assertThat(asked[0]).as("pluswijken has inputs the same in every year").isLessThan(asked[1]);
        }
    }

    /**
     * An evaluator reused (as each simulation thread reuses its own for every chunk) computes every
     * flow bit for bit as a fresh one: nothing of the previous evaluation is left in an accumulator,
     * whether its first accumulation writes it or it is filled with its start.
     */
    @ParameterizedTest
    @MethodSource("scenarios")
    void aReusedEvaluatorKeepsNothingOfTheLastEvaluation(Path scenario) throws Exception {
        CompiledScenario plan = Levels.compile(Computation.of(scenario));
        Evaluator reused = plan.evaluator(4);
        reused.evaluate(plan.variant(Variant.MAX), 4);
        reused.evaluate(plan.variant(Variant.EXPECTED), 4);
        Evaluator fresh = plan.evaluator(4);
        fresh.evaluate(plan.variant(Variant.EXPECTED), 4);
        for (CompiledScenario.Flow flow : plan.flows()) {
            for (int y = 0; y < plan.effectYears(); y++) {
                assertThat(reused.flow(flow, y)).as("%s flow %s year %d", scenario, flow, y)
                        .containsExactly(fresh.flow(flow, y));
            }
        }
    }

    private static BigDecimal cents(double value) {
        return cents(BigDecimal.valueOf(value));
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
