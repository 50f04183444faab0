package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.impact.testing.Cli;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import nl.impact.testing.Tree;

/**
 * Runs the command line in-process on one fuzz case and checks what every answer must be, whatever
 * the input: an answer within a bound, an exit code the command documents (never 1), no stack trace
 * or Java class name on stdout or stderr, no raw control character in them or in any output file
 * (workbooks included), no line of a file that is no input ({@link #SECRET}, /etc/passwd) anywhere, every input in
 * the case's folder as it was, nothing written except into the output target, and nothing at all on
 * exit 2.
 */
final class Answers implements AutoCloseable {

    /** An answer within this bound is "within seconds" even on a loaded CI machine; no real case comes near. */
    private static final long TIMEOUT_SECONDS = 120;
    /** A control character or bidirectional override that a terminal or viewer would obey (newline and tab pass). */
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069&&[^\\n\\t]]");
    /** A character XML 1.0 forbids (a workbook holding one is damaged). */
    private static final Pattern XML_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
    /** A number as impact writes one into a CSV. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** A stack frame, a Java exception or error, or a package of Java or of a library. */
    private static final Pattern JAVA = Pattern.compile("\\tat |\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b"
            + "|\\b(java|javax|jdk|sun|org\\.apache|org\\.yaml|org\\.snakeyaml|com\\.fasterxml|picocli|nl\\.impact)\\.[a-zA-Z]"
            + "|bugzilla");

    /** What the files beside the inputs hold that are no input (a credential): never shown. */
    static final String SECRET = "geheim-4711";
    /** The first line of /etc/passwd, which a scenario may name as its table or workbook. */
    private static final String PASSWD = "root:x:0:0:";

    private ExecutorService executor = newExecutor();

    /**
     * Runs {@code args} on the case in {@code folder} and checks its answer.
     *
     * @param input what the case is, for a failure's message (the mutated text, the edits)
     * @param target the output directory or file the command may write, or null for none
     * @param exits the exit codes the command documents for this case
     */
    Cli.Result check(Path folder, String input, Path target, Set<Integer> exits, String... args) throws Exception {
        Map<String, String> before = Tree.checksums(folder, Answers::isInput);
        Future<Cli.Result> future = executor.submit(() -> Cli.run(args));
        Cli.Result result;
        try {
            result = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            return fail("no answer within %d s from %s on:%n%s", TIMEOUT_SECONDS, command(args), cut(input));
        }
        String what = "%s%non:%n%s%nstderr:%n%s".formatted(command(args), cut(input), cut(result.err()));
        assertThat(result.exitCode()).as("exit code of " + what).isIn(exits);
        assertThat(result.err()).as("stderr of " + what).doesNotContainPattern(JAVA);
        assertThat(result.out()).as("stdout of " + what).doesNotContainPattern(JAVA);
        assertThat(result.err()).as("stderr of " + what).doesNotContainPattern(RAW_CONTROL);
        assertThat(result.out()).as("stdout of " + what).doesNotContainPattern(RAW_CONTROL);
        assertThat(result.out() + result.err()).as("what %s shows", what).doesNotContain(SECRET, PASSWD);
        if (result.exitCode() == ExitCodes.INVALID_INPUT) {
            assertThat(result.out()).as("stdout on exit 2 of " + what).isEmpty();
        }
        Map<String, String> after = Tree.checksums(folder, Answers::isInput);
        for (Map.Entry<String, String> input1 : before.entrySet()) {
            assertThat(after.get(input1.getKey())).as("the input %s after %s", input1.getKey(), what)
                    .isEqualTo(input1.getValue());
        }
        Set<String> written = new HashSet<>(after.keySet());
        written.removeAll(before.keySet());
        String out = target == null || result.exitCode() == ExitCodes.INVALID_INPUT ? null
                : folder.relativize(target.toAbsolutePath().normalize()).toString();
        assertThat(written).as("files written by %s (exit %d)", what, result.exitCode())
                .allMatch(name -> out != null && (name.equals(out) || name.startsWith(out + "/") || out.startsWith(name + "/")));
        if (out != null) {
            for (String name : written) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    inert(file, what);
                }
            }
        }
        return result;
    }

    /**
     * An output holds no raw control character and nothing of a file that is no input: a text file
     * as it is (a gzipped one unpacked), a workbook in every part of it (its sheets, strings and
     * document properties).
     */
    private static void inert(Path file, String what) throws IOException {
        if (file.getFileName().toString().endsWith(".xlsx")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(xml).as("%s!%s after %s", file.getFileName(), entry.getName(), what)
                            .doesNotContainPattern(XML_CONTROL).doesNotContain(SECRET, PASSWD);
                }
            }
        } else {
            byte[] bytes;
            try (InputStream in = file.getFileName().toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
                bytes = in.readAllBytes();
            }
            // Every text output is UTF-8: a malformed byte fails here too.
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            assertThat(text).as("%s after %s", file.getFileName(), what).doesNotContainPattern(RAW_CONTROL)
                    .doesNotContain(SECRET, PASSWD);
            if (file.getFileName().toString().endsWith(".csv")) {
                noFormulas(text, file.getFileName() + " after " + what);
            }
        }
    }

    /**
     * No cell of the CSV text that a spreadsheet would read as a formula: every cell that starts with
     * {@code = + - @}, a tab or a carriage return is a plain number (report/CsvText guards the rest).
     */
    static void noFormulas(String csv, String what) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            for (CSVRecord record : parser) {
                for (String cell : record) {
                    assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
                            || PLAIN_NUMBER.matcher(cell).matches())
                            .as("the cell %s on line %d of %s", cut(cell), record.getRecordNumber(), what).isTrue();
                }
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Everything in a case's folder but git's own files, which git may rewrite as it reads. */
    private static boolean isInput(String name) {
        return !name.equals(".git") && !name.startsWith(".git/") && !name.contains("/.git/") && !name.endsWith("/.git");
    }

    static String command(String... args) {
        return "impact " + String.join(" ", Arrays.stream(args).map(Answers::cut).toList());
    }

    static String cut(String text) {
        String shown = text.length() > 3_000 ? text.substring(0, 3_000) + "... (" + text.length() + " characters)" : text;
        // A failure's message is read on a terminal too.
        return RAW_CONTROL.matcher(shown).replaceAll(m -> String.format("\\\\u%04X", (int) m.group().charAt(0)));
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }
}
