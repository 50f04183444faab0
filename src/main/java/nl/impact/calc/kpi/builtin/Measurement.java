package nl.impact.calc.kpi.builtin;

import java.util.List;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiContext;
import nl.impact.calc.kpi.KpiFormula;
import nl.impact.calc.kpi.KpiParameterSpec;

/**
 * A KPI that is only measured, such as a share from a survey (the plan's KPI 3): the model gives
 * no value for it, so outputs leave its expected value empty and only realisations are judged.
 */
public final class Measurement implements KpiCalculator {

    @Override
    public String id() {
        return "measurement";
    }

    @Override
    public String description() {
        return "Measured only (a survey share, a monitor figure): no model value, realisations are judged";
    }

    @Override
    public List<KpiParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Values values() {
        return Values.NONE;
    }

    @Override
    public KpiFormula formula(KpiContext context) {
        throw new UnsupportedOperationException("a measured KPI has no model value");
    }
}
