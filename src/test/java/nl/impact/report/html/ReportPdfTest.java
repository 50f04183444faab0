package nl.impact.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import nl.impact.scenario.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding Chromium for report.pdf, and the PDF's dates set to the report's own. */
class ReportPdfTest {

    @TempDir
    Path dir;

    @Test
    void chromeNamingNothingIsRefusedInOneLineSayingWhatToInstall() {
        assertThatThrownBy(() -> ReportPdf.locate(Map.of("CHROME", dir.resolve("no-such-chromium").toString(),
                "PATH", "/usr/bin:/bin")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).format())
                        .isEqualTo("--pdf: report.pdf needs Chromium (install the chromium package): CHROME names no "
                                + "program that can be run: '" + dir.resolve("no-such-chromium") + "'"));
    }

    @Test
    void noChromiumOnThePathIsRefused() {
        assertThatThrownBy(() -> ReportPdf.locate(Map.of("PATH", dir.toString())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("report.pdf needs Chromium (install the chromium package): none of chromium, "
                        + "chromium-browser, google-chrome, google-chrome-stable is on the PATH");
    }

    @Test
    void foundOnThePathByItsNamesInOrderOrByChrome() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path other = Files.createDirectories(dir.resolve("other"));
        Path browser = executable(bin.resolve("chromium-browser"));
        executable(other.resolve("google-chrome"));
        // A file named chromium that cannot be run is passed over.
        Files.writeString(other.resolve("chromium"), "");
        assertThat(ReportPdf.locate(Map.of("PATH", other + ":" + bin)).chromium()).isEqualTo(browser);
        assertThat(ReportPdf.locate(Map.of("PATH", other + ":" + bin, "CHROME", "google-chrome")).chromium())
                .isEqualTo(other.resolve("google-chrome"));
        assertThat(ReportPdf.locate(Map.of("PATH", "", "CHROME", browser.toString())).chromium()).isEqualTo(browser);
    }

    @Test
    void printingDatesBecomeTheReportsDateAndNoOffsetMoves() {
        String pdf = "%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261206092511+00'00')\n"
                + "/ModDate (D:20261206092511+00'00')>>\nendobj\n/Other (D:2026)\n";
        byte[] dated = ReportPdf.dated(pdf.getBytes(StandardCharsets.ISO_8859_1), Instant.parse("2026-11-30T00:00:00Z"));
        String text = new String(dated, StandardCharsets.ISO_8859_1);
        assertThat(text).isEqualTo(pdf.replace("D:20261206092511", "D:20261130000000"));
        assertThat(dated).hasSize(pdf.length());
        // A date of another length is left alone: replacing it would move every offset after it.
        String shortDate = "/CreationDate (D:2026)";
        assertThat(new String(ReportPdf.dated(shortDate.getBytes(StandardCharsets.ISO_8859_1),
                Instant.parse("2026-11-30T00:00:00Z")), StandardCharsets.ISO_8859_1)).isEqualTo(shortDate);
    }

    private static Path executable(Path file) throws Exception {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
