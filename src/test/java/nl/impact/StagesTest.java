package nl.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages of the README's layout import only the stages they build on, so each can be read and
 * tested without the ones above it: model (values) under calc (calculators, formulas, the compiled
 * plan), under scenario (reading, which validates against the calculators' parameters), under
 * engine, then monitor (whose forecast evaluates the plan again), report and cli.
 */
class StagesTest {

    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "model", Set.of(),
            "calc", Set.of("model"),
            "scenario", Set.of("model", "calc"),
            "engine", Set.of("model", "calc", "scenario"),
            "monitor", Set.of("model", "calc", "scenario", "engine"),
            "report", Set.of("model", "calc", "scenario", "engine", "monitor"),
            "cli", Set.of("model", "calc", "scenario", "engine", "monitor", "report"));

    /** A use of another stage: an import or a qualified name in code (comments are left out). */
    private static final Pattern USE = Pattern.compile("\\bnl\\.impact\\.([a-z]+)\\.[A-Za-z]");

    @Test
    void everyStageUsesOnlyTheStagesBelowIt() throws IOException {
        Path sources = Path.of("src/main/java/nl/impact");
        List<String> wrong = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(sources)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files++;
                String stage = sources.relativize(file).getName(0).toString();
                assertThat(MAY_USE).as("stage of %s", file).containsKey(stage);
                Matcher use = USE.matcher(withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
                while (use.find()) {
                    String other = use.group(1);
                    if (!other.equals(stage) && !MAY_USE.get(stage).contains(other)) {
                        wrong.add(file + " (" + stage + ") uses nl.impact." + other);
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aUseOfAHigherStageIsFound() {
        Matcher use = USE.matcher(withoutComments("""
                // nl.impact.report.Ignored in a comment
                /* and nl.impact.cli.Main in another */
                import nl.impact.engine.RunResult;
                """));
        assertThat(use.find()).isTrue();
        assertThat(use.group(1)).isEqualTo("engine");
        assertThat(use.find()).isFalse();
    }

    /** The text without its comments, so that a comment may name any class. */
    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
