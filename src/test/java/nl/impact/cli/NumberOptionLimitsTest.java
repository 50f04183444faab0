package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number given on the command line passes the gate of every input number (at most 1e15, at most 20
 * decimals): found by HostileInputFuzzTest, {@code diff --tolerance 1e-999999999 --format json} and
 * {@code run --sensitivity-range 1e-999999999} ended in exit 1 with a Java message.
 */
class NumberOptionLimitsTest {

    @TempDir
    Path dir;

    private String plan() throws Exception {
        return Scenarios.write(dir, "plan.yaml", Scenarios.BASE).toString();
    }

    @Test
    void aToleranceBeyondTheLimitsIsRefusedInPlainWords() throws Exception {
        String plan = plan();
        for (String tolerance : List.of("1e-999999999", "1e999999999", "-1e999999999", "0.000000000000000000001")) {
            Cli.Result result = Cli.run("diff", plan, plan, "--format", "json", "--tolerance", tolerance);

            assertThat(result.exitCode()).as(tolerance + ": " + result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(result.err()).as(tolerance).contains("--tolerance")
                    .containsAnyOf("at most 20 decimals", "from -1e15 to 1e15").doesNotContain("Exception");
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void aToleranceWithinTheLimitsIsTaken() throws Exception {
        String plan = plan();
        Cli.Result result = Cli.run("diff", plan, plan, "--format", "json", "--tolerance", "0.00000000000000000001");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("\"tolerance\" : 0.00000000000000000001,", "\"resultsChanged\" : false");
    }

    @Test
    void aSensitivityRangeWithMoreDecimalsThanAnInputIsRefused() throws Exception {
        String plan = plan();
        for (String range : List.of("1e-999999999", "1e999999999", "0.000000000000000000001")) {
            Path out = dir.resolve("out");
            Cli.Result result = Cli.run("run", plan, "--sensitivity-range", range, "--out", out.toString());

            assertThat(result.exitCode()).as(range + ": " + result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(result.err()).as(range).contains("--sensitivity-range",
                    "expected a percentage above 0 and at most 100, such as 10, with at most 20 decimals")
                    .doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }
}
