package nl.impact.model;

import java.util.Map;

/**
 * One monetised effect of a kernaanpak: for every unit of the volume {@code per} (cases, clients,
 * avoided referrals) that starts in a year, {@code amounts} euros per domain (negative is a cost,
 * so an effect can shift cost between domains), times the correction factor, falling in the years
 * {@code timing} gives.
 */
public record Effect(
        String name,
        String path,
        String per,
        Map<String, Parameter> amounts,
        Parameter correction,
        Timing timing,
        String note) {
}
