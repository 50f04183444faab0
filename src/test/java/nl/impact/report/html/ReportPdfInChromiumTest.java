package nl.impact.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact run --pdf} and {@code impact simulate --pdf}: report.pdf printed by the system's
 * Chromium, its text (read with pdftotext) holding the CSVs' figures and a page number on every page,
 * the same bytes for the same inputs; and without Chromium, exit 2 and nothing written.
 */
class ReportPdfInChromiumTest {

    private static final Path SCENARIO = Path.of("scenarios/pluswijken.yaml");

    @TempDir
    Path dir;

    @Test
    void runAndSimulateWriteAReportPdfWithTheCsvFigures() throws Exception {
        Chromium.require();
        Poppler.require();
        Path out = dir.resolve("run");
        Cli.Result run = Cli.run("run", SCENARIO.toString(), "--draws", "500", "--seed", "2", "--pdf", "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path pdf = out.resolve(ReportPdf.FILE);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.ISO_8859_1));
        String text = Poppler.text(pdf);
        int pages = Poppler.pages(pdf);
        // What was looked at by eye (pdftoppm -r 50): 13 pages for PlusWIJken with draws.
        assertThat(pages).isBetween(8, 20);
        String[] printed = text.split("\f");
        for (int p = 1; p <= pages; p++) {
            assertThat(printed[p - 1]).as("page " + p).contains("pagina " + p + " van " + pages);
        }
        assertThat(text).contains("Maatschappelijke business case: PlusWIJken Zuid-Limburg", "Kerncijfers per financier",
                "Resultaat per kernaanpak", "KPI's: kans onder de band", "Welke band noemen?");
        // Every expected figure of business-case-summary.csv (financiers, kernaanpakken and the total) is printed.
        for (CSVRecord row : Csv.read(out.resolve("business-case-summary.csv")).rows()) {
            if (row.get("variant").equals("expected")) {
                for (String measure : List.of("benefits", "investments", "net")) {
                    assertThat(text).as(row.get("key") + " " + measure)
                            .contains(ReportInBrowserTest.dutchEuros(row.get(measure)));
                }
            }
        }
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Het plan als geheel is bij verwacht effect netto positief: 34.287.612 euro over "
                + "2025-2029, terugverdiend in 2025");
        // The probability the spelregels act on, as simulation-kpis.csv has it.
        CSVRecord kpi5 = Csv.read(out.resolve("simulation-kpis.csv")).rows().stream()
                .filter(r -> r.get("kpi").equals("kpi-5-zvw-kosten") && r.get("year").equals("2029")).findFirst()
                .orElseThrow();
        assertThat(flat).contains("De grootste kans onder de band: Reductie Zvw-kosten in 2029, "
                + Dutch.percent(new BigDecimal(kpi5.get("probability_below"))) + ".");

        // The same inputs, the same bytes: Chromium's own printing dates are replaced by the report's date.
        Path again = dir.resolve("again");
        assertThat(Cli.run("run", SCENARIO.toString(), "--draws", "500", "--seed", "2", "--pdf", "--out",
                again.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(again.resolve(ReportPdf.FILE))).isEqualTo(Files.readAllBytes(pdf));
        // --check leaves report.pdf out: it depends on the Chromium and fonts that printed it, not only on the inputs.
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F'});
        for (List<String> pdfOption : List.<List<String>>of(List.of(), List.of("--pdf"))) {
            List<String> args = new ArrayList<>(List.of("run", SCENARIO.toString(), "--draws", "500", "--seed", "2",
                    "--check", out.toString()));
            args.addAll(pdfOption);
            Cli.Result check = Cli.run(args.toArray(String[]::new));
            assertThat(check.exitCode()).as(check.err()).isZero();
        }

        Path simulated = dir.resolve("simulate");
        Cli.Result simulate = Cli.run("simulate", SCENARIO.toString(), "--draws", "300", "--seed", "3", "--pdf", "--out",
                simulated.toString());
        assertThat(simulate.exitCode()).as(simulate.err()).isZero();
        String simulatedText = Poppler.text(simulated.resolve(ReportPdf.FILE)).replaceAll("\\s+", " ");
        CSVRecord total = Csv.read(simulated.resolve("simulation.csv")).rows().stream()
                .filter(r -> r.get("level").equals("total") && r.get("measure").equals("net") && r.get("year").equals("all"))
                .findFirst().orElseThrow();
        assertThat(simulatedText).contains("Onzekerheid", "300 trekkingen", "en tussen "
                + ReportInBrowserTest.dutchEuros(total.get("p5")) + " en " + ReportInBrowserTest.dutchEuros(total.get("p95"))
                + " euro van P5 tot P95");
    }

    @Test
    void withoutChromiumRunAndSimulateSayWhatToInstallAndWriteNothing() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result named = child(Map.of("CHROME", dir.resolve("no-chromium").toString()), "run", SCENARIO.toString(),
                "--pdf", "--out", out.toString());
        assertThat(named.exitCode()).as(named.err()).isEqualTo(2);
        assertThat(named.err()).isEqualTo("error: --pdf: report.pdf needs Chromium (install the chromium package): CHROME "
                + "names no program that can be run: '" + dir.resolve("no-chromium") + "'\n1 problem found.\n");
        assertThat(named.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).as("nothing written beside it either")
                .containsOnly("logs");

        Path empty = Files.createDirectories(dir.resolve("empty-path"));
        Cli.Result simulate = child(Map.of("PATH", empty.toString()), "simulate", SCENARIO.toString(), "--draws", "100",
                "--pdf", "--out", out.toString());
        assertThat(simulate.exitCode()).as(simulate.err()).isEqualTo(2);
        assertThat(simulate.err()).startsWith("error: --pdf: report.pdf needs Chromium (install the chromium package): "
                + "none of chromium, chromium-browser, google-chrome, google-chrome-stable is on the PATH");
        assertThat(out).doesNotExist();
    }

    /** impact in a JVM of its own with {@code environment} changed (CHROME, PATH): an in-process run cannot set it. */
    private Cli.Result child(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xshare:off", "-cp", System.getProperty("java.class.path"), "nl.impact.cli.Main"));
        command.addAll(List.of(args));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Path stdout = logs.resolve("out.txt");
        Path stderr = logs.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().remove("CHROME");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("impact did not end within 120 seconds");
        }
        return new Cli.Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
