package nl.impact.engine.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case of the one-way sensitivity (a parameter at an end of its band, the others at expected) in
 * which a formula divides by zero, though none of the three variants does: refused as the exact
 * engine refuses such a formula, with its place and the case, by validate too; never a crash or a
 * NaN in sensitivity.csv.
 */
class NonFiniteCaseTest {

    private static final String SCENARIO = "src/test/resources/sensitivity/division-by-zero-at-a-corner.yaml";

    @TempDir
    Path dir;

    @Test
    void aCaseDividingByZeroIsRefusedWithItsPlaceBeforeAnythingIsWritten() {
        String refused = "division-by-zero-at-a-corner.yaml:14:27: kernaanpakken.k.formulas.clienten.formula: "
                + "formula '10 / (a - b + 1)' is infinite in 2025 (a = 1, b = 2) with kernaanpakken.k.a at its min and "
                + "every other parameter at expected (the one-way sensitivity, sensitivity.csv)";
        Cli.Result validate = Cli.run("validate", SCENARIO);
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(2);
        assertThat(validate.err()).contains(refused);
        for (String command : new String[] {"run", "simulate"}) {
            Path out = dir.resolve(command);
            Cli.Result result = Cli.run(command, SCENARIO, "--out", out.toString());
            assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
            assertThat(result.err()).contains(refused).doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }
}
