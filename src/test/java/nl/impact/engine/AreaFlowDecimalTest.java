package nl.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A computed double becomes the same decimal, value and scale, as its shortest decimal form
 * rounded to 12 significant digits: for doubles of every magnitude, for the kind a national table
 * computes (counts times fractions, divided), and next to the halves and wholes where that form
 * decides.
 */
class AreaFlowDecimalTest {

    private static final MathContext TWELVE = new MathContext(12, RoundingMode.HALF_EVEN);

    @Test
    void everyMagnitude() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int i = 0; i < 200_000; i++) {
            double value = Math.pow(10, random.nextDouble(-14, 15)) * (random.nextBoolean() ? 1 : -1);
            check(value);
        }
    }

    @Test
    void valuesOfATable() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double count = random.nextInt(20, 5000);
            double share = Math.round(random.nextDouble(0.01, 0.6) * 1000) / 1000.0;
            double amount = random.nextInt(-300, 4000) + random.nextInt(0, 100) / 100.0;
            check(count * share / 7 * amount);
            check(count * share * 0.3 * amount);
            check(count * amount);
        }
    }

    @Test
    void decimalsOfTwelveDigitsOrFewer() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++) {
            long digits = random.nextLong(1, POWERS[random.nextInt(1, 13)]);
            double value = BigDecimal.valueOf(random.nextBoolean() ? digits : -digits, random.nextInt(-12, 23))
                    .doubleValue();
            check(value);
            check(Math.nextUp(value));
            check(value * 3);
            check(value / 4);
        }
        for (double round : new double[] {1, 10, 100, 1e6, 1e7, 1e-3, 1e-4, 0.001, 9999999, 1234567.0, 0.5, 2e-3,
                2e11, 123e9, 4.35, 0.1 + 0.2}) {
            check(round);
            check(-round);
        }
    }

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    @Test
    void nextToHalvesAndWholesOfTheTwelfthDigit() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            long digits = random.nextLong(100_000_000_000L, 1_000_000_000_000L);
            int scale = random.nextInt(-1, 22);
            double half = new BigDecimal(digits).add(new BigDecimal("0.5")).scaleByPowerOfTen(-scale).doubleValue();
            double whole = BigDecimal.valueOf(digits, scale).doubleValue();
            for (double near : new double[] {half, whole}) {
                check(near);
                check(Math.nextUp(near));
                check(Math.nextDown(near));
                check(near * (1 + 1e-13));
                check(near * (1 - 1e-13));
            }
        }
        for (int scale = -1; scale < 22; scale++) {
            double carry = new BigDecimal("999999999999.5").scaleByPowerOfTen(-scale).doubleValue();
            check(carry);
            check(Math.nextUp(carry));
            check(carry * (1 + 3e-13));
        }
    }

    private static void check(double value) {
        BigDecimal shortest = BigDecimal.valueOf(value);
        BigDecimal expected = value == 0 ? BigDecimal.ZERO
                : shortest.precision() > 12 ? shortest.round(TWELVE) : shortest;
        BigDecimal actual = AreaFlow.decimal(value);
        // equals: the same value and scale. AssertJ only on a difference: a message per value costs more than the value.
        if (!actual.equals(expected)) {
            assertThat(actual).as("%s (scale %s, expected scale %s)", value, actual.scale(), expected.scale())
                    .isEqualTo(expected);
            assertThat(actual.scale()).as("scale of %s", value).isEqualTo(expected.scale());
        }
    }
}
