package nl.impact.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.impact.model.YearSeries;

/**
 * When a financier, a kernaanpak or the plan earns its money back: the first year from which the
 * undiscounted cumulative net stays at zero or more for the rest of the effect years. A cumulative
 * net that touches zero and falls back does not count; one that ends below zero has no break-even
 * year, and neither has a party without flows (nothing to earn back). The one rule every output
 * reads; the workbook's formula and the simulation's count per draw implement the same.
 *
 * @param year the break-even year; empty exactly when {@code none} is present
 * @param none why there is no break-even year
 */
public record BreakEven(OptionalInt year, Optional<None> none) {

    /** Why a party has no break-even year. */
    public enum None {
        /** The cumulative net ends below zero in the last effect year. */
        ENDS_NEGATIVE("ends_negative"),
        /** No benefit and no investment in any effect year. */
        NO_FLOWS("no_flows");

        private final String key;

        None(String key) {
            this.key = key;
        }

        /** The name in outputs: {@code ends_negative}, {@code no_flows}. */
        public String key() {
            return key;
        }
    }

    public BreakEven {
        if (year.isPresent() == none.isPresent()) {
            throw new IllegalArgumentException("a break-even year or a reason for none, not both");
        }
    }

    public static BreakEven in(int year) {
        return new BreakEven(OptionalInt.of(year), Optional.empty());
    }

    public static BreakEven none(None reason) {
        return new BreakEven(OptionalInt.empty(), Optional.of(reason));
    }

    /**
     * The break-even year of the flows of one variant; every series covers the same effect years,
     * as {@link NetFlow}'s do.
     */
    public static BreakEven of(YearSeries benefits, YearSeries investments, YearSeries settlements,
            YearSeries cumulativeNet) {
        boolean flows = java.util.stream.Stream.of(benefits, investments, settlements)
                .anyMatch(s -> s.values().values().stream().anyMatch(v -> v.signum() != 0));
        if (!flows) {
            return none(None.NO_FLOWS);
        }
        // The year after the last one below zero; the first year when none is.
        int from = 0;
        boolean below = true;
        for (Map.Entry<Integer, BigDecimal> e : cumulativeNet.values().entrySet()) {
            if (e.getValue().signum() < 0) {
                below = true;
            } else if (below) {
                from = e.getKey();
                below = false;
            }
        }
        return below ? none(None.ENDS_NEGATIVE) : in(from);
    }
}
