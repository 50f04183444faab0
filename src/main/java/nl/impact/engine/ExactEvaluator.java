package nl.impact.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.formula.FormulaException;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.calc.formula.YearContext;
import nl.impact.calc.plan.Factor;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
import nl.impact.model.Band;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Limits;
import nl.impact.model.ParameterKind;
import nl.impact.model.Paths;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearValues;
import nl.impact.scenario.Problems;

/**
 * Evaluates a {@link Plan} exactly, in decimals, for one variant: every scope's names year by year,
 * then every flow's factors, its value per start year (volume x amount x correction x share) and
 * its euros per year as its timing spreads them. Undiscounted and unrounded. A formula that fails,
 * a value beyond the limit on magnitudes or a negative budget quantity is a problem at its path;
 * the scope or flow it belongs to then has no values.
 */
final class ExactEvaluator {

    private final Plan plan;
    private final Variant variant;
    private final YearRange years;
    private final Problems problems;
    private final int planYears;
    /**
     * Per scope, the values of the names it evaluates itself ({@link Scope#own}), by name, per plan
     * year; only the scopes evaluated, so an evaluation of one scope of a large plan costs that scope.
     */
    private final Map<Integer, Map<String, BigDecimal[]>> names = new HashMap<>();
    private final java.util.BitSet failed = new java.util.BitSet();
    /** Names the caller fixes for every year: an area's columns. */
    private final Map<String, BigDecimal> fixed;
    /** Values that replace the scenario's own, by the register path of their input (a diff's what-ifs). */
    private final Map<String, Band<YearValues>> overrides;
    /** Names and flows whose values replace the plan's own in some years (the monitor's forecast). */
    private final Adjustments adjustments;

    ExactEvaluator(Plan plan, Variant variant, Problems problems, Map<String, BigDecimal> fixed) {
        this(plan, variant, problems, fixed, Map.of(), Adjustments.NONE);
    }

    /** An evaluation in which the inputs at the paths of {@code overrides} have those values instead. */
    ExactEvaluator(Plan plan, Variant variant, Problems problems, Map<String, BigDecimal> fixed,
            Map<String, Band<YearValues>> overrides) {
        this(plan, variant, problems, fixed, overrides, Adjustments.NONE);
    }

    /** An evaluation with names and flows replaced in some years by {@code adjustments}. */
    ExactEvaluator(Plan plan, Variant variant, Problems problems, Map<String, BigDecimal> fixed,
            Adjustments adjustments) {
        this(plan, variant, problems, fixed, Map.of(), adjustments);
    }

    private ExactEvaluator(Plan plan, Variant variant, Problems problems, Map<String, BigDecimal> fixed,
            Map<String, Band<YearValues>> overrides, Adjustments adjustments) {
        this.plan = plan;
        this.variant = variant;
        this.years = plan.years();
        this.problems = problems;
        this.planYears = years.last() - years.first() + 1;
        this.fixed = fixed;
        this.overrides = overrides;
        this.adjustments = adjustments;
    }

    Variant variant() {
        return variant;
    }

    /** Evaluates scope {@code index} (its parent first); false when a formula failed. */
    boolean evaluate(int index) {
        Scope scope = plan.scope(index);
        Map<String, BigDecimal[]> own = new HashMap<>();
        names.put(index, own);
        for (CalculationPlan.Node node : scope.own()) {
            BigDecimal[] series = new BigDecimal[planYears];
            own.put(node.name(), series);
            BigDecimal given = fixed.get(node.name());
            for (int p = 0; p < planYears; p++) {
                int year = years.first() + p;
                BigDecimal adjusted = adjustments.name(index, node.name(), year);
                Optional<BigDecimal> value = adjusted != null ? Optional.of(adjusted)
                        : given != null ? Optional.of(given) : node.formula() == null
                        ? Optional.of(values(node.parameter()).get(variant).at(year))
                        : compute(index, node.formula(), year, node.formulaPath(), node.kind());
                if (value.isEmpty()) {
                    failed.set(index);
                    return false;
                }
                series[p] = value.get();
            }
        }
        return true;
    }

    boolean failed(int scope) {
        return failed.get(scope);
    }

    /** A parameter's values: the override at its path, else its own. */
    private Band<YearValues> values(nl.impact.model.Parameter parameter) {
        Band<YearValues> override = overrides.isEmpty() ? null : overrides.get(parameter.path());
        return override != null ? override : parameter.values();
    }

    /** The value of a name of a scope per plan year: its own, or its parent's; null when neither computes it. */
    BigDecimal[] name(int scope, String name) {
        if (scope < 0) {
            return null;
        }
        BigDecimal[] own = names.get(scope).get(name);
        return own != null ? own : name(plan.scope(scope).parent(), name);
    }

    /** Every name a scope computes or reads from its parent, in its plan's order, as series by year. */
    Map<String, BigDecimal[]> names(int scope) {
        Map<String, BigDecimal[]> all = new LinkedHashMap<>();
        for (CalculationPlan.Node node : plan.scope(scope).names().nodes()) {
            BigDecimal[] values = name(scope, node.name());
            if (values != null) {
                all.put(node.name(), values);
            }
        }
        return all;
    }

    /** A factor's value per plan year, or empty when its formula failed (the problem is recorded). */
    Optional<BigDecimal[]> factor(Factor factor) {
        if (factor instanceof Factor.Name n) {
            return Optional.of(name(n.scope(), n.name()));
        }
        if (factor instanceof Factor.Active active) {
            return Optional.of(active(active));
        }
        Factor.Figure figure = (Factor.Figure) factor;
        BigDecimal[] series = new BigDecimal[planYears];
        for (int p = 0; p < planYears; p++) {
            int year = years.first() + p;
            if (figure.isFormula()) {
                Optional<BigDecimal> value = compute(figure.scope(), figure.formula(),
                        year, Paths.child(figure.parameter().path(), "formula"), figure.parameter().kind());
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                series[p] = value.get();
            } else {
                series[p] = values(figure.parameter()).get(variant).at(year);
            }
        }
        return Optional.of(series);
    }

    /**
     * A flow's value per start year: volume x amount x correction (an absent factor is 1), before its
     * share; empty when a factor failed or a budget quantity is negative (the problem is recorded).
     */
    Optional<BigDecimal[]> cases(Flow flow) {
        Optional<BigDecimal[]> volume = flow.volume() == null ? Optional.of(ones()) : factor(flow.volume());
        Optional<BigDecimal[]> amount = factor(flow.amount());
        Optional<BigDecimal[]> correction = flow.correction() == null ? Optional.of(ones()) : factor(flow.correction());
        if (volume.isEmpty() || amount.isEmpty() || correction.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal[] active = flow.active() == null ? null : active((Factor.Active) flow.active());
        if (flow.kind() == Flow.Kind.INVESTMENT && flow.volume() instanceof Factor.Name named
                && !nonNegative(flow, named, volume.get())) {
            return Optional.empty();
        }
        BigDecimal[] out = new BigDecimal[planYears];
        for (int p = 0; p < planYears; p++) {
            out[p] = volume.get()[p].multiply(amount.get()[p]).multiply(correction.get()[p]);
            if (active != null) {
                out[p] = out[p].multiply(active[p]);
            }
        }
        return Optional.of(out);
    }

    /** The part of {@code cases} the flow's share takes (all of it without a share). */
    Optional<BigDecimal[]> shared(Flow flow, BigDecimal[] cases) {
        if (flow.share() == null) {
            return Optional.of(cases);
        }
        Optional<BigDecimal[]> share = factor(flow.share());
        if (share.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal[] out = new BigDecimal[planYears];
        for (int p = 0; p < planYears; p++) {
            out[p] = cases[p].multiply(share.get()[p]);
        }
        return Optional.of(out);
    }

    /** A flow's value per start year after its share, with the years its adjustments replace. */
    BigDecimal[] adjusted(Flow flow, BigDecimal[] perStartYear) {
        return adjustments.flow(flow, perStartYear);
    }

    /** True when an adjustment replaces some year of the flow. */
    boolean adjusts(Flow flow) {
        return adjustments.touches(flow);
    }

    /**
     * Euros per year, from the first plan year: each start year's value in every year the flow's
     * timing reaches, up to the last effect year (an investment falls in its plan year only).
     */
    BigDecimal[] spread(Flow flow, BigDecimal[] perStartYear) {
        int last = flow.lastYear(years);
        BigDecimal[] out = new BigDecimal[last - years.first() + 1];
        java.util.Arrays.fill(out, BigDecimal.ZERO);
        for (int p = 0; p < planYears; p++) {
            int start = years.first() + p;
            for (int year = start; year <= last; year++) {
                if (flow.fallsIn(start, year)) {
                    out[year - years.first()] = out[year - years.first()].add(perStartYear[p]);
                }
            }
        }
        return out;
    }

    /** 1 in the plan years cases start in the area the columns are fixed to, else 0. */
    private BigDecimal[] active(Factor.Active active) {
        BigDecimal[] out = new BigDecimal[planYears];
        boolean anywhere = active.where() == null || fixed.get(active.where()).signum() != 0;
        for (int p = 0; p < planYears; p++) {
            boolean started = active.from() == null
                    || fixed.get(active.from()).compareTo(BigDecimal.valueOf(years.first() + p)) <= 0;
            out[p] = anywhere && started ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return out;
    }

    /** True when every value is within the limit on magnitudes. */
    static boolean withinMagnitude(BigDecimal[] values) {
        for (BigDecimal value : values) {
            if (!Limits.withinMagnitude(value)) {
                return false;
            }
        }
        return true;
    }

    private boolean nonNegative(Flow flow, Factor.Name named, BigDecimal[] quantity) {
        for (int p = 0; p < planYears; p++) {
            if (quantity[p].signum() < 0) {
                // A computed quantity can turn negative where a given one cannot; a negative cost is no investment.
                problems.add(quantityPath(flow), "'" + named.name() + "' is "
                        + quantity[p].stripTrailingZeros().toPlainString() + " in " + (years.first() + p) + " ("
                        + variant.key() + "); a budget quantity must be zero or more");
                return false;
            }
        }
        return true;
    }

    private String quantityPath(Flow flow) {
        for (BudgetLine line : plan.scenario().begroting().lines()) {
            if (line.id().equals(flow.source()) && line.cost() instanceof BudgetCost.PerUnit perUnit
                    && perUnit.quantity() instanceof BudgetCost.NamedQuantity named) {
                return named.path();
            }
        }
        return flow.path();
    }

    private BigDecimal[] ones() {
        BigDecimal[] ones = new BigDecimal[planYears];
        java.util.Arrays.fill(ones, BigDecimal.ONE);
        return ones;
    }

    private Optional<BigDecimal> compute(int scope, FormulaExpression formula, int year, String path,
            ParameterKind kind) {
        try {
            BigDecimal value = formula.evaluate(new Context(scope, year));
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
        private final int scope;
        private final int year;

        Context(int scope, int year) {
            this.scope = scope;
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
            BigDecimal[] series = name(scope, name);
            int p = y - years.first();
            return p >= 0 && p < series.length ? series[p] : null;
        }
    }
}
