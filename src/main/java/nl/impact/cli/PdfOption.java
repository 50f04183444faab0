package nl.impact.cli;

import java.util.Optional;
import nl.impact.report.html.ReportPdf;
import nl.impact.scenario.InvalidInputException;
import picocli.CommandLine.Option;

/** {@code --pdf}: report.pdf beside report.html, printed by the system's headless Chromium (docs/report.md). */
final class PdfOption {

    @Option(names = "--pdf", description = "Also write report.pdf: report.html as printed on A4 by the system's "
            + "headless Chromium (CHROME, else chromium on the PATH). Without Chromium: exit 2, nothing written.")
    boolean pdf;

    /** The printer, found before anything is computed; empty without --pdf. */
    Optional<ReportPdf> printer() throws InvalidInputException {
        return pdf ? Optional.of(ReportPdf.locate()) : Optional.empty();
    }
}
