package nl.impact.calc.plan;

import nl.impact.model.EffectUnit;
import nl.impact.model.Timing;

/**
 * One term of the business case: every case starting in a plan year contributes
 * volume x amount x correction x share (an absent factor is 1) in each effect year its timing
 * reaches, to the financier of its domain. In a scenario with an area table a flow that reads a
 * kernaanpak's names is computed per area, times {@code active}: 1 where and when the kernaanpak runs. An effect of a kernaanpak in one domain is a benefit
 * (euros; a cost is negative) or capacity (hours, FTE, persons); a budget line's part paid by one
 * financier is an investment (a positive cost: quantity x tariff, or amount, times the share, in its
 * plan year). A settlement moves its value from {@code payer} to {@code financier}: a cost as a budget
 * line's (in its plan year), or a share of an effect (with the effect's factors and timing).
 *
 * @param kernaanpak the kernaanpak id, or {@code programma} for a programme-wide budget line
 * @param source the effect's name, or the budget line's id
 * @param path where the effect or budget line stands in the scenario
 * @param domain the effect's domain, null for an investment
 * @param scope the scope whose names the factors read (the kernaanpak's, or the budget line's)
 * @param financier who pays or gains: the domain's financier, the budget line's payer, or the financier a
 *     settlement pays to
 * @param payer the financier a settlement's money comes from; null for every other flow
 */
public record Flow(int index, Kind kind, String kernaanpak, String source, String path, String domain,
        String financier, EffectUnit unit, Timing timing, int scope, Factor volume, Factor amount, Factor correction,
        Factor active, Factor share, String payer) {

    /** What a flow adds to. */
    public enum Kind { BENEFIT, CAPACITY, INVESTMENT, SETTLEMENT }

    /** The factors that make a case's value, in the order they are multiplied; the share comes last. */
    public java.util.List<Factor> factors() {
        java.util.List<Factor> factors = new java.util.ArrayList<>(4);
        for (Factor f : new Factor[] {volume, amount, correction, active, share}) {
            if (f != null) {
                factors.add(f);
            }
        }
        return factors;
    }

    /** True when the flow is computed per area: it reads a kernaanpak's names in a scenario with areas. */
    public boolean perArea() {
        return active != null;
    }

    /** The last year the flow counts in: an investment's last plan year, anything else's last effect year. */
    public int lastYear(nl.impact.model.YearRange years) {
        return kind == Kind.INVESTMENT ? years.last() : years.effectsUntil();
    }

    /** True when the flow falls in {@code year} for cases starting in {@code startYear}. */
    public boolean fallsIn(int startYear, int year) {
        return timing.fallsIn(startYear, year);
    }
}
