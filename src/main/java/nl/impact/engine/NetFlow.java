package nl.impact.engine;

import nl.impact.model.Band;
import nl.impact.model.YearSeries;

/**
 * The business case of one financier, one kernaanpak or the whole plan: per effect year and variant,
 * the benefits (effects), the investments (budget, positive), the settlements (what the financier
 * receives from others minus what it pays them: zero for a kernaanpak and for the plan), the net
 * (benefits minus investments plus settlements) and the cumulative net. Every series covers every effect year (zero where nothing falls);
 * undiscounted.
 *
 * @param key the financier, the kernaanpak id ({@code programma} for programme-wide budget lines)
 *     or {@code total}
 */
public record NetFlow(
        Totals.Dimension dimension,
        String key,
        String label,
        Band<YearSeries> benefits,
        Band<YearSeries> investments,
        Band<YearSeries> settlements,
        Band<YearSeries> net,
        Band<YearSeries> cumulativeNet) {
}
