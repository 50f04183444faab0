package nl.impact.engine;

import java.math.BigDecimal;
import java.util.List;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Scope;
import nl.impact.model.Area;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;

/**
 * Each area's values of the flows computed per area, from the exact evaluation of the plan
 * ({@link ExactAreaCases}) or, for a national table, its compiled double-precision form
 * ({@link CompiledAreaCases}). A block of areas is evaluated in one variant at a time; the one
 * accumulation over the areas ({@link AreaSums}) reads them.
 */
interface AreaCases {

    /** Evaluates {@code block} in {@code variant}; then {@link #cases} and {@link #summed} read its areas. */
    void evaluate(List<Area> block, Variant variant) throws InvalidInputException;

    /** Area {@code d} of the block: a per-area flow's value per start year (times active), before its share. */
    BigDecimal[] cases(int d, Flow flow);

    /** Area {@code d} of the block: the {@code i}-th summed name of a kernaanpak's scope per plan year, times active. */
    BigDecimal[] summed(int d, Scope scope, int i);
}
