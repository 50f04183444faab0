package nl.impact.model;

import java.util.Map;

/**
 * One monetised effect of a kernaanpak: for every unit of the volume {@code per} (cases, clients,
 * avoided referrals) that starts in a year, {@code amounts} euros per domain (negative is a cost,
 * so an effect can shift cost between domains), times the correction factor, falling in the years
 * {@code timing} gives. A lump sum has no volume ({@code per} is null): its amounts are euros per
 * plan year, as if one unit started in every plan year.
 */
public record Effect(
        String name,
        String path,
        String per,
        Map<String, Parameter> amounts,
        Parameter correction,
        Timing timing,
        String note) {

    /** True for euros per year without a volume: the plan states the saving as a yearly sum. */
    public boolean isLumpSum() {
        return per == null;
    }
}
