package nl.impact.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where the analyst knows the insurers' market shares per area: what one financier (the
 * zorgverzekeraar) gains or pays in an area is split among the insurers by their shares in that
 * area, each share a column of the area table. See docs/areas.md.
 *
 * @param financier the financier that is split, as the domains name it
 * @param insurers each insurer and the index of its share's column in {@link AreaTable#columns()}
 */
public record MarketShares(String financier, List<Insurer> insurers) {

    /** How far an area's shares may add up from 1 (shares rounded to a tenth of a percent). */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.001");

    /** One insurer and its share's column. */
    public record Insurer(String name, int column) {
    }

    /** The financier name one insurer has in the outputs: {@code zorgverzekeraar CZ}. */
    public String financierOf(Insurer insurer) {
        return financier + " " + insurer.name();
    }
}
