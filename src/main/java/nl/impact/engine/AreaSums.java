package nl.impact.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
import nl.impact.model.Area;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;
import nl.impact.model.YearRange;

/**
 * The one accumulation over the areas, exact in decimals whatever computed the areas' values: each
 * area's per-area flows, times their share and spread over the years their timing reaches, land in
 * that area's business case (benefits and investments per financier, variant and year) and in the
 * totals per flow; the summed names of each kernaanpak add up likewise.
 */
final class AreaSums {

    private static final int VARIANTS = Variant.values().length;

    private final Plan plan;
    private final YearRange years;
    private final AreaResults layout;
    private final int planYears;
    private final List<Flow> flows;
    private final int[] financier;
    /** Per variant and flow, its share per plan year, or null without one. */
    private final BigDecimal[][][] shares;
    /** Totals: [flow][variant][plan year] before the share; [flow][variant][year from the first] spread. */
    private final Map<Integer, BigDecimal[][]> cases = new HashMap<>();
    private final Map<Integer, BigDecimal[][]> euros = new HashMap<>();
    private final Map<Integer, BigDecimal[][][]> summed = new HashMap<>();

    /**
     * @param shares an evaluator per variant, for the flows' shares (the same in every area)
     */
    AreaSums(Plan plan, AreaResults layout, ExactEvaluator[] shares) {
        this.plan = plan;
        this.years = plan.years();
        this.layout = layout;
        this.planYears = years.last() - years.first() + 1;
        this.flows = plan.flows().stream().filter(Flow::perArea).toList();
        this.financier = new int[flows.size()];
        this.shares = new BigDecimal[VARIANTS][flows.size()][];
        for (int f = 0; f < flows.size(); f++) {
            Flow flow = flows.get(f);
            financier[f] = layout.financiers().indexOf(flow.financier());
            cases.put(flow.index(), zeros(VARIANTS, planYears));
            euros.put(flow.index(), zeros(VARIANTS, flow.lastYear(years) - years.first() + 1));
            for (ExactEvaluator evaluator : shares) {
                this.shares[evaluator.variant().ordinal()][f] = flow.share() == null ? null
                        : evaluator.factor(flow.share()).orElseThrow();
            }
        }
        for (int k = 0; k < plan.scenario().kernaanpakken().size(); k++) {
            Scope scope = plan.kernaanpak(k);
            BigDecimal[][][] sums = new BigDecimal[plan.summed(scope).size()][][];
            for (int i = 0; i < sums.length; i++) {
                sums[i] = zeros(VARIANTS, planYears);
            }
            summed.put(scope.index(), sums);
        }
    }

    /** An area's business case before anything is added: zero everywhere. */
    BigDecimal[] newArea() {
        BigDecimal[] values = new BigDecimal[AreaResults.size(layout.financiers().size(), years)];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }

    /**
     * Evaluates a block of areas in every variant and adds each into the totals: the areas' own
     * business cases, in the block's order.
     */
    BigDecimal[][] addBlock(List<Area> block, AreaCases source) throws InvalidInputException {
        BigDecimal[][] values = new BigDecimal[block.size()][];
        for (int d = 0; d < block.size(); d++) {
            values[d] = newArea();
        }
        for (Variant variant : Variant.values()) {
            source.evaluate(block, variant);
            for (int d = 0; d < block.size(); d++) {
                add(values[d], variant, source, d);
            }
        }
        return values;
    }

    /** Adds area {@code d} of the block {@code source} evaluated in {@code variant} into {@code area} and the totals. */
    void add(BigDecimal[] area, Variant variant, AreaCases source, int d) {
        int v = variant.ordinal();
        for (int f = 0; f < flows.size(); f++) {
            Flow flow = flows.get(f);
            BigDecimal[] perStart = source.cases(d, flow);
            BigDecimal[] totalCases = cases.get(flow.index())[v];
            BigDecimal[] totalEuros = euros.get(flow.index())[v];
            BigDecimal[] share = shares[v][f];
            AreaResults.Measure measure = flow.kind() == Flow.Kind.INVESTMENT ? AreaResults.Measure.INVESTMENTS
                    : AreaResults.Measure.BENEFITS;
            for (int p = 0; p < planYears; p++) {
                if (perStart[p].signum() == 0) {
                    continue;
                }
                totalCases[p] = totalCases[p].add(perStart[p]);
                BigDecimal paid = share == null ? perStart[p] : perStart[p].multiply(share[p]);
                int start = years.first() + p;
                for (int year = start; year <= flow.lastYear(years); year++) {
                    if (flow.fallsIn(start, year)) {
                        totalEuros[year - years.first()] = totalEuros[year - years.first()].add(paid);
                        // Capacity is no money; a settlement moves money between financiers of the totals only.
                        if (flow.kind() == Flow.Kind.BENEFIT || flow.kind() == Flow.Kind.INVESTMENT) {
                            int at = layout.index(measure, financier[f], variant, year);
                            area[at] = area[at].add(paid);
                        }
                    }
                }
            }
        }
        for (Map.Entry<Integer, BigDecimal[][][]> kernaanpak : summed.entrySet()) {
            Scope scope = plan.scope(kernaanpak.getKey());
            BigDecimal[][][] sums = kernaanpak.getValue();
            for (int i = 0; i < sums.length; i++) {
                BigDecimal[] values = source.summed(d, scope, i);
                for (int p = 0; p < planYears; p++) {
                    sums[i][v][p] = sums[i][v][p].add(values[p]);
                }
            }
        }
    }

    /** A per-area flow's value per plan year over every area, before its share. */
    BigDecimal[] cases(Flow flow, Variant variant) {
        return cases.get(flow.index())[variant.ordinal()];
    }

    /** A per-area flow's euros per year (from the first plan year to its last year) over every area. */
    BigDecimal[] euros(Flow flow, Variant variant) {
        return euros.get(flow.index())[variant.ordinal()];
    }

    /** The {@code i}-th summed name of a kernaanpak's scope per plan year, over every area where it runs. */
    BigDecimal[] summed(Scope scope, int i, Variant variant) {
        return summed.get(scope.index())[i][variant.ordinal()];
    }

    private static BigDecimal[][] zeros(int rows, int columns) {
        BigDecimal[][] out = new BigDecimal[rows][columns];
        for (BigDecimal[] row : out) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        return out;
    }
}
