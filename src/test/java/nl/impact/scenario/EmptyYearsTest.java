package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import nl.impact.testing.Tree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty year ({@code ~}) in {@code years}: an optional one (effectsUntil) is one not given, a
 * required one (first, last) is missing; never an unexpected failure (found by HostileInputFuzzTest,
 * which ended in exit 1 on {@code effectsUntil: ~}).
 */
class EmptyYearsTest {

    private static final String YEARS = "years: {first: 2025, last: 2026, effectsUntil: 2027}";

    @TempDir
    Path dir;

    @Test
    void anEmptyEffectsUntilIsOneNotGivenSoEffectsEndWithLast() throws Exception {
        Path empty = Scenarios.write(dir, "empty.yaml",
                Scenarios.BASE.replace(YEARS, "years: {first: 2025, last: 2026, effectsUntil: ~}"));
        Path without = Scenarios.write(dir, "without.yaml",
                Scenarios.BASE.replace(YEARS, "years: {first: 2025, last: 2026}"));

        Cli.Result result = Cli.run("run", empty.toString(), "--out", dir.resolve("empty").toString());
        Cli.Result expected = Cli.run("run", without.toString(), "--out", dir.resolve("without").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(expected.exitCode()).as(expected.err()).isZero();
        // The same figures, year by year, as the plan without effectsUntil.
        assertThat(result.out()).isEqualTo(expected.out().replace("without", "empty"));
        assertThat(Tree.checksums(dir.resolve("empty"), name -> name.endsWith(".csv")))
                .isEqualTo(Tree.checksums(dir.resolve("without"), name -> name.endsWith(".csv")));
    }

    @Test
    void anEmptyFirstOrLastYearIsMissing() throws Exception {
        for (String years : new String[] {"years: {first: ~, last: 2026}", "years: {first: 2025, last: ~}"}) {
            Path file = Scenarios.write(dir, "s.yaml", Scenarios.BASE.replace(YEARS, years));

            Cli.Result result = Cli.run("validate", file.toString());

            assertThat(result.exitCode()).as(years).isEqualTo(2);
            assertThat(result.err()).as(years).contains("missing '").doesNotContain("unexpected");
        }
    }
}
