package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.formula.FormulaException;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.calc.formula.YearContext;
import nl.impact.model.Effect;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Paths;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import nl.impact.scenario.Problems;

/** Computes every name of one kernaanpak for one variant, year by year over the plan years. */
final class VariantEvaluator {

    private final CalculationPlan plan;
    private final Variant variant;
    private final YearRange years;
    private final Problems problems;
    private final Map<String, SortedMap<Integer, BigDecimal>> values = new LinkedHashMap<>();
    private final Map<String, BigDecimal> fixed;

    VariantEvaluator(CalculationPlan plan, Variant variant, YearRange years, Problems problems) {
        this(plan, variant, years, problems, Map.of());
    }

    /** @param fixed names whose value is the same in every year and variant: an area's columns */
    VariantEvaluator(CalculationPlan plan, Variant variant, YearRange years, Problems problems,
            Map<String, BigDecimal> fixed) {
        this.plan = plan;
        this.variant = variant;
        this.years = years;
        this.problems = problems;
        this.fixed = fixed;
    }

    /** Every name's values, or empty when a formula failed (the problem is recorded). */
    Optional<Map<String, YearSeries>> evaluateNames() {
        for (CalculationPlan.Node node : plan.nodes()) {
            SortedMap<Integer, BigDecimal> series = new TreeMap<>();
            values.put(node.name(), series);
            for (int year = years.first(); year <= years.last(); year++) {
                BigDecimal given = fixed.get(node.name());
                Optional<BigDecimal> value = given != null ? Optional.of(given) : node.formula() == null
                        ? Optional.of(node.parameter().values().get(variant).at(year))
                        : compute(node.formula(), year, node.formulaPath(), node.kind());
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                series.put(year, value.get());
            }
        }
        Map<String, YearSeries> result = new LinkedHashMap<>();
        values.forEach((name, series) -> result.put(name, new YearSeries(series)));
        return Optional.of(result);
    }

    /**
     * Every effect's amounts and correction factor for cases starting in each plan year, by the
     * parameter's path; call after {@link #evaluateNames}. Empty when a formula failed.
     */
    Optional<Map<String, YearSeries>> evaluateEffectParameters(List<Effect> effects) {
        Map<String, YearSeries> result = new LinkedHashMap<>();
        for (Effect effect : effects) {
            List<Parameter> parameters = new ArrayList<>(effect.amounts().values());
            if (effect.correction() != null) {
                parameters.add(effect.correction());
            }
            for (Parameter parameter : parameters) {
                SortedMap<Integer, BigDecimal> series = new TreeMap<>();
                for (int year = years.first(); year <= years.last(); year++) {
                    Optional<BigDecimal> value = parameter.isFormula()
                            ? compute(plan.effectFormula(parameter), year, Paths.child(parameter.path(), "formula"),
                                    parameter.kind())
                            : Optional.of(parameter.values().get(variant).at(year));
                    if (value.isEmpty()) {
                        return Optional.empty();
                    }
                    series.put(year, value.get());
                }
                result.put(parameter.path(), new YearSeries(series));
            }
        }
        return Optional.of(result);
    }

    private Optional<BigDecimal> compute(FormulaExpression formula, int year, String path, ParameterKind kind) {
        try {
            BigDecimal value = formula.evaluate(new Context(year));
            Optional<String> wrong = kind.check(value);
            if (wrong.isPresent()) {
                problems.add(path, wrong.get() + " in " + year + " (" + variant.key() + ")");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (FormulaException e) {
            problems.add(path, e.getMessage() + " (" + variant.key() + ")");
            return Optional.empty();
        }
    }

    private final class Context implements YearContext {
        private final int year;

        Context(int year) {
            this.year = year;
        }

        @Override
        public int year() {
            return year;
        }

        @Override
        public int firstYear() {
            return years.first();
        }

        @Override
        public BigDecimal value(String name, int y) {
            return values.get(name).get(y);
        }
    }
}
