package nl.impact.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.kpi.Inputs;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.Band;
import nl.impact.model.ParameterKind;
import nl.impact.model.YearSeries;

/**
 * A KPI calculator the main code does not know, registered only in the test class path's
 * META-INF/services: proves that KPI calculators are plugins.
 */
public final class ConstantKpiCalculator implements KpiCalculator {

    @Override
    public String id() {
        return "test-constant";
    }

    @Override
    public String description() {
        return "Test plugin: the same value in every year";
    }

    @Override
    public List<KpiParameterSpec> parameters() {
        return List.of(KpiParameterSpec.number("level", ParameterKind.NUMBER, "", "the value", true));
    }

    @Override
    public Values values() {
        return Values.LEVEL;
    }

    @Override
    public Band<YearSeries> expected(KpiContext ctx) throws KpiException {
        var years = ctx.scenario().years();
        return Inputs.perVariant(v -> {
            SortedMap<Integer, BigDecimal> values = new TreeMap<>();
            for (int y = years.first(); y <= years.effectsUntil(); y++) {
                values.put(y, Inputs.require(ctx, "level", v, y));
            }
            return new YearSeries(values);
        });
    }
}
