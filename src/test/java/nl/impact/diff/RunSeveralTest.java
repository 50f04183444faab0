package nl.impact.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact run A.yaml B.yaml}: each into DIR/<name>; all validated before anything is written. */
class RunSeveralTest {

    private static final Path BASE = Path.of("src/test/resources/diff/base.yaml");

    @TempDir
    Path dir;

    @Test
    void eachScenarioGetsItsOwnDirectory() throws Exception {
        Path other = Files.copy(Path.of("src/test/resources/diff/new.yaml"), dir.resolve("other.yaml"));
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", BASE.toString(), other.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("== " + BASE + " ==", "== " + other + " ==");
        assertThat(Files.readString(out.resolve("base/business-case-summary.csv")))
                .isNotEqualTo(Files.readString(out.resolve("other/business-case-summary.csv")));
        // The same outputs as a run of the one scenario.
        Path single = Cli.runInto(other, dir.resolve("single"));
        assertThat(Files.mismatch(single.resolve("business-case-summary.csv"),
                out.resolve("other/business-case-summary.csv"))).isEqualTo(-1L);
        Cli.Result check = Cli.run("run", BASE.toString(), other.toString(), "--check", out.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err()).contains("Outputs in " + out.resolve("base") + " are up to date.");
    }

    @Test
    void oneInvalidScenarioMeansNothingIsWritten() throws Exception {
        Path bad = Scenarios.write(dir, "bad.yaml", "name: Bad\nyears: {first: 2025}\n");
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", BASE.toString(), bad.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":");
        assertThat(out).doesNotExist();
        Cli.Result same = Cli.run("run", BASE.toString(), BASE.toString(), "--out", out.toString());
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("has the same name as");
    }
}
