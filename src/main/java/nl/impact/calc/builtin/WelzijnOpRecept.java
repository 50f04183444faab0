package nl.impact.calc.builtin;

import static nl.impact.model.ParameterKind.COUNT;
import static nl.impact.model.ParameterKind.RATE;

import java.util.List;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.calc.QuantitySpec;

/** Welzijn op Recept: welfare coaches (FTE) each see a number of clients per year. */
public final class WelzijnOpRecept implements KernaanpakCalculator {

    @Override
    public String id() {
        return "welzijn-op-recept";
    }

    @Override
    public String description() {
        return "Welzijn op Recept: clients seen by extra welfare coaches";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("fte", COUNT, "fte", "extra welfare coaches (welzijnscoaches) in the year"),
                new ParameterSpec("clientenPerFte", RATE, "cliënten per fte per jaar", "clients one FTE sees in a year"));
    }

    @Override
    public List<QuantitySpec> quantities() {
        return List.of(new QuantitySpec("clienten", "cliënten", "cliënten die in het jaar starten", "fte * clientenPerFte"));
    }
}
