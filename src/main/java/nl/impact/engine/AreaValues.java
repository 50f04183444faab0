package nl.impact.engine;

import java.math.BigDecimal;
import java.util.List;
import nl.impact.model.Area;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;

/**
 * Where the engine gets each area's values of each kernaanpak: the exact BigDecimal evaluation
 * ({@link ExactAreaValues}), or the compiled double-precision plan for national sizes
 * ({@link CompiledAreaValues}). A block of areas is evaluated in one variant at a time.
 */
interface AreaValues {

    /** One area's names ({@code [node][plan year]}) and effect parameters ({@code [parameter][plan year]}). */
    record Values(BigDecimal[][] names, BigDecimal[][] parameters) {
    }

    /** Evaluates {@code block} in {@code variant}; then {@link #values} reads the results. */
    void evaluate(List<Area> block, Variant variant) throws InvalidInputException;

    /** The values of area {@code area} (index in the block) for kernaanpak {@code kernaanpak} (index). */
    Values values(int area, int kernaanpak);
}
