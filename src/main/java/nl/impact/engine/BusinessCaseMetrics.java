package nl.impact.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;

/**
 * The summary figures of one {@link NetFlow} in one variant.
 *
 * <p>Totals are undiscounted sums over the effect years. Present values discount each year's flow
 * by {@code (1 + rate)^(year - baseYear)}: the base year (the plan's first year) counts in full.
 * At rate 0, the plan's own convention, present values equal the totals.
 *
 * @param ratio present value of benefits over present value of investments; empty when nothing is
 *     invested
 * @param settlements what settlements move to the financier over the effect years (received minus
 *     paid), undiscounted; the net and its present value include them
 * @param breakEven the first year from which the undiscounted cumulative net stays at zero or more,
 *     or why there is none: see {@link BreakEven}
 */
public record BusinessCaseMetrics(
        BigDecimal benefits,
        BigDecimal investments,
        BigDecimal net,
        BigDecimal benefitsPresentValue,
        BigDecimal investmentsPresentValue,
        BigDecimal netPresentValue,
        Optional<BigDecimal> ratio,
        BreakEven breakEven,
        BigDecimal settlements) {

    /** Enough digits that rounding to cents on output is the only rounding anyone sees. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public static BusinessCaseMetrics of(NetFlow flow, Variant variant, BigDecimal rate, int baseYear) {
        YearSeries benefits = flow.benefits().get(variant);
        YearSeries investments = flow.investments().get(variant);
        BigDecimal benefitsPv = presentValue(benefits, rate, baseYear);
        BigDecimal investmentsPv = presentValue(investments, rate, baseYear);
        Optional<BigDecimal> ratio = investmentsPv.signum() == 0
                ? Optional.empty()
                : Optional.of(benefitsPv.divide(investmentsPv, PRECISION));
        return new BusinessCaseMetrics(benefits.total(), investments.total(), flow.net().get(variant).total(),
                benefitsPv, investmentsPv, presentValue(flow.net().get(variant), rate, baseYear), ratio,
                BreakEven.of(benefits, investments, flow.settlements().get(variant), flow.cumulativeNet().get(variant)),
                flow.settlements().get(variant).total());
    }

    /** The break-even year; empty when there is none. */
    public OptionalInt breakEvenYear() {
        return breakEven.year();
    }

    /** The sum of each year's value divided by {@code (1 + rate)^(year - baseYear)}. */
    public static BigDecimal presentValue(YearSeries series, BigDecimal rate, int baseYear) {
        if (rate.signum() == 0) {
            return series.total();
        }
        BigDecimal growth = BigDecimal.ONE.add(rate);
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> e : series.values().entrySet()) {
            BigDecimal factor = growth.pow(e.getKey() - baseYear, PRECISION);
            sum = sum.add(e.getValue().divide(factor, PRECISION));
        }
        return sum;
    }
}
