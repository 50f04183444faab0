package nl.impact.report.excel;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens {@code workbook} in LibreOffice, which recalculates every formula on load (set in a
     * private profile, so the user's settings and running instances play no part), and saves it as
     * xlsx into {@code outDir}. Returns the saved file.
     */
    static Path recalculate(Path soffice, Path workbook, Path work) throws IOException, InterruptedException {
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
        ProcessBuilder builder = new ProcessBuilder(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nologo",
                "--convert-to", "xlsx", "--outdir", outDir.toString(), workbook.toString()))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile());
        builder.environment().put("HOME", work.toString());
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("soffice did not finish within 300 s");
        }
        Path result = outDir.resolve(workbook.getFileName());
        if (process.exitValue() != 0 || !Files.exists(result)) {
            fail("soffice failed (exit " + process.exitValue() + "): " + Files.readString(work.resolve("soffice.log")));
        }
        return result;
    }
}
