package nl.impact.calc.kpi.builtin;

import static nl.impact.model.ParameterKind.COUNT;
import static nl.impact.model.ParameterKind.NUMBER;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.kpi.Inputs;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiFormula;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.Kpi;
import nl.impact.model.Variant;

/**
 * A generic target: from a baseline to a target by the target year, on a straight path. The target
 * is the KPI's {@code target.value} (absolute) or {@code baseline x (1 + change)} (relative, e.g.
 * change -0.30 for "30% fewer"); it must lie on the better side of the baseline.
 */
public final class TargetPath implements KpiCalculator {

    @Override
    public String id() {
        return "target-path";
    }

    @Override
    public String description() {
        return "Generic target: baseline to an absolute or relative target by the target year, on a straight path";
    }

    @Override
    public List<KpiParameterSpec> parameters() {
        return List.of(
                KpiParameterSpec.number("baseline", NUMBER, "", "the value in the baseline year, in the KPI's unit", true),
                KpiParameterSpec.number("baselineYear", COUNT, "year", "the year of the baseline value", true),
                KpiParameterSpec.number("change", NUMBER, "fraction",
                        "relative target: the change from the baseline, e.g. -0.30 for 30% fewer "
                                + "(instead of an absolute target.value)", false));
    }

    @Override
    public Values values() {
        return Values.LEVEL;
    }

    @Override
    public KpiFormula formula(KpiContext ctx) throws KpiException {
        Kpi kpi = ctx.kpi();
        boolean relative = ctx.has("change");
        if (relative == kpi.target().hasValue()) {
            throw new KpiException(relative ? ctx.path("change") : kpi.path() + ".target",
                    "give the target either as target.value (absolute) or as the parameter 'change' (relative), "
                            + "not " + (relative ? "both" : "neither"));
        }
        int baselineYear = Inputs.year(ctx, "baselineYear");
        int targetYear = kpi.target().year();
        if (baselineYear >= targetYear) {
            throw new KpiException(ctx.path("baselineYear"), "the baseline year must come before the target year ("
                    + targetYear + ")");
        }
        // A trajectory runs on to the KPI's own last year, beyond the plan's years if it has one.
        for (Variant v : Variant.values()) {
            for (int year = ctx.scenario().years().first(); year <= kpi.lastYear(); year++) {
                BigDecimal baseline = Inputs.require(ctx, "baseline", v, year);
                BigDecimal target = relative
                        ? baseline.multiply(BigDecimal.ONE.add(Inputs.require(ctx, "change", v, year)))
                        : kpi.target().value();
                if (kpi.direction().isBetter(baseline, target)) {
                    throw new KpiException(relative ? ctx.path("change") : kpi.path() + ".target.value",
                            "the target " + target.stripTrailingZeros().toPlainString() + " is worse than the baseline "
                                    + baseline.stripTrailingZeros().toPlainString() + " for a " + kpi.direction().key()
                                    + " KPI");
                }
            }
        }
        Map<String, KpiFormula.Term> names = new LinkedHashMap<>();
        names.put("baseline", ctx.term("baseline"));
        if (relative) {
            names.put("change", ctx.term("change"));
        } else {
            names.put("target", new KpiFormula.Constant(kpi.target().value()));
        }
        return KpiFormula.of(Inputs.linearPath("baseline", baselineYear, relative ? "(baseline * (1 + change))"
                : "target", targetYear), names);
    }
}
