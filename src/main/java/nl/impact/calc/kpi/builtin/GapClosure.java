package nl.impact.calc.kpi.builtin;

import static nl.impact.model.ParameterKind.COUNT;
import static nl.impact.model.ParameterKind.FRACTION;
import static nl.impact.model.ParameterKind.NUMBER;

import java.util.List;
import java.util.Map;
import nl.impact.calc.kpi.Inputs;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiFormula;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.Direction;
import nl.impact.model.Kpi;

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
    public KpiFormula formula(KpiContext ctx) throws KpiException {
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
        return KpiFormula.of(Inputs.linearPath("baselineGap", baselineYear, "(baselineGap * (1 - targetFraction))",
                kpi.target().year()), Map.of("baselineGap", ctx.term("baselineGap"), "targetFraction",
                        ctx.term("targetFraction")));
    }
}
