package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutator of the shipped scenarios and realisations: thousands of careless and hostile
 * variants (extreme numbers and years, formulas Excel cannot write, control characters, cut,
 * shuffled and duplicated lines, random bytes) go through {@code validate}, {@code run} and
 * {@code monitor} in-process. Every one must answer within a bound with exit 0 or 2, never a stack
 * trace, and write no output on exit 2. The seed is fixed, so a failure names its input and
 * repeats; the numbers of tries are tuned to keep the whole test within about a minute in CI.
 */
class HostileInputFuzzTest {

    private static final long SEED = 20261129L;
    /** Mutated scenarios validated (the cheapest path: read, check, compute). */
    private static final int VALIDATE_TRIES = 400;
    /** Mutated small scenarios also run into an output directory (workbooks included: the slowest path). */
    private static final int RUN_TRIES = 40;
    /** Mutated realisations files judged by monitor. */
    private static final int MONITOR_TRIES = 200;
    /** An answer within this bound is "within seconds" even on a loaded CI machine; no real case comes near. */
    private static final long TIMEOUT_SECONDS = 120;

    private static final List<Path> SHIPPED = List.of(Path.of("scenarios/pluswijken.yaml"),
            Path.of("scenarios/voorbeeldregio-valpreventie.yaml"), Path.of("scenarios/blauwe-zorg-maastricht.yaml"),
            Path.of("scenarios/buurtzorg-wijkverpleging.yaml"), Path.of("scenarios/regioplan-zuid-limburg.yaml"));
    private static final List<Path> REALISATIONS = List.of(Path.of("scenarios/pluswijken-realisations-2026.csv"),
            Path.of("scenarios/pluswijken-realisations-2027-twice-below.csv"));

    private static final String[] NUMBERS = {"0", "-1", "1e999999999", "-1e999999999", "1e-999999999", "2147483647",
        "-2147483648", "9223372036854775808", "99999999999999999999999", "0.000000000000000000000001", "1e15",
        "1e16", "NaN", ".inf", "-.inf", "0x1F", "1_000", "1,5", "\"12\"", "~", "[]", "{}", "1e2147483648"};
    private static final String[] FORMULAS = {"FACT(20)", "SIN(1)", "RANDOM()", "7 % 3", "\"tekst\"", "10^999999999",
        "SQRT(10^999999)", "ROUND(1, 999999999)", "(0-8)^0.5", "1/0", "0^-1", "(" .repeat(5_000) + "1" + ")".repeat(5_000),
        "1" + "+1".repeat(2_000), "CUMULATIVE(1+1)", "PREVIOUS()", "IF(1)", "MAX()", "x[1]", "a.b", "DT_NOW()",
        "0x10 * 2", "1e400 / 1e390", "(0.5^1000)^1000"};
    private static final String[] TEXTS = {"\u001b[31mrood\u001b[0m", "nul\u0000byte", "bel\u0007", "\u202Eomgekeerd",
        "=1+1", "@SUM(A1)", "x".repeat(5_000), "y".repeat(1_000), "\uFFFF", "tab\there", "regel\nnieuw"};
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[{, ])-?\\d+(\\.\\d+)?(?=[,}\\]\\s])");
    private static final Pattern FORMULA = Pattern.compile("\"[^\"\\n]*[*+/^-][^\"\\n]*\"");
    private static final Pattern TEXT = Pattern.compile("(name|source|assumption|description|financier|law|note): [^\\n{]+");

    private static ExecutorService executor;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @Test
    void mutatedScenariosAreValidOrInvalidNeverACrashOrAHang() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> sources = new ArrayList<>();
        for (Path p : SHIPPED) {
            sources.add(Files.readString(p));
        }
        int valid = 0;
        for (int i = 0; i < VALIDATE_TRIES; i++) {
            String text = mutate(sources.get(random.nextInt(sources.size())), random);
            Path file = write("validate-" + i + ".yaml", text);
            int code = answer(file, text, "validate", file.toString());
            valid += code == 0 ? 1 : 0;
            Files.delete(file);
        }
        // The mutations must not all be fatal: some must reach the computation.
        assertThat(valid).as("mutants that validate").isGreaterThan(VALIDATE_TRIES / 20);
    }

    @Test
    void whateverValidateAcceptsRunComputesAndAnInvalidRunWritesNothing() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int ran = 0;
        for (int i = 0; i < RUN_TRIES; i++) {
            String text = mutate(Scenarios.BASE, random);
            Path file = write("run-" + i + ".yaml", text);
            Path out = dir.resolve("out-" + i);
            int validate = answer(file, text, "validate", file.toString());
            int run = answer(file, text, "run", file.toString(), "--out", out.toString());
            assertThat(run).as("run after validate gave %d on%n%s", validate, text).isEqualTo(validate);
            assertThat(Files.exists(out)).as("an output directory after exit %d on%n%s", run, text).isEqualTo(run == 0);
            ran += run == 0 ? 1 : 0;
        }
        assertThat(ran).as("mutants that ran").isPositive();
    }

    @Test
    void mutatedRealisationsAreJudgedOrRefusedNeverACrashOrAHang() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        List<String> sources = new ArrayList<>();
        for (Path p : REALISATIONS) {
            sources.add(Files.readString(p));
        }
        for (int i = 0; i < MONITOR_TRIES; i++) {
            String text = mutate(sources.get(random.nextInt(sources.size())), random);
            boolean excel = random.nextInt(20) == 0;
            Path file = write("realisations-" + i + (excel ? ".xlsx" : ".csv"), text);
            if (random.nextInt(10) == 0) {
                byte[] junk = new byte[random.nextInt(2_000)];
                random.nextBytes(junk);
                Files.write(file, junk);
            }
            Path out = dir.resolve("monitor-" + i);
            int code = answer(file, text, "monitor", SHIPPED.get(0).toString(), file.toString(), "--out", out.toString());
            assertThat(code).as("monitor on%n%s", text).isIn(0, 2, 4);
            assertThat(Files.exists(out)).as("an output directory after exit %d on%n%s", code, text).isEqualTo(code != 2);
        }
    }

    /** Runs the command line with a time bound; exit 0 or 2 (4 for monitor), and no stack trace. */
    private static int answer(Path file, String text, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Future<Integer> future = executor.submit(() -> Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args));
        int code;
        try {
            code = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.shutdownNow();
            executor = Executors.newSingleThreadExecutor();
            return fail("no answer within " + TIMEOUT_SECONDS + " s from " + String.join(" ", args) + " on " + file
                    + ":\n" + cut(text));
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as("%s on %s:%n%s%n%s", String.join(" ", args), file, cut(text), stderr).isIn(0, 2, 4);
        assertThat(stderr).as("%s on %s:%n%s", args[0], file, cut(text)).doesNotContain("\tat ")
                .doesNotContain("unexpected failure").doesNotContain("\u001b");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\u001b");
        return code;
    }

    private static Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** One to three random mutations of the text. */
    static String mutate(String text, SplittableRandom random) {
        String result = text;
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times; i++) {
            result = switch (random.nextInt(9)) {
                case 0, 1 -> replaceOne(result, NUMBER, NUMBERS[random.nextInt(NUMBERS.length)], random);
                case 2 -> replaceOne(result, FORMULA, "\"" + FORMULAS[random.nextInt(FORMULAS.length)]
                        .replace("\"", "\\\"") + "\"", random);
                case 3 -> replaceOne(result, TEXT, "name: \"" + escape(TEXTS[random.nextInt(TEXTS.length)]) + "\"", random);
                case 4 -> lines(result, random, "delete");
                case 5 -> lines(result, random, "duplicate");
                case 6 -> lines(result, random, "swap");
                case 7 -> result.substring(0, random.nextInt(result.length() + 1));
                default -> {
                    int at = random.nextInt(result.length() + 1);
                    yield result.substring(0, at) + (char) random.nextInt(0x80) + result.substring(at);
                }
            };
        }
        return result;
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.toString().replace("\"", "\\\"");
    }

    private static String replaceOne(String text, Pattern pattern, String replacement, SplittableRandom random) {
        Matcher m = pattern.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] at = found.get(random.nextInt(found.size()));
        return text.substring(0, at[0]) + replacement + text.substring(at[1]);
    }

    private static String lines(String text, SplittableRandom random, String how) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (how) {
            case "delete" -> lines.remove(a);
            case "duplicate" -> lines.add(b, lines.get(a));
            default -> {
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
            }
        }
        return String.join("\n", lines);
    }

    private static String cut(String text) {
        return text.length() > 4_000 ? text.substring(0, 4_000) + "..." : text;
    }
}
