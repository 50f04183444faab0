package nl.impact.cookbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;

/** A cookbook scenario with one text replaced, validated: for the located errors of a likely mistake. */
final class Edits {

    private Edits() {
    }

    /** The stderr of {@code impact validate} on the edited copy (as s.yaml in {@code dir}), which must exit 2. */
    static String refused(Path dir, Path scenario, String from, String to) throws IOException {
        String text = Files.readString(scenario);
        assertThat(text).contains(from);
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, text.replace(from, to));
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        return result.err();
    }
}
