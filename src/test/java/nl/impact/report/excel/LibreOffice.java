package nl.impact.report.excel;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice headless, for tests that recompute a workbook with another spreadsheet engine than
 * POI's. Absent LibreOffice skips such a test, loudly, except in CI ({@code CI=true}), where it
 * fails: CI installs LibreOffice (.ci/run) and must never pass without the check.
 */
final class LibreOffice {

    private LibreOffice() {
    }

    /** The soffice executable, or the test is skipped (failed in CI). */
    static Path require() {
        Optional<Path> soffice = find();
        if (soffice.isEmpty()) {
            String why = "LibreOffice (soffice) is not on the PATH: the LibreOffice recomputation of the workbooks"
                    + " was NOT checked. Install libreoffice-calc-nogui (Debian) to run it.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true: " + why);
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        return soffice.get();
    }

    static Optional<Path> find() {
        return onPath("soffice");
    }

    /**
     * The {@code pdfinfo} and {@code pdftotext} of Poppler, which read a PDF's page count and text, or
     * the test is skipped (failed in CI, which installs poppler-utils).
     */
    static Path requirePoppler() {
        Optional<Path> pdfinfo = onPath("pdfinfo");
        if (pdfinfo.isEmpty() || onPath("pdftotext").isEmpty()) {
            String why = "pdfinfo and pdftotext (Poppler) are not on the PATH: the printed pages of the bijlagen were"
                    + " NOT counted. Install poppler-utils (Debian) to count them.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true: " + why);
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        return pdfinfo.get().getParent();
    }

    /** The number of pages of {@code pdf}, as pdfinfo (in {@code poppler}) reads it. */
    static int pages(Path poppler, Path pdf) throws IOException, InterruptedException {
        for (String line : run(poppler.resolve("pdfinfo").toString(), pdf.toString()).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring("Pages:".length()).strip());
            }
        }
        throw new AssertionError("pdfinfo gave no page count for " + pdf);
    }

    /** The text of page {@code page} of {@code pdf}, laid out as printed (pdftotext -layout). */
    static String text(Path poppler, Path pdf, int page) throws IOException, InterruptedException {
        return run(poppler.resolve("pdftotext").toString(), "-layout", "-enc", "UTF-8", "-f", Integer.toString(page),
                "-l", Integer.toString(page), pdf.toString(), "-");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens {@code workbook} in LibreOffice, which recalculates every formula on load (set in a
     * private profile, so the user's settings and running instances play no part), and saves it as
     * xlsx into {@code work/recalculated}. Returns the saved file.
     */
    static Path recalculate(Path soffice, Path workbook, Path work) throws IOException, InterruptedException {
        return saved(recalculate(soffice, List.of(workbook), work).get(0), work);
    }

    /**
     * Recalculates several workbooks as {@link #recalculate(Path, Path, Path)} does one, in one LibreOffice
     * process: starting one costs about as much as recalculating a small workbook. Returns where each is saved
     * into {@code work/recalculated}, in the order given; one that LibreOffice could not save is missing
     * there, and {@link #saved} fails with LibreOffice's log. The workbooks' file names must differ.
     */
    static List<Path> recalculate(Path soffice, List<Path> workbooks, Path work) throws IOException, InterruptedException {
        Path profile = work.resolve("profile");
        Path user = Files.createDirectories(profile.resolve("user"));
        // OOXMLRecalcMode 0: always recalculate an OOXML file on load, never trust its cached values.
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
        Path outDir = Files.createDirectories(work.resolve("recalculated"));
        return convert(soffice, profile, workbooks, List.of(), "xlsx", outDir, work);
    }

    /**
     * Prints workbooks to PDF as LibreOffice prints them (every sheet, its print area, page setup and
     * page breaks), all in one LibreOffice process, into {@code work/pdf}. Returns the PDFs, in the order
     * given; one LibreOffice could not write fails with its log. The workbooks' file names must differ.
     */
    static List<Path> printToPdf(Path soffice, List<Path> workbooks, Path work) throws IOException, InterruptedException {
        Path outDir = Files.createDirectories(work.resolve("pdf"));
        List<Path> printed = convert(soffice, work.resolve("profile"), workbooks, List.of(), "pdf", outDir, work);
        for (Path file : printed) {
            saved(file, work);
        }
        return printed;
    }

    /**
     * Opens CSV files as a user with a Dutch locale would (separator {@code ;}, text in double
     * quotes, UTF-8, language nl-NL, so a decimal comma makes a number) and saves each as xlsx into
     * {@code work/converted}, all in one LibreOffice process. Returns the saved files, in the order given.
     */
    static List<Path> openDutchCsv(Path soffice, List<Path> csvs, Path work) throws IOException, InterruptedException {
        Path outDir = Files.createDirectories(work.resolve("converted"));
        // CSV filter options: separator 59 (;), quote 34 ("), charset 76 (UTF-8), from line 1, default
        // column formats, language 1043 (nl-NL).
        List<Path> converted = convert(soffice, work.resolve("profile"), csvs, List.of("--infilter=CSV:59,34,76,1,,1043"),
                "xlsx", outDir, work);
        for (Path file : converted) {
            saved(file, work);
        }
        return converted;
    }

    /** {@code file}, which LibreOffice saved into a folder of {@code work}; fails with LibreOffice's log when it did not. */
    static Path saved(Path file, Path work) throws IOException {
        if (!Files.exists(file)) {
            fail("soffice did not save " + file.getFileName() + ": " + Files.readString(work.resolve("soffice.log")));
        }
        return file;
    }

    /** Converts every input to {@code format} in one soffice process; returns where each is saved, in the order given. */
    private static List<Path> convert(Path soffice, Path profile, List<Path> inputs, List<String> options, String format,
            Path outDir, Path work) throws IOException, InterruptedException {
        List<Path> results = inputs.stream()
                .map(f -> outDir.resolve(f.getFileName().toString().replaceAll("\\.[a-z]+$", "." + format))).toList();
        if (new HashSet<>(results).size() != results.size()) {
            fail("two inputs would be saved as one file: " + inputs);
        }
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nologo"));
        command.addAll(options);
        command.addAll(List.of("--convert-to", format, "--outdir", outDir.toString()));
        inputs.forEach(f -> command.add(f.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile());
        builder.environment().put("HOME", work.toString());
        Process process = builder.start();
        // A few seconds a file on a loaded machine, after LibreOffice's own start.
        long seconds = 300 + 60L * inputs.size();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("soffice did not finish within " + seconds + " s");
        }
        if (process.exitValue() != 0) {
            fail("soffice failed (exit " + process.exitValue() + "): " + Files.readString(work.resolve("soffice.log")));
        }
        return results;
    }
}
