package nl.impact.calc.kpi.builtin;

import static nl.impact.model.ParameterKind.COUNT;
import static nl.impact.model.ParameterKind.FRACTION;
import static nl.impact.model.ParameterKind.NUMBER;

import java.math.BigDecimal;
import java.util.List;
import nl.impact.calc.kpi.Inputs;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.calc.kpi.LinearPath;
import nl.impact.model.Band;
import nl.impact.model.Direction;
import nl.impact.model.Kpi;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;

/**
 * A gap against a reference (the region against the national average) that should shrink by a
 * fraction by the KPI's target year: the expected value is the on-track gap, a straight line from
 * the baseline gap to {@code baselineGap x (1 - targetFraction)}.
 */
public final class GapClosure implements KpiCalculator {

    @Override
    public String id() {
        return "gap-closure";
    }

    @Override
    public String description() {
        return "Gap against a reference closing by a fraction by the target year, on a straight path";
    }

    @Override
    public List<KpiParameterSpec> parameters() {
        return List.of(
                KpiParameterSpec.number("baselineGap", NUMBER, "", "the gap in the baseline year, in the KPI's unit", true),
                KpiParameterSpec.number("baselineYear", COUNT, "year", "the year the baseline gap was measured", true),
                KpiParameterSpec.number("targetFraction", FRACTION, "fraction",
                        "the part of the baseline gap to close by the target year", true));
    }

    @Override
    public Values values() {
        return Values.LEVEL;
    }

    @Override
    public Band<YearSeries> expected(KpiContext ctx) throws KpiException {
        Kpi kpi = ctx.kpi();
        if (kpi.direction() != Direction.LOWER_IS_BETTER) {
            throw new KpiException(kpi.path() + ".direction", "a gap that should close is lower-is-better");
        }
        if (kpi.target().hasValue()) {
            throw new KpiException(kpi.path() + ".target.value",
                    "gap-closure derives the target from baselineGap and targetFraction; leave out target.value");
        }
        int baselineYear = Inputs.year(ctx, "baselineYear");
        if (baselineYear >= kpi.target().year()) {
            throw new KpiException(ctx.path("baselineYear"), "the baseline year must come before the target year ("
                    + kpi.target().year() + ")");
        }
        YearRange years = ctx.scenario().years();
        return Inputs.perVariant(v -> {
            // A trajectory runs on to the KPI's own last year, beyond the plan's years if it has one.
            var values = Inputs.zeros(years.first(), kpi.lastYear());
            for (int year : values.keySet()) {
                BigDecimal gap = Inputs.require(ctx, "baselineGap", v, year);
                BigDecimal closed = Inputs.require(ctx, "targetFraction", v, year);
                BigDecimal target = gap.multiply(BigDecimal.ONE.subtract(closed));
                values.put(year, new LinearPath(gap, baselineYear, target, kpi.target().year()).at(year));
            }
            return new YearSeries(values);
        });
    }

    @Override
    public java.util.Optional<nl.impact.calc.kpi.CompiledKpi> compile(KpiContext ctx) throws KpiException {
        int baselineYear = Inputs.year(ctx, "baselineYear");
        int targetYear = ctx.kpi().target().year();
        return java.util.Optional.of((inputs, year, into, n) -> {
            double[] gap = inputs.number("baselineGap", year);
            double[] closed = inputs.number("targetFraction", year);
            for (int d = 0; d < n; d++) {
                into[d] = nl.impact.calc.kpi.CompiledKpi.linearPath(gap[d], baselineYear, gap[d] * (1 - closed[d]),
                        targetYear, year);
            }
        });
    }
}
