package nl.impact.report.html;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.impact.model.Scenario;
import nl.impact.report.excel.DocumentDate;
import nl.impact.scenario.GitRevision;

/**
 * Which edition of the scenario a report shows: its date (the one the bijlagen carry, see
 * {@link DocumentDate}), where that date comes from, the scenario's own version label and the git
 * commit of the scenario file. All come from the inputs, never from the moment of writing unless
 * nothing else says when, so the same inputs give the same report.
 *
 * @param version the scenario's {@code version:}, or null
 * @param commit the full hash of the commit that last changed the scenario file, when it is in git
 *     and unchanged since; or null
 */
public record ReportEdition(LocalDate date, DateSource source, String version, String commit) {

    /** Where a report's date comes from. */
    public enum DateSource { SCENARIO, COMMIT, ENVIRONMENT, RUN }

    public static ReportEdition of(Scenario scenario) {
        Optional<String> commit = scenario.file() == null ? Optional.empty() : GitRevision.lastCommit(scenario.file());
        LocalDate date = DocumentDate.of(scenario).atZone(ZoneOffset.UTC).toLocalDate();
        DateSource source;
        if (scenario.date() != null) {
            source = DateSource.SCENARIO;
        } else if (commit.isPresent()) {
            source = DateSource.COMMIT;
        } else {
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            source = epoch == null || epoch.isBlank() ? DateSource.RUN : DateSource.ENVIRONMENT;
        }
        return new ReportEdition(date, source, scenario.version(), commit.orElse(null));
    }

    /** The commit as people quote it: its first twelve characters. */
    public String shortCommit() {
        return commit == null ? null : commit.substring(0, 12);
    }

    /** The date, and in words where it comes from. */
    String dateText() {
        return Dutch.date(date) + switch (source) {
            case SCENARIO -> " (de datum in het scenario)";
            case COMMIT -> " (de datum van de laatste commit van het scenariobestand)";
            case ENVIRONMENT -> " (SOURCE_DATE_EPOCH)";
            case RUN -> " (de dag van de berekening: het scenario noemt geen datum en staat niet ongewijzigd in git)";
        };
    }

    String versionText() {
        return version == null ? "geen (het scenario noemt geen versie)" : version;
    }

    String commitText() {
        return commit == null ? "geen (het scenariobestand staat niet ongewijzigd in git)" : shortCommit();
    }
}
