package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.Problems;

/**
 * Computes a scenario with an area table: every kernaanpak in every area, the area's columns as
 * names, from the year and where its roll-out says. One pass over the areas adds each area's
 * values into its own flows and the kernaanpakken's totals; the gemeenten are then added up from
 * the areas. The totals feed the reports of a one-region scenario unchanged. See docs/areas.md.
 */
public final class AreaEngine {

    private final CalculatorRegistry calculators;

    public AreaEngine(CalculatorRegistry calculators) {
        this.calculators = calculators;
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
        List<AreaFlow> areas = new ArrayList<>(table.areas().size());
        for (Area area : table.areas()) {
            BigDecimal[] flow = AreaKernaanpak.zeros(size);
            Map<String, BigDecimal> columns = new HashMap<>();
            for (int c = 0; c < table.columns().size(); c++) {
                columns.put(table.columns().get(c).name(), area.value(c));
            }
            for (AreaKernaanpak k : kernaanpakken) {
                for (Variant variant : Variant.values()) {
                    Problems found = new Problems(problems.file(), scenario.sourceMap());
                    Optional<Values> values = exact(k, variant, columns, scenario.years(), found);
                    if (values.isEmpty()) {
                        // A formula may fail in one area only: say which.
                        found.list().forEach(p -> problems.add(new Problem(p.file(), p.line(), p.column(), p.path(),
                                p.message() + " in area " + area.code() + " (row " + area.row() + " of "
                                + table.file() + ")")));
                        problems.throwIfAny();
                    }
                    k.add(area, variant, values.get().names(), values.get().parameters(), flow, layout);
                }
                k.areaDone();
            }
            areas.add(new AreaFlow(area.code(), area.name(), area.gemeente(), flow));
        }
        List<KernaanpakResult> results = kernaanpakken.stream().map(AreaKernaanpak::result).toList();
        BudgetCalculator budget = new BudgetCalculator(scenario, results, problems);
        List<BudgetLineResult> lines = new ArrayList<>();
        for (BudgetLine line : scenario.begroting().lines()) {
            budget.compute(line).ifPresent(lines::add);
        }
        problems.throwIfAny();
        AreaResults areaResults = new AreaResults(table, scenario.years(), financiers, List.copyOf(areas),
                gemeenten(areas));
        return new RunResult(scenario, results, List.copyOf(lines), List.of(), areaResults);
    }

    /** One area's names ({@code [node][plan year]}) and effect parameters, for one variant. */
    record Values(BigDecimal[][] names, BigDecimal[][] parameters) {
    }

    /** The exact evaluation: BigDecimal, as a one-region scenario computes. */
    private static Optional<Values> exact(AreaKernaanpak k, Variant variant, Map<String, BigDecimal> columns,
            YearRange years, Problems problems) {
        VariantEvaluator evaluator = new VariantEvaluator(k.plan(), variant, years, problems, columns);
        Optional<Map<String, YearSeries>> names = evaluator.evaluateNames();
        Optional<Map<String, YearSeries>> parameters = names.flatMap(
                n -> evaluator.evaluateEffectParameters(k.kernaanpak().effects()));
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        List<CalculationPlan.Node> nodes = k.plan().nodes();
        BigDecimal[][] n = new BigDecimal[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            n[i] = array(names.get().get(nodes.get(i).name()), years);
        }
        List<Parameter> effectParameters = k.effectParameters();
        BigDecimal[][] p = new BigDecimal[effectParameters.size()][];
        for (int j = 0; j < effectParameters.size(); j++) {
            p[j] = array(parameters.get().get(effectParameters.get(j).path()), years);
        }
        return Optional.of(new Values(n, p));
    }

    private static BigDecimal[] array(YearSeries series, YearRange years) {
        BigDecimal[] out = new BigDecimal[years.last() - years.first() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = series.at(years.first() + i);
        }
        return out;
    }

    /** Every gemeente's flows: the sum of its areas', in the order the gemeenten first appear. */
    private static List<AreaFlow> gemeenten(List<AreaFlow> areas) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (AreaFlow area : areas) {
            BigDecimal[] sum = sums.computeIfAbsent(area.gemeente(), g -> AreaKernaanpak.zeros(area.values().length));
            for (int i = 0; i < sum.length; i++) {
                sum[i] = sum[i].add(area.values()[i]);
            }
        }
        List<AreaFlow> out = new ArrayList<>();
        sums.forEach((g, values) -> out.add(new AreaFlow(g, g, g, values)));
        return out;
    }
}
