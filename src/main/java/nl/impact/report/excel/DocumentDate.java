package nl.impact.report.excel;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The one date written into a workbook (document properties, zip entries), so that the same
 * scenario gives the same bytes: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the
 * reproducible-builds convention) when set, else a fixed date.
 */
public final class DocumentDate {

    /** The same fixed date the build uses for the jar (pom.xml project.build.outputTimestamp). */
    public static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");

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
        try {
            Instant instant = Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            // Zip entries cannot hold dates before 1980; such a value is a mistake, not a wish.
            return instant.isBefore(Instant.parse("1980-01-01T00:00:00Z")) ? FIXED : instant;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be seconds since 1970, got '" + epoch + "'");
        }
    }
}
