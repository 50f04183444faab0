package nl.impact.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import nl.impact.engine.BreakEven;
import nl.impact.engine.BusinessCaseMetrics;
import org.junit.jupiter.api.Test;

/** The sentence of conclusion per financier, for each kind of outcome the break-even rule knows. */
class ConclusionsTest {

    private static BusinessCaseMetrics metrics(long benefits, long investments, BreakEven breakEven) {
        return metrics(benefits, investments, 0, breakEven);
    }

    private static BusinessCaseMetrics metrics(long benefits, long investments, long settlements, BreakEven breakEven) {
        BigDecimal b = BigDecimal.valueOf(benefits);
        BigDecimal i = BigDecimal.valueOf(investments);
        BigDecimal net = b.subtract(i).add(BigDecimal.valueOf(settlements));
        return new BusinessCaseMetrics(b, i, net, b, i, net, Optional.empty(), breakEven, BigDecimal.valueOf(settlements));
    }

    @Test
    void positiveWithBreakEvenYearAndANegativeMinimalEffect() {
        String s = Conclusions.sentence("zorgverzekeraar", "over 2025-2029",
                metrics(17_035_362, 11_437_500, BreakEven.in(2026)),
                metrics(11_000_000, 11_437_500, BreakEven.none(BreakEven.None.ENDS_NEGATIVE)),
                metrics(22_054_530, 11_437_500, BreakEven.in(2026)));
        assertThat(s).isEqualTo("Voor zorgverzekeraar is het plan bij verwacht effect netto positief: 5.597.862 euro "
                + "over 2025-2029, terugverdiend in 2026, maar bij minimaal effect negatief (-437.500 euro).");
    }

    @Test
    void negativeWithoutBreakEvenAndAPositiveMaximalEffect() {
        String s = Conclusions.sentence(null, "over 2025-2029",
                metrics(675_000, 1_470_000, BreakEven.none(BreakEven.None.ENDS_NEGATIVE)),
                metrics(207_000, 1_470_000, BreakEven.none(BreakEven.None.ENDS_NEGATIVE)),
                metrics(2_016_000, 1_470_000, BreakEven.in(2025)));
        assertThat(s).isEqualTo("Het plan als geheel is bij verwacht effect netto negatief: -795.000 euro over "
                + "2025-2029, zonder terugverdienjaar (het cumulatieve netto eindigt negatief), maar bij maximaal effect "
                + "niet negatief (546.000 euro).");
    }

    @Test
    void costsWithoutInvestmentAndNoFlowsAtAll() {
        BusinessCaseMetrics cost = metrics(-92_000, 0, BreakEven.none(BreakEven.None.ENDS_NEGATIVE));
        assertThat(Conclusions.sentence("zorgkantoor", "over 2025-2029", cost, cost, cost)).isEqualTo("Voor zorgkantoor is "
                + "het plan bij verwacht effect netto negatief: -92.000 euro over 2025-2029, zonder eigen investering: de "
                + "effecten zelf kosten geld, en ook bij maximaal effect negatief (-92.000 euro).");
        BusinessCaseMetrics none = metrics(0, 0, BreakEven.none(BreakEven.None.NO_FLOWS));
        assertThat(Conclusions.sentence("rijk", "over 2025-2029", none, none, none))
                .isEqualTo("Voor rijk heeft het plan bij verwacht effect geen baten en geen investeringen.");
    }

    @Test
    void aNetWithSettlementsSaysSoAndOneYearIsCalledThatYear() {
        BusinessCaseMetrics settled = metrics(0, 0, 45_000, BreakEven.in(2019));
        assertThat(Conclusions.sentence("zorgverzekeraar", "in 2019", settled, settled, settled)).isEqualTo("Voor "
                + "zorgverzekeraar is het plan bij verwacht effect netto positief: 45.000 euro na verrekeningen in 2019, "
                + "zonder eigen investering, en ook bij minimaal effect niet negatief (45.000 euro).");
    }

    @Test
    void benefitsWithoutInvestmentAreNotCalledEarnedBack() {
        BusinessCaseMetrics gain = metrics(29_111_750, 0, BreakEven.in(2025));
        assertThat(Conclusions.sentence("gemeente", "over 2025-2029", gain, gain, gain)).isEqualTo("Voor gemeente is het plan "
                + "bij verwacht effect netto positief: 29.111.750 euro over 2025-2029, zonder eigen investering, en ook "
                + "bij minimaal effect niet negatief (29.111.750 euro).");
    }
}
