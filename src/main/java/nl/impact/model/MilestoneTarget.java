package nl.impact.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a milestone (a PPI of the mijlpalenplanning) must reach in its half year: at least a
 * {@code count} (teams formed, volunteers trained, households reached), something {@code done}
 * (yes or no), or something done by a {@code date}.
 *
 * @param count the number to reach, for {@link Kind#COUNT}; else null
 * @param unit what the count counts (wijken, teams, huishoudens), for {@link Kind#COUNT}; may be empty
 * @param date the day by which it is done, for {@link Kind#DATE}; else null
 */
public record MilestoneTarget(Kind kind, BigDecimal count, String unit, LocalDate date, Provenance provenance) {

    /** The kinds of target. */
    public enum Kind {
        COUNT, DONE, DATE;

        /** The key in scenario files and outputs: {@code count}, {@code done}, {@code date}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static MilestoneTarget count(BigDecimal count, String unit, Provenance provenance) {
        return new MilestoneTarget(Kind.COUNT, count, unit, null, provenance);
    }

    public static MilestoneTarget done(Provenance provenance) {
        return new MilestoneTarget(Kind.DONE, null, "", null, provenance);
    }

    public static MilestoneTarget by(LocalDate date, Provenance provenance) {
        return new MilestoneTarget(Kind.DATE, null, "", date, provenance);
    }

    /** The target as outputs write it: the count, {@code yes}, or the date (ISO). */
    public String value() {
        return switch (kind) {
            case COUNT -> count.stripTrailingZeros().toPlainString();
            case DONE -> "yes";
            case DATE -> date.toString();
        };
    }
}
