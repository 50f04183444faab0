package nl.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.model.YearSeries;
import org.junit.jupiter.api.Test;

/** The break-even rule on flows written out by hand (docs/budget.md). */
class BreakEvenTest {

    @Test
    void aCumulativeNetThatCrossesZeroTwiceBreaksEvenAtTheLastCrossing() {
        // Net -10, +15, -8, +11: cumulative -10, +5, -3, +8.
        BreakEven b = of(new long[] {0, 15, 0, 11}, new long[] {10, 0, 8, 0});
        assertThat(b.year()).isEqualTo(OptionalInt.of(2028));
        assertThat(b.none()).isEmpty();
    }

    @Test
    void aCumulativeNetThatEndsBelowZeroHasNoBreakEvenYear() {
        // Cumulative +2, -1, -1, -1: above zero at first, below at the end.
        BreakEven b = of(new long[] {2, 0, 0, 0}, new long[] {0, 3, 0, 0});
        assertThat(b.year()).isEmpty();
        assertThat(b.none()).contains(BreakEven.None.ENDS_NEGATIVE);
    }

    @Test
    void aPartyWithoutFlowsHasNoBreakEvenYear() {
        BreakEven b = of(new long[] {0, 0, 0, 0}, new long[] {0, 0, 0, 0});
        assertThat(b.year()).isEmpty();
        assertThat(b.none()).contains(BreakEven.None.NO_FLOWS);
    }

    @Test
    void zeroCountsAsEarnedBackAndFlowsThatCancelBreakEvenAtOnce() {
        // Cumulative -5, 0, 0, 0: from 2026 it stays at zero.
        assertThat(of(new long[] {0, 5, 0, 0}, new long[] {5, 0, 0, 0}).year()).isEqualTo(OptionalInt.of(2026));
        // Benefits equal to investments every year: the cumulative net is zero throughout.
        assertThat(of(new long[] {4, 4, 4, 4}, new long[] {4, 4, 4, 4}).year()).isEqualTo(OptionalInt.of(2025));
        // Above zero throughout: the first year.
        assertThat(of(new long[] {1, 0, 0, 0}, new long[] {0, 0, 0, 0}).year()).isEqualTo(OptionalInt.of(2025));
    }

    /** Benefits and investments from 2025 on, with their cumulative net. */
    private static BreakEven of(long[] benefits, long[] investments) {
        SortedMap<Integer, BigDecimal> b = new TreeMap<>();
        SortedMap<Integer, BigDecimal> i = new TreeMap<>();
        SortedMap<Integer, BigDecimal> cumulative = new TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int y = 0; y < benefits.length; y++) {
            b.put(2025 + y, BigDecimal.valueOf(benefits[y]));
            i.put(2025 + y, BigDecimal.valueOf(investments[y]));
            sum = sum.add(BigDecimal.valueOf(benefits[y] - investments[y]));
            cumulative.put(2025 + y, sum);
        }
        return BreakEven.of(new YearSeries(b), new YearSeries(i), YearSeries.empty(), new YearSeries(cumulative));
    }
}
