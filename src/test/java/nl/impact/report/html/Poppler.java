package nl.impact.report.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * poppler-utils' pdftotext and pdfinfo, for tests that read what a PDF prints. Without them such a
 * test is skipped, loudly, except in CI ({@code CI=true}), where it fails: .ci/run installs them.
 */
final class Poppler {

    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    private static final Path PDFINFO = Path.of("/usr/bin/pdfinfo");

    private Poppler() {
    }

    static void require() {
        if (!Files.isExecutable(PDFTOTEXT) || !Files.isExecutable(PDFINFO)) {
            String why = "pdftotext and pdfinfo are not installed (" + PDFTOTEXT + "): report.pdf's text was NOT "
                    + "checked. Install poppler-utils (Debian).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true: " + why);
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
    }

    /** The text of every page, laid out as printed, pages separated by form feeds. */
    static String text(Path pdf) throws IOException, InterruptedException {
        return run(PDFTOTEXT.toString(), "-layout", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** The number of pages. */
    static int pages(Path pdf) throws IOException, InterruptedException {
        for (String line : run(PDFINFO.toString(), pdf.toString()).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring("Pages:".length()).strip());
            }
        }
        throw new AssertionError("pdfinfo names no page count for " + pdf);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
