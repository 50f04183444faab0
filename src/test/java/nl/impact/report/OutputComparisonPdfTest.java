package nl.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.pdf is never compared by --check: it depends on the Chromium and fonts that printed it. */
class OutputComparisonPdfTest {

    @TempDir
    Path dir;

    @Test
    void reportPdfIsNeitherComparedNorExtraButOtherFilesAre() throws Exception {
        Path checked = Files.createDirectories(dir.resolve("checked"));
        Path computed = Files.createDirectories(dir.resolve("computed"));
        Files.writeString(checked.resolve("summary.csv"), "a\n");
        Files.writeString(computed.resolve("summary.csv"), "a\n");
        Files.writeString(checked.resolve("report.pdf"), "%PDF- printed by one Chromium");
        assertThat(OutputComparison.of(checked, computed).identical()).isTrue();
        Files.writeString(computed.resolve("report.pdf"), "%PDF- printed by another");
        assertThat(OutputComparison.of(checked, computed).identical()).isTrue();
        // Only the top-level report.pdf: a file of that name elsewhere, or another PDF, is compared as always.
        Files.createDirectories(checked.resolve("sub"));
        Files.writeString(checked.resolve("sub/report.pdf"), "x");
        Files.writeString(checked.resolve("other.pdf"), "y");
        assertThat(OutputComparison.of(checked, computed).extra()).containsExactly("other.pdf", "sub/report.pdf");
    }
}
