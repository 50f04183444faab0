package nl.impact.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs impact in a JVM of its own, for what an in-process run cannot show: a process limit on file
 * size (the shell's {@code ulimit -f}, a write that really fails as on a full disk), a fail point
 * set by a system property, or a command that the old code would not end.
 */
public final class Child {

    /** How long a child may take; one still running then is killed and reported with exit code -1. */
    private static final long WAIT_SECONDS = 120;

    private Child() {
    }

    /**
     * @param logs where the child's stdout and stderr go
     * @param fileSizeBlocks the largest file the child may write, in the shell's blocks (512 or 1024
     *     bytes), or 0 for no limit
     * @param jvmOptions e.g. {@code -Dimpact.diskFullAt=...}
     */
    public static Cli.Result run(Path logs, int fileSizeBlocks, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (fileSizeBlocks > 0) {
            command.addAll(List.of("sh", "-c", "ulimit -f " + fileSizeBlocks + " && exec \"$@\"", "sh"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xshare:off", "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add("nl.impact.cli.Main");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(Files.createDirectories(logs), "child-", ".out");
        Path err = Files.createTempFile(logs, "child-", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code;
        if (process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            code = process.exitValue();
        } else {
            process.destroyForcibly().waitFor();
            code = -1;
        }
        return new Cli.Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
