package nl.impact.engine.diff;

import java.math.BigDecimal;
import java.util.List;
import nl.impact.model.Variant;

/**
 * The change in net of one financier (or the total) in one variant, split over the changed inputs.
 * The parts are in cents and add up to {@code change} exactly.
 *
 * @param change the change in net, as {@link FigureChange#change()} of {@link Measure#NET}
 * @param parts one per group of changed inputs, in the groups' order
 */
public record Attribution(Variant variant, String dimension, String key, BigDecimal change, List<Part> parts) {

    /**
     * The part of the change due to one group of inputs; {@code group} is {@code interaction} for the
     * remainder.
     *
     * @param label the group's Dutch label ("Welzijn op Recept - clienten per fte"; {@code interactie}
     *     for the remainder)
     */
    public record Part(String group, BigDecimal amount, String label) {
    }
}
