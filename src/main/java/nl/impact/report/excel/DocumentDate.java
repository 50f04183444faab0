package nl.impact.report.excel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.impact.model.Printable;
import nl.impact.model.Scenario;
import nl.impact.scenario.GitRevision;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;

/**
 * The one date a workbook carries: in every page's footer, in its document properties and on its
 * zip entries, so that the same scenario gives the same bytes. It is the scenario's own: its
 * {@code date:}; else the date of the last commit of the scenario file, when the file is in git
 * unchanged since; else {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds
 * convention); else the day of the run. Never a fixed default: a bijlage dated by nobody would
 * still say when it was made.
 */
public final class DocumentDate {

    /** A fixed date for tests that build a workbook without a scenario date (pom.xml's project.build.outputTimestamp). */
    public static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");
    /** The last date a zip entry can hold. */
    private static final Instant LATEST = Instant.parse("2107-12-31T23:59:58Z");
    /** The first date a zip entry can hold. */
    private static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:00Z");

    private DocumentDate() {
    }

    /** The date of {@code scenario}'s documents, from the scenario, its file's git history, the environment or the clock. */
    public static Instant of(Scenario scenario) {
        return of(scenario, System.getenv(), GitRevision::commitDate, Clock.systemUTC());
    }

    static Instant of(Scenario scenario, Map<String, String> environment,
            Function<java.nio.file.Path, Optional<LocalDate>> commitDate, Clock clock) {
        if (scenario.date() != null) {
            return startOf(scenario.date());
        }
        Optional<LocalDate> committed = scenario.file() == null ? Optional.empty() : commitDate.apply(scenario.file());
        if (committed.isPresent()) {
            return clamp(startOf(committed.get()));
        }
        return fromEnvironment(environment).orElseGet(() -> startOf(LocalDate.now(clock)));
    }

    /** {@code SOURCE_DATE_EPOCH} as a date, when set. */
    static Optional<Instant> fromEnvironment(Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Optional.empty();
        }
        String wrong = problem(epoch);
        if (wrong != null) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH: " + wrong);
        }
        // Zip entries cannot hold dates before 1980.
        return Optional.of(clamp(Instant.ofEpochSecond(Long.parseLong(epoch.strip()))));
    }

    /** The first moment of {@code date}, in UTC: the same day wherever the workbook is written. */
    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant clamp(Instant instant) {
        return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
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
