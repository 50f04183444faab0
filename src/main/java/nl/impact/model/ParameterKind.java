package nl.impact.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** What kind of number a parameter holds, and so which values it accepts. */
public enum ParameterKind {
    /** Persons, cases, teams, FTE: zero or more. */
    COUNT("a count (zero or more)"),
    /** Euros; negative is a cost. */
    AMOUNT("an amount in euros"),
    /** Euros spent, such as a budget line or a tariff: zero or more, since the cost is the sign. */
    COST("a cost in euros (zero or more: a budget figure is an investment, given as a positive cost)"),
    /** A share or correction factor from 0 to 1. */
    FRACTION("a fraction from 0 to 1"),
    /** A rate such as referrals per 1,000 patients: zero or more. */
    RATE("a rate (zero or more)"),
    /** Any number. */
    NUMBER("a number");

    private final String expected;

    ParameterKind(String expected) {
        this.expected = expected;
    }

    /** The key used in scenario files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a valid value looks like, for messages. */
    public String expected() {
        return expected;
    }

    /** Why the value is not acceptable, or empty when it is. */
    public Optional<String> check(BigDecimal value) {
        boolean ok = switch (this) {
            case COUNT, RATE, COST -> value.signum() >= 0;
            case FRACTION -> value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
            case AMOUNT, NUMBER -> true;
        };
        return ok ? Optional.empty() : Optional.of("expected " + expected + ", got " + value.toPlainString());
    }

    public static Optional<ParameterKind> fromKey(String key) {
        for (ParameterKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
