package nl.impact.report.html;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.model.Printable;
import nl.impact.model.Scenario;
import nl.impact.report.excel.DocumentDate;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;

/**
 * report.pdf: report.html as the system's headless Chromium prints it on A4, with the page numbers
 * of the report's print style. Chromium is found before anything is computed ({@link #locate}):
 * {@code CHROME} when set, else the first of the usual names on the PATH. Chromium stamps the PDF
 * with the moment of printing; those two dates are set to the report's own date, so the same inputs
 * and the same Chromium give the same bytes.
 */
public final class ReportPdf {

    public static final String FILE = "report.pdf";

    /** The names Chromium goes by on the PATH, in the order they are tried. */
    static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    /** Long enough for a report of thousands of rows on a busy machine; a hung browser is then stopped. */
    private static final long TIMEOUT_SECONDS = 180;

    private static final Pattern PDF_DATE = Pattern.compile("/(CreationDate|ModDate) \\((D:[^)]*)\\)");

    private final Path chromium;

    private ReportPdf(Path chromium) {
        this.chromium = chromium;
    }

    /** The Chromium that prints report.pdf, or invalid input (exit 2) in one line saying what to install. */
    public static ReportPdf locate() throws InvalidInputException {
        return locate(System.getenv());
    }

    static ReportPdf locate(Map<String, String> environment) throws InvalidInputException {
        String named = environment.get("CHROME");
        if (named != null && !named.isBlank()) {
            Optional<Path> found = named.contains(File.separator) ? executable(Path.of(named))
                    : onPath(List.of(named), environment.get("PATH"));
            return new ReportPdf(found.orElseThrow(() -> missing("CHROME names no program that can be run: '"
                    + Printable.quote(named) + "'")));
        }
        return new ReportPdf(onPath(NAMES, environment.get("PATH")).orElseThrow(() -> missing(
                "none of " + String.join(", ", NAMES) + " is on the PATH; or set CHROME to the browser's path")));
    }

    private static InvalidInputException missing(String why) {
        return InvalidInputException.of(new Problem("--pdf", 0, 0, "", "report.pdf needs Chromium (install the "
                + "chromium package): " + why));
    }

    private static Optional<Path> onPath(List<String> names, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    Optional<Path> found = executable(Path.of(dir, name));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> executable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file) ? Optional.of(file.toAbsolutePath())
                : Optional.empty();
    }

    /** The browser that prints. */
    public Path chromium() {
        return chromium;
    }

    /**
     * Prints {@code directory}/report.html into {@code directory}/report.pdf, dated as the scenario's
     * documents are ({@link DocumentDate}). A browser that fails or hangs is an unexpected failure.
     */
    public void print(Path directory, Scenario scenario) throws IOException {
        Path html = directory.resolve(HtmlReport.FILE).toAbsolutePath();
        Path pdf = directory.resolve(FILE).toAbsolutePath();
        Path profile = Files.createTempDirectory("impact-chromium-");
        try {
            List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
                    html.toUri().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // The dates Chromium writes, in UTC, so that they have the one length that is replaced below.
            builder.environment().put("TZ", "UTC");
            Process process = builder.start();
            boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
                throw new IOException("Chromium (" + chromium + ") did not print report.pdf within " + TIMEOUT_SECONDS
                        + " seconds");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new IOException("Chromium (" + chromium + ") could not print report.pdf (exit code "
                        + process.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Chromium printed report.pdf", e);
        } finally {
            removeProfile(profile);
        }
        Files.write(pdf, dated(Files.readAllBytes(pdf), DocumentDate.of(scenario)));
    }

    /**
     * The PDF with its creation and modification dates set to {@code date}: only a date of the same
     * length is replaced, so every byte offset in the file stays right.
     */
    static byte[] dated(byte[] pdf, Instant date) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        String fixed = "D:" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(date)
                + "+00'00'";
        Matcher m = PDF_DATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = m.group(2).length() == fixed.length() ? fixed : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement("/" + m.group(1) + " (" + replacement + ")"));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Chromium's profile for this one print: a temporary directory impact made for it, removed whole.
     * What cannot be removed (a helper process of Chromium still writing) is left to the system's
     * cleaning of temporary files: the PDF is complete either way.
     */
    private static void removeProfile(Path profile) {
        try {
            Files.walkFileTree(profile, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    quietlyDelete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    quietlyDelete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Left behind in the temporary folder; see above.
        }
    }

    private static void quietlyDelete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left behind in the temporary folder; see removeProfile.
        }
    }
}
