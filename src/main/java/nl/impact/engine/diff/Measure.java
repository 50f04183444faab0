package nl.impact.engine.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import nl.impact.engine.BusinessCaseMetrics;

/** The figures of a business case a diff compares, rounded as business-case-summary.csv writes them. */
public enum Measure {
    BENEFITS, INVESTMENTS, NET, NPV, RATIO, BREAK_EVEN_YEAR;

    /** The name in outputs: {@code benefits}, ..., {@code break_even_year}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the euro amounts, to which a tolerance applies. */
    public boolean isAmount() {
        return this != RATIO && this != BREAK_EVEN_YEAR;
    }

    /** The figure as written (two decimals, half up; a year as is); empty when there is none. */
    public Optional<BigDecimal> of(BusinessCaseMetrics m) {
        return switch (this) {
            case BENEFITS -> Optional.of(cents(m.benefits()));
            case INVESTMENTS -> Optional.of(cents(m.investments()));
            case NET -> Optional.of(cents(m.net()));
            case NPV -> Optional.of(cents(m.netPresentValue()));
            case RATIO -> m.ratio().map(Measure::cents);
            case BREAK_EVEN_YEAR -> m.breakEvenYear().isPresent()
                    ? Optional.of(BigDecimal.valueOf(m.breakEvenYear().getAsInt())) : Optional.empty();
        };
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
