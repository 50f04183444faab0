package nl.impact.calc.builtin;

import static nl.impact.model.ParameterKind.COUNT;
import static nl.impact.model.ParameterKind.FRACTION;

import java.util.List;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.calc.QuantitySpec;

/**
 * Kernteam ouderen: one team per wijk; the frail elderly per team follow from the wijk's size and
 * the share classified frail; the elderly brought into view early (the volume of the Zvw effect)
 * from a number per team, lowered in a pilot year by the pilot factor.
 */
public final class KernteamOuderen implements KernaanpakCalculator {

    @Override
    public String id() {
        return "kernteam-ouderen";
    }

    @Override
    public String description() {
        return "Kernteam ouderen: frail elderly per team and elderly brought into view early";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("kernteams", COUNT, "teams", "kernteams working in the year"),
                new ParameterSpec("inwonersPerKernteam", COUNT, "inwoners", "inhabitants of the wijk one team serves"),
                new ParameterSpec("aandeelKwetsbareOuderen", FRACTION, "fractie",
                        "share of the wijk's inhabitants classified as frail elderly"),
                new ParameterSpec("inBeeldPerKernteam", COUNT, "ouderen",
                        "frail elderly per team per year brought into view early and multidisciplinary"),
                new ParameterSpec("pilotfactor", FRACTION, "fractie",
                        "share of the full number in view reached in the year (lower in a pilot year)"));
    }

    @Override
    public List<QuantitySpec> quantities() {
        return List.of(
                new QuantitySpec("kwetsbareOuderen", "ouderen", "kwetsbare ouderen in de wijken van de teams",
                        "kernteams * inwonersPerKernteam * aandeelKwetsbareOuderen"),
                new QuantitySpec("ouderenInBeeld", "ouderen", "kwetsbare ouderen vroegtijdig in beeld",
                        "kernteams * inBeeldPerKernteam * pilotfactor"));
    }
}
