package nl.impact.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every key a scenario may hold can be written in a path and read back as the same steps. */
class PathsTest {

    private static final List<String> KEYS = List.of("Zvw", "Zvw [NL]", "Zvw.NL", "a]b", "[0]", "say \"hi\"",
            "back\\slash", "x=y", " padded ", "two\nlines", "tab\there", "", "2025", "it's", "€ ùnïcode", "a b c");

    @Test
    void everyKeyRoundTripsThroughAPath() {
        for (String key : KEYS) {
            String path = Paths.index(Paths.child(Paths.child("domains", key), "amounts"), 3);
            assertThat(Paths.steps(path)).as(path).containsExactly("domains", key, "amounts", 3);
            assertThat(Paths.parent(Paths.parent(path))).as(path).isEqualTo(Paths.child("domains", key));
            assertThat(Paths.parent(Paths.child("domains", key))).as(path).isEqualTo("domains");
            assertThat(Paths.isBelow(path, Paths.child("domains", key))).as(path).isTrue();
            assertThat(Paths.of(Paths.steps(path))).isEqualTo(path);
        }
    }

    @Test
    void aKeyIsQuotedOnlyWhenItMustBe() {
        assertThat(Paths.child("domains", "Zvw")).isEqualTo("domains.Zvw");
        assertThat(Paths.child("domains", "Wet langdurige zorg")).isEqualTo("domains.Wet langdurige zorg");
        assertThat(Paths.child("domains", "Zvw [NL]")).isEqualTo("domains.\"Zvw [NL]\"");
        assertThat(Paths.child("domains", "Zvw.NL")).isEqualTo("domains.\"Zvw.NL\"");
        assertThat(Paths.child("domains", "say \"hi\"")).isEqualTo("domains.\"say \\\"hi\\\"\"");
        assertThat(Paths.child("domains", "two\nlines")).isEqualTo("domains.\"two\\nlines\"");
        assertThat(Paths.child("", "")).isEqualTo("\"\"");
        // An unneeded pair of quotes reads as the same key.
        assertThat(Paths.steps("domains.\"Zvw\".financier")).containsExactly("domains", "Zvw", "financier");
    }

    @Test
    void siblingsWithACommonPrefixAreNotBelowEachOther() {
        assertThat(Paths.isBelow("domains.\"Zvw.NL\"", "domains.Zvw")).isFalse();
        assertThat(Paths.isBelow("domains.\"Zvw [NL]\".law", "domains.\"Zvw [NL]\"")).isTrue();
        assertThat(Paths.isBelow("domains.Zvw2", "domains.Zvw")).isFalse();
    }

    @Test
    void malformedPathsHaveNoSteps() {
        for (String bad : List.of(".a", "a.", "a..b", "a[x]", "a[]", "a[0", "a[1234567890]", "a.\"b", "a.\"b\\x\"",
                "a.\"b\"c", "a]b", "a. b", "a.b ", "[0]", "a\"b", "a=b")) {
            assertThat(Paths.steps(bad)).as(bad).isNull();
        }
        assertThat(Paths.steps("")).isEmpty();
    }

    @Test
    void aPathOfAHundredThousandStepsIsReadWithoutRecursion() {
        String indexes = "a" + "[0]".repeat(100_000);
        assertThat(Paths.steps(indexes)).hasSize(100_001);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            keys.add("k");
        }
        assertThat(Paths.steps(String.join(".", keys))).hasSize(100_000);
    }
}
