package nl.impact.testing;

import java.util.List;
import java.util.Map;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiException;
import nl.impact.calc.kpi.KpiFormula;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.ParameterKind;

/**
 * A KPI calculator the main code does not know, registered only in the test class path's
 * META-INF/services: proves that KPI calculators are plugins. Its one definition, a formula over its
 * parameter, serves the exact engine and the simulation alike.
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
    public KpiFormula formula(KpiContext ctx) throws KpiException {
        return KpiFormula.of("level", Map.of("level", ctx.term("level")));
    }
}
