package nl.impact.report.excel;

import java.time.Instant;
import java.util.Map;
import nl.impact.model.Printable;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;

/**
 * The one date written into a workbook (document properties, zip entries), so that the same
 * scenario gives the same bytes: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the
 * reproducible-builds convention) when set, else a fixed date.
 */
public final class DocumentDate {

    /** The same fixed date the build uses for the jar (pom.xml project.build.outputTimestamp). */
    public static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");
    /** The last date a zip entry can hold. */
    private static final Instant LATEST = Instant.parse("2107-12-31T23:59:58Z");

    private DocumentDate() {
    }

    public static Instant fromEnvironment() {
        return from(System.getenv());
    }

    static Instant from(Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return FIXED;
        }
        String wrong = problem(epoch);
        if (wrong != null) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH: " + wrong);
        }
        Instant instant = Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        // Zip entries cannot hold dates before 1980; such a value is a mistake, not a wish.
        return instant.isBefore(Instant.parse("1980-01-01T00:00:00Z")) ? FIXED : instant;
    }

    /** Refuses a bad SOURCE_DATE_EPOCH as invalid input (exit 2) before anything is computed. */
    public static void checkEnvironment() throws InvalidInputException {
        check(System.getenv());
    }

    static void check(Map<String, String> environment) throws InvalidInputException {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        String wrong = epoch == null || epoch.isBlank() ? null : problem(epoch);
        if (wrong != null) {
            throw InvalidInputException.of(new Problem("SOURCE_DATE_EPOCH", 0, 0, "", wrong));
        }
    }

    /** Why a SOURCE_DATE_EPOCH cannot be used, or null. Zip entries hold dates up to 2107. */
    private static String problem(String epoch) {
        try {
            long seconds = Long.parseLong(epoch.strip());
            if (seconds >= 0 && seconds <= LATEST.getEpochSecond()) {
                return null;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return "expected whole seconds since 1970-01-01 UTC, from 0 to " + LATEST.getEpochSecond() + " (2107-12-31), got '"
                + Printable.quote(epoch) + "'";
    }
}
