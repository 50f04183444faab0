package nl.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.impact.scenario.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of a one-file output by themselves: an input is refused even where the file itself
 * would pass (empty, or opening like impact's own), and the file is replaced whole.
 */
class OutputFileTest {

    @TempDir
    Path dir;

    private static final OutputFile.Recogniser STARTS_WITH_IMPACT = head -> head.startsWith("impact ");

    @Test
    void anInputIsRefusedEvenWhenItLooksLikeImpactsOwn() throws IOException {
        Path table = Files.writeString(dir.resolve("table.csv"), "impact was here\n");
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        for (Path input : List.of(table, empty)) {
            OutputFile file = new OutputFile(input, "a report", STARTS_WITH_IMPACT);
            assertThatThrownBy(() -> file.write(List.of(input), "impact report\n"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(input + ": is the input " + input + "; impact only replaces a file it wrote itself: "
                            + "choose another file");
        }
        assertThat(table).hasContent("impact was here\n");
        assertThat(empty).isEmptyFile();
    }

    @Test
    void anEmptyFileOrOneOfItsOwnIsReplacedAndNothingElseStays() throws Exception {
        Path empty = Files.createFile(dir.resolve("a.txt"));
        new OutputFile(empty, "a report", STARTS_WITH_IMPACT).write(List.of(), "impact one\n");
        assertThat(empty).hasContent("impact one\n");
        new OutputFile(empty, "a report", STARTS_WITH_IMPACT).write(List.of(), "impact two\n");
        assertThat(empty).hasContent("impact two\n");
        Path other = Files.writeString(dir.resolve("b.txt"), "mine\n");
        assertThatThrownBy(() -> new OutputFile(other, "a report", STARTS_WITH_IMPACT).write(List.of(), "impact\n"))
                .hasMessageContaining("is a file that impact did not write (not a report)");
        assertThat(other).hasContent("mine\n");
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("a.txt", "b.txt");
        }
    }
}
