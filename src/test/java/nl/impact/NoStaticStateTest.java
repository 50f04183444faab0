package nl.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No stage hands state to another through a static field: what a run computes once (its result, its
 * sensitivity, its simulation) travels in values such as {@code report/RunOutputs}, never in a cache
 * a later stage reads (the sensitivity once did, keyed by the last result).
 */
class NoStaticStateTest {

    /** A static field that is not final: {@code static Type name;} or {@code static Type name = ...;}. */
    private static final Pattern STATIC_FIELD = Pattern.compile(
            "\\bstatic\\s+(?!final\\b)(?!class\\b|record\\b|enum\\b|interface\\b)[\\w.<>\\[\\]?, ]+?\\s+(\\w+)\\s*[=;]");

    @Test
    void noStaticFieldThatIsNotFinal() throws IOException {
        Path sources = Path.of("src/main/java/nl/impact");
        List<String> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(sources)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
                        .replaceAll("//[^\\n]*", "");
                Matcher field = STATIC_FIELD.matcher(code);
                while (field.find()) {
                    found.add(file + ": " + field.group().strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aStaticFieldThatIsNotFinalIsFound() {
        Matcher field = STATIC_FIELD.matcher("""
                private static final int LIMIT = 3;
                private static RunResult lastResult;
                static Map<String, List<Integer>> cache = new HashMap<>();
                public static List<Swing> of(RunResult result) {
                """);
        assertThat(field.find()).isTrue();
        assertThat(field.group(1)).isEqualTo("lastResult");
        assertThat(field.find()).isTrue();
        assertThat(field.group(1)).isEqualTo("cache");
        assertThat(field.find()).isFalse();
    }
}
