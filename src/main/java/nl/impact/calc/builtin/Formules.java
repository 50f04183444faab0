package nl.impact.calc.builtin;

import java.util.List;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.calc.QuantitySpec;

/**
 * The generic calculator: the scenario names its own parameters and writes its quantities as
 * formulas, so a new kernaanpak needs no Java.
 */
public final class Formules implements KernaanpakCalculator {

    @Override
    public String id() {
        return "formules";
    }

    @Override
    public String description() {
        return "Generic: parameters and formulas written in the scenario itself";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public List<QuantitySpec> quantities() {
        return List.of();
    }

    @Override
    public boolean acceptsAnyParameter() {
        return true;
    }
}
