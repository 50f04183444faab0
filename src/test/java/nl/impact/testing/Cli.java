package nl.impact.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.impact.cli.Main;

/** Runs the command line in-process, as a user would, and captures what it prints. */
public final class Cli {

    /** The exit code and what went to stdout and stderr. */
    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code impact run SCENARIO --out OUT}, which must succeed, and returns {@code out}. */
    public static Path runInto(Path scenario, Path out) {
        Result result = run("run", scenario.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return out;
    }
}
