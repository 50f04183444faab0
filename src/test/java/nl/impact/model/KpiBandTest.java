package nl.impact.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KpiBandTest {

    private static final Provenance SOURCE = new Provenance(Provenance.Kind.SOURCE, "test");

    @Test
    void higherIsBetterIsBelowUnderMinAndAboveOverMaxWithTheEdgesWithin() {
        KpiBand band = new KpiBand(2025, new BigDecimal("50"), new BigDecimal("100"), SOURCE);
        Direction up = Direction.HIGHER_IS_BETTER;
        assertThat(band.position(new BigDecimal("49.99"), up)).isEqualTo(Position.BELOW);
        assertThat(band.position(new BigDecimal("50"), up)).isEqualTo(Position.WITHIN);
        assertThat(band.position(new BigDecimal("100.00"), up)).isEqualTo(Position.WITHIN);
        assertThat(band.position(new BigDecimal("100.01"), up)).isEqualTo(Position.ABOVE);
    }

    @Test
    void lowerIsBetterHasTheMinimalEffectAsTheHigherNumberAndBelowMeansWorse() {
        // 30% fewer falls is the maximal effect (7,000), 10% fewer the minimal one (9,000).
        KpiBand band = new KpiBand(2025, new BigDecimal("9000"), new BigDecimal("7000"), SOURCE);
        Direction down = Direction.LOWER_IS_BETTER;
        assertThat(band.position(new BigDecimal("9500"), down)).isEqualTo(Position.BELOW);
        assertThat(band.position(new BigDecimal("9000"), down)).isEqualTo(Position.WITHIN);
        assertThat(band.position(new BigDecimal("7000"), down)).isEqualTo(Position.WITHIN);
        assertThat(band.position(new BigDecimal("6999"), down)).isEqualTo(Position.ABOVE);
    }

    @Test
    void orderDependsOnDirection() {
        assertThat(KpiBand.ordered(new BigDecimal("25"), new BigDecimal("20"), Direction.HIGHER_IS_BETTER)).isFalse();
        assertThat(KpiBand.ordered(new BigDecimal("25"), new BigDecimal("20"), Direction.LOWER_IS_BETTER)).isTrue();
        assertThat(KpiBand.ordered(new BigDecimal("20"), new BigDecimal("25"), Direction.LOWER_IS_BETTER)).isFalse();
        assertThat(KpiBand.ordered(new BigDecimal("3"), new BigDecimal("3"), Direction.HIGHER_IS_BETTER)).isTrue();
    }
}
