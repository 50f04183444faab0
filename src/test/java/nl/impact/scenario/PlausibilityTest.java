package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Likely mistakes: an expected value outside its band (an error), a number that looks like a Dutch
 * thousands separator (a warning; --strict makes it an error), a decimal comma (an error that says
 * what to write).
 */
class PlausibilityTest {

    static final String SCENARIO = """
            name: plausibility
            years: {first: 2025, last: 2026}
            domains:
              Zvw: {financier: zorgverzekeraar}
            kernaanpakken:
              k:
                calculator: formules
                deelnemers:
                  kind: count
                  min: 3000
                  max: 6.000
                  assumption: participants
                effects:
                  - name: e
                    per: deelnemers
                    timing: direct
                    amounts:
                      Zvw:
                        value: 1.918
                        source: test
            """;

    @TempDir
    Path dir;

    @Test
    void aThousandsLookingNumberIsALocatedWarningThatKeepsTheExitCode() throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", SCENARIO);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("warning: " + file + ":11:12: kernaanpakken.k.deelnemers.max: '6.000' is read "
                + "as 6 (a '.' is a decimal point, never a thousands separator): if you meant 6000, write 6000; if you "
                + "meant 6, write 6 or 6.0");
        // 1.918 stands alone in its parameter, and is warned about all the same: 1918 people is as likely.
        assertThat(result.err()).contains("warning: " + file + ":19:20: kernaanpakken.k.effects[0].amounts.Zvw.value: "
                + "'1.918' is read as 1.918 (a '.' is a decimal point, never a thousands separator): if you meant "
                + "1918, write 1918; if you meant 1.918, write 1.9180");
        // run warns the same way and still writes its outputs.
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: " + file + ":11:12: kernaanpakken.k.deelnemers.max: '6.000'");
        assertThat(Files.exists(out.resolve("effects.csv"))).isTrue();
    }

    @Test
    void strictTurnsWarningsIntoErrorsAndWritesNothing() throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", SCENARIO);
        Cli.Result validate = Cli.run("validate", "--strict", file.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("error: " + file + ":11:12: kernaanpakken.k.deelnemers.max: '6.000' is read as 6");
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", "--strict", file.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
        // Without the suspect numbers --strict has nothing to object to.
        Path fixed = Scenarios.write(dir, "t.yaml", SCENARIO.replace("max: 6.000", "max: 6000")
                .replace("value: 1.918", "value: 1.9180"));
        Cli.Result ok = Cli.run("validate", "--strict", fixed.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.err()).isEmpty();
    }

    @Test
    void anExpectedValueOutsideItsBandIsAnError() throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", SCENARIO.replace("max: 6.000", "expected: 7000\n      max: 6000"));
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(file + ":11:17: kernaanpakken.k.deelnemers.expected: expected 7000 lies "
                + "outside its band (min 3000, max 6000)");
        // min is the minimal-effect scenario, not the smaller number: a reversed band is fine.
        Path reversed = Scenarios.write(dir, "r.yaml", SCENARIO.replace("min: 3000", "min: 9000")
                .replace("max: 6.000", "expected: 7000\n      max: 6000"));
        assertThat(Cli.run("validate", reversed.toString()).exitCode()).isZero();
    }

    @Test
    void aDecimalCommaAsksForADecimalPoint() throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", SCENARIO.replace("value: 1.918", "value: 135,5"));
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(file + ":19:20: kernaanpakken.k.effects[0].amounts.Zvw.value: expected a "
                + "number, got text '135,5': use a decimal point (135.5) and no thousands separator");
    }
}
