package nl.impact.calc.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A value that is not a finite number (what the exact engine refuses: a division by zero) stays one
 * through every operation that reads it, so that it reaches the results, where its draw is refused;
 * only what the exact engine does not evaluate (IF's other branch, the right side of && and || when
 * the left decides) is not read. Finite values give exactly what they gave before.
 */
class OpTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    @Test
    void aValueThatIsNotANumberIsNotHiddenByAnOperation() {
        // IF(1 / x > 5, 1, 2) with x = 0: not 1, as infinity > 5 would say.
        assertThat(Op.GT.apply(INF, 5, 0)).isNaN();
        assertThat(Op.EQ.apply(NAN, NAN, 0)).isNaN();
        assertThat(Op.NE.apply(NAN, 1, 0)).isNaN();
        assertThat(Op.IF.apply(NAN, 1, 2)).isNaN();
        assertThat(Op.NOT.apply(INF, 0, 0)).isNaN();
        // MIN(1 / x, 10), 1 / (1 / x), (0 / 0) ^ 0, ROUND(1 / x, 2)
        assertThat(Op.MIN.apply(INF, 10, 0)).isNaN();
        assertThat(Op.MAX.apply(-INF, 10, 0)).isNaN();
        assertThat(Op.DIV.apply(1, INF, 0)).isNaN();
        assertThat(Op.POW.apply(NAN, 0, 0)).isNaN();
        assertThat(Op.ROUND.apply(INF, 2, 0)).isNaN();
        assertThat(Op.AND.apply(1, NAN, 0)).isNaN();
        assertThat(Op.OR.apply(NAN, 1, 0)).isNaN();
        double[] d = new double[3];
        Op.DIV.apply(d, new double[] {1, 1, 0}, new double[] {INF, -INF, NAN}, null, 3);
        assertThat(d).containsOnly(NAN);
    }

    @Test
    void whatTheExactEngineDoesNotEvaluateIsNotRead() {
        // IF(x = 0, 0, 1 / x) with x = 0
        assertThat(Op.IF.apply(1, 0, INF)).isZero();
        assertThat(Op.IF.apply(0, NAN, 3)).isEqualTo(3);
        // x != 0 && 1 / x > 2, x = 0 || ...
        assertThat(Op.AND.apply(0, NAN, 0)).isZero();
        assertThat(Op.OR.apply(1, NAN, 0)).isEqualTo(1);
    }

    @Test
    void finiteValuesGiveWhatTheyGaveBefore() {
        double[] a = {1, -1, 0, -0.0, 7, 1e300, 3};
        double[] b = {3, 3, -2, 5, 1e-300, 1e-10, 0};
        double[] d = new double[a.length];
        Op.DIV.apply(d, a, b, null, a.length);
        for (int i = 0; i < a.length; i++) {
            // Bit for bit, the sign of zero and a division by zero (infinity) included.
            assertThat(Double.doubleToRawLongBits(d[i])).as("%s / %s", a[i], b[i])
                    .isEqualTo(Double.doubleToRawLongBits(a[i] / b[i]));
        }
        assertThat(Op.GT.apply(2, 1, 0)).isEqualTo(1);
        assertThat(Op.MIN.apply(2, 1, 0)).isEqualTo(1);
        // A tie away from zero, as the exact engine and Excel's ROUND.
        assertThat(Op.ROUND.apply(2.5, 0, 0)).isEqualTo(3);
        assertThat(Op.ROUND.apply(-2.5, 0, 0)).isEqualTo(-3);
        assertThat(Op.ROUND.apply(0.125, 2, 0)).isEqualTo(0.13);
        assertThat(Op.POW.apply(2, 10, 0)).isEqualTo(1024);
        assertThat(Op.AND.apply(2, 3, 0)).isEqualTo(1);
        assertThat(Op.IF.apply(0, 1, 2)).isEqualTo(2);
    }
}
