package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.BudgetLine;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Parameter;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * Computes a scenario with an area table: every kernaanpak in every area, the area's columns as
 * names, from the year and where its roll-out says. One pass over the areas adds each area's
 * values into its own flows and the kernaanpakken's totals; the gemeenten are then added up from
 * the areas. The totals feed the reports of a one-region scenario unchanged. See docs/areas.md.
 */
public final class AreaEngine {

    /** Areas evaluated together: one column of a compiled plan's registers. */
    static final int BLOCK = 1024;
    /** From this many areas on, the compiled plan computes them (see docs/areas.md). */
    static final int COMPILED_FROM = 1000;

    private final CalculatorRegistry calculators;
    private final int compiledFrom;

    public AreaEngine(CalculatorRegistry calculators) {
        this(calculators, COMPILED_FROM);
    }

    /** @param compiledFrom the number of areas from which the compiled plan computes them */
    AreaEngine(CalculatorRegistry calculators, int compiledFrom) {
        this.calculators = calculators;
        this.compiledFrom = compiledFrom;
    }

    public RunResult run(Scenario scenario) throws InvalidInputException {
        AreaTable table = scenario.areas();
        Problems problems = new Problems(scenario.file().toString(), scenario.sourceMap());
        List<String> financiers = scenario.allFinanciers();
        Map<String, Parameter> shared = table.withColumns(scenario.parameters());
        List<AreaKernaanpak> kernaanpakken = new ArrayList<>();
        for (Kernaanpak k : scenario.kernaanpakken()) {
            List<CalculationPlan.PlanProblem> planProblems = new ArrayList<>();
            CalculationPlan plan = CalculationPlan.build(shared, k, calculators.find(k.calculator()).orElseThrow(),
                    planProblems);
            planProblems.forEach(p -> problems.add(p.path(), p.message()));
            kernaanpakken.add(new AreaKernaanpak(scenario, k, plan, financiers));
        }
        problems.throwIfAny();
        AreaResults layout = new AreaResults(table, scenario.years(), financiers, List.of(), List.of());
        int size = AreaResults.size(financiers.size(), scenario.years());
        Optional<CompiledAreaValues> compiled = table.areas().size() >= compiledFrom
                ? CompiledAreaValues.of(scenario, kernaanpakken, BLOCK) : Optional.empty();
        List<AreaFlow> areas = compiled.isPresent() ? computed(table, kernaanpakken, compiled.get(), layout, size)
                : exact(scenario, table, kernaanpakken, layout, size);
        List<KernaanpakResult> results = kernaanpakken.stream().map(AreaKernaanpak::result).toList();
        BudgetCalculator budget = new BudgetCalculator(scenario, results, calculators, problems);
        List<BudgetLineResult> lines = new ArrayList<>();
        for (BudgetLine line : scenario.begroting().lines()) {
            budget.compute(line).ifPresent(lines::add);
        }
        problems.throwIfAny();
        List<String> reported = financiers;
        if (table.marketShares() != null) {
            MarketShareSplit split = new MarketShareSplit(table.marketShares(), financiers);
            List<AreaFlow> divided = new ArrayList<>(areas.size());
            for (int a = 0; a < areas.size(); a++) {
                divided.add(split.apply(areas.get(a), table.areas().get(a), scenario.years()));
            }
            areas = divided;
            reported = split.financiers();
        }
        AreaResults areaResults = new AreaResults(table, scenario.years(), reported, List.copyOf(areas),
                gemeenten(areas));
        // The totals' kernaanpakken (every name an input) stand in the result's scenario, so that
        // whatever compiles the result's plans (sensitivity) reads the effects they go with.
        Scenario totals = new Scenario(scenario.file(), scenario.name(), scenario.description(), scenario.years(),
                scenario.domains(), scenario.parameters(), results.stream().map(KernaanpakResult::kernaanpak).toList(),
                scenario.sourceMap(), scenario.begroting(), scenario.discountRate(), scenario.kpis(), table, List.of(),
                scenario.workbooks());
        return new RunResult(totals, results, List.copyOf(lines), List.of(), areaResults);
    }

    /** Every area evaluated and added up exactly, in decimals. */
    private static List<AreaFlow> exact(Scenario scenario, AreaTable table, List<AreaKernaanpak> kernaanpakken,
            AreaResults layout, int size) throws InvalidInputException {
        ExactAreaValues source = new ExactAreaValues(scenario, kernaanpakken);
        List<AreaFlow> areas = new ArrayList<>(table.areas().size());
        List<Area> all = table.areas();
        for (int from = 0; from < all.size(); from += BLOCK) {
            List<Area> block = all.subList(from, Math.min(all.size(), from + BLOCK));
            BigDecimal[][] flows = new BigDecimal[block.size()][];
            for (int d = 0; d < block.size(); d++) {
                flows[d] = AreaKernaanpak.zeros(size);
            }
            for (Variant variant : Variant.values()) {
                source.evaluate(block, variant);
                for (int d = 0; d < block.size(); d++) {
                    for (int k = 0; k < kernaanpakken.size(); k++) {
                        AreaValues.Values values = source.values(d, k);
                        kernaanpakken.get(k).add(block.get(d), variant, values.names(), values.parameters(), flows[d],
                                layout);
                    }
                }
            }
            for (int d = 0; d < block.size(); d++) {
                Area area = block.get(d);
                areas.add(AreaFlow.exact(area.code(), area.name(), area.gemeente(), flows[d]));
            }
        }
        return areas;
    }

    /**
     * Every area computed by the compiled double-precision plan, a block at a time, and added up in
     * doubles; a figure becomes a decimal only when it is reported. From {@link #COMPILED_FROM}
     * areas on, when every formula compiles; both give the same cents (a test keeps them so).
     */
    private static List<AreaFlow> computed(AreaTable table, List<AreaKernaanpak> kernaanpakken,
            CompiledAreaValues source, AreaResults layout, int size) throws InvalidInputException {
        List<AreaFlow> areas = new ArrayList<>(table.areas().size());
        List<Area> all = table.areas();
        for (int from = 0; from < all.size(); from += BLOCK) {
            List<Area> block = all.subList(from, Math.min(all.size(), from + BLOCK));
            double[][] flows = new double[block.size()][size];
            for (Variant variant : Variant.values()) {
                source.evaluate(block, variant);
                for (int k = 0; k < kernaanpakken.size(); k++) {
                    kernaanpakken.get(k).addBlock(block, variant, source.names(k), source.parameters(k), flows, layout);
                }
            }
            for (int d = 0; d < block.size(); d++) {
                Area area = block.get(d);
                areas.add(AreaFlow.computed(area.code(), area.name(), area.gemeente(), flows[d]));
            }
        }
        return areas;
    }

    /** Every gemeente's flows: the sum of its areas', in the order the gemeenten first appear. */
    private static List<AreaFlow> gemeenten(List<AreaFlow> areas) {
        if (!areas.isEmpty() && !areas.get(0).isExact()) {
            Map<String, double[]> sums = new LinkedHashMap<>();
            for (AreaFlow area : areas) {
                double[] sum = sums.computeIfAbsent(area.gemeente(), g -> new double[area.size()]);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += area.computed()[i];
                }
            }
            List<AreaFlow> out = new ArrayList<>();
            sums.forEach((g, values) -> out.add(AreaFlow.computed(g, g, g, values)));
            return out;
        }
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (AreaFlow area : areas) {
            BigDecimal[] sum = sums.computeIfAbsent(area.gemeente(), g -> AreaKernaanpak.zeros(area.size()));
            for (int i = 0; i < sum.length; i++) {
                sum[i] = sum[i].add(area.exact()[i]);
            }
        }
        List<AreaFlow> out = new ArrayList<>();
        sums.forEach((g, values) -> out.add(AreaFlow.exact(g, g, g, values)));
        return out;
    }
}
