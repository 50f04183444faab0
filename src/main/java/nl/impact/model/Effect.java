package nl.impact.model;

import java.util.Map;

/**
 * One effect of a kernaanpak: for every unit of the volume {@code per} (cases, clients,
 * avoided referrals) that starts in a year, {@code amounts} euros per domain (negative is a cost,
 * so an effect can shift cost between domains), times the correction factor, falling in the years
 * {@code timing} gives. A lump sum has no volume ({@code per} is null): its amounts are euros per
 * plan year, as if one unit started in every plan year. An effect in another {@code unit} (hours,
 * FTE, persons) is computed the same way but counts labour, never euros: it is capacity, kept out of
 * the business case.
 */
public record Effect(
        String name,
        String path,
        String per,
        Map<String, Parameter> amounts,
        Parameter correction,
        Timing timing,
        String note,
        EffectUnit unit) {

    /** An effect in euros. */
    public Effect(String name, String path, String per, Map<String, Parameter> amounts, Parameter correction,
            Timing timing, String note) {
        this(name, path, per, amounts, correction, timing, note, EffectUnit.EURO);
    }

    /** True for euros: the effect is a benefit (or cost) of the business case. */
    public boolean isEuro() {
        return unit.isEuro();
    }

    /** True for euros per year without a volume: the plan states the saving as a yearly sum. */
    public boolean isLumpSum() {
        return per == null;
    }
}
