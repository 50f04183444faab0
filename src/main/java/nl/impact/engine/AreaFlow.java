package nl.impact.engine;

import java.math.BigDecimal;

/**
 * The business case of one area or one gemeente: benefits and investments (positive) per
 * financier, variant and effect year, exact and undiscounted. The financiers are those of
 * {@link AreaResults#financiers()}; the municipal one stands for this area's own gemeente.
 *
 * @param code the area's code, or the gemeente for a gemeente
 * @param values benefits then investments, indexed by {@link AreaResults#index}
 */
public record AreaFlow(String code, String name, String gemeente, BigDecimal[] values) {
}
