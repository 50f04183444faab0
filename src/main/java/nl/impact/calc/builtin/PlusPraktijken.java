package nl.impact.calc.builtin;

import static nl.impact.model.ParameterKind.COUNT;
import static nl.impact.model.ParameterKind.FRACTION;
import static nl.impact.model.ParameterKind.RATE;

import java.util.List;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.calc.QuantitySpec;

/**
 * PlusPraktijken: GP practices that work as PlusPraktijk refer fewer patients to the second line,
 * and refer some to the PlusPunt (a 1.5-line centre) instead of the hospital.
 */
public final class PlusPraktijken implements KernaanpakCalculator {

    @Override
    public String id() {
        return "pluspraktijken";
    }

    @Override
    public String description() {
        return "PlusPraktijken: avoided referrals to the second line and substitution to the PlusPunt";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("bestaandePlusPraktijken", COUNT, "praktijken",
                        "practices that are already PlusPraktijk before the first plan year"),
                new ParameterSpec("extraPlusPraktijken", COUNT, "praktijken",
                        "practices that become PlusPraktijk in the year"),
                new ParameterSpec("patientenPerPraktijk", COUNT, "patiënten", "patients of an average practice"),
                new ParameterSpec("verwijzingenPer1000", RATE, "verwijzingen per 1.000 patiënten",
                        "referrals to a medical specialist per 1,000 patients per year"),
                new ParameterSpec("verwijsreductie", FRACTION, "fractie",
                        "share of referrals a PlusPraktijk avoids"),
                new ParameterSpec("pluspuntCardiologie", COUNT, "patiënten",
                        "cardiology patients referred to the PlusPunt instead of the hospital"),
                new ParameterSpec("pluspuntOrthopedie", COUNT, "patiënten",
                        "orthopaedics patients referred to the PlusPunt instead of the hospital"));
    }

    @Override
    public List<QuantitySpec> quantities() {
        return List.of(
                new QuantitySpec("plusPraktijken", "praktijken", "PlusPraktijken in het jaar",
                        "bestaandePlusPraktijken + CUMULATIVE(extraPlusPraktijken)"),
                new QuantitySpec("patienten", "patiënten", "patiënten van de PlusPraktijken",
                        "plusPraktijken * patientenPerPraktijk"),
                new QuantitySpec("vermedenVerwijzingen", "verwijzingen", "vermeden verwijzingen naar de tweede lijn",
                        "patienten * verwijzingenPer1000 / 1000 * verwijsreductie"),
                new QuantitySpec("substitutieCardiologie", "patiënten", "cardiologiepatiënten gezien in het PlusPunt",
                        "pluspuntCardiologie"),
                new QuantitySpec("substitutieOrthopedie", "patiënten", "orthopediepatiënten gezien in het PlusPunt",
                        "pluspuntOrthopedie"));
    }
}
