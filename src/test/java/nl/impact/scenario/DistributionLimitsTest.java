package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever {@code validate} accepts, {@code simulate} computes: a distribution whose draws could be
 * infinite or beyond the limit on magnitudes, or whose shape makes a draw take milliseconds or fail
 * to converge, is refused when the scenario is read, at its place, with exit 2.
 */
class DistributionLimitsTest {

    private static final String WMO = "{min: 10, expected: 20, max: 60, distribution: triangular, assumption: test}";

    @TempDir
    Path dir;

    private Path scenario(String distribution) throws IOException {
        String base = Files.readString(Path.of("src/test/resources/simulation/triangular-sum.yaml"));
        assertThat(base).contains(WMO);
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, base.replace(WMO, "{min: 10, expected: 20, max: 60, distribution: " + distribution
                + ", assumption: test}"), StandardCharsets.UTF_8);
        return file;
    }

    private void refused(String distribution, String problem) throws IOException {
        Path file = scenario(distribution);
        Cli.Result validate = Cli.run("validate", file.toString());
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo("error: " + file + ":" + problem + "\n1 problem found.\n");
        Path out = dir.resolve("out");
        Cli.Result simulate = Cli.run("simulate", file.toString(), "--draws", "100", "--out", out.toString());
        assertThat(simulate.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void anUntruncatedDistributionMustKeepEveryDrawWithinTheLimitOnMagnitudes() throws IOException {
        // exp(1000 x 8.2): infinite.
        refused("{type: lognormal, sigma: 1000, truncate: false}", "18:49: kernaanpakken.k.effects[0].amounts.Wmo"
                + ".distribution: lognormal(sigma=1000, untruncated) around 20 draws values as far as infinity in 2025, "
                + "beyond -1e15 to 1e15 (the limit on magnitudes); truncate it to the band (the default) or narrow it");
        // 20 x exp(4 x 8.2095): 3.65e15.
        refused("{type: lognormal, sigma: 4, truncate: false}", "18:49: kernaanpakken.k.effects[0].amounts.Wmo"
                + ".distribution: lognormal(sigma=4, untruncated) around 20 draws values as far as 3.65136e15 in 2025, "
                + "beyond -1e15 to 1e15 (the limit on magnitudes); truncate it to the band (the default) or narrow it");
        // 20 + 8.2095 x 2e14.
        refused("{type: normal, sd: 200000000000000, truncate: false}", "18:49: kernaanpakken.k.effects[0].amounts.Wmo"
                + ".distribution: normal(sd=200000000000000, untruncated) around 20 draws values as far as 1.64191e15 "
                + "in 2025, beyond -1e15 to 1e15 (the limit on magnitudes); truncate it to the band (the default) or "
                + "narrow it");
    }

    @Test
    void shapesLieWithinTheirLimits() throws IOException {
        refused("{type: gamma, shape: 100000}", "18:84: kernaanpakken.k.effects[0].amounts.Wmo.distribution.shape: "
                + "expected a shape from 0.01 to 10000 (the limit on shapes), got 100000");
        refused("{type: beta, alpha: 0.001, beta: 2}", "18:83: kernaanpakken.k.effects[0].amounts.Wmo.distribution.alpha: "
                + "expected a shape from 0.01 to 10000 (the limit on shapes), got 0.001");
    }

    /** Within the limits an untruncated distribution is accepted and simulated. */
    @Test
    void whatValidateAcceptsSimulateComputes() throws IOException {
        for (String distribution : new String[] {"{type: lognormal, sigma: 3, truncate: false}",
            "{type: normal, sd: 100000000000000, truncate: false}", "{type: gamma, shape: 0.01, truncate: false}",
            "{type: gamma, shape: 10000, truncate: false}", "{type: beta, alpha: 0.01, beta: 10000}"}) {
            Path file = scenario(distribution);
            assertThat(Cli.run("validate", file.toString()).exitCode()).as(distribution).isZero();
            Path out = dir.resolve("out");
            Cli.Result simulate = Cli.run("simulate", file.toString(), "--draws", "2000", "--out", out.toString());
            assertThat(simulate.exitCode()).as(distribution + ": " + simulate.err()).isZero();
            assertThat(Files.readString(out.resolve("simulation.csv"))).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }
}
