package nl.impact.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * report.html in a real headless Chromium: it loads with no console error and no request but for
 * the file itself, shows its key figures equal to the CSV files without any script, and is saved
 * as a screenshot and an A4 PDF under target/ for a person to look at.
 */
class ReportInBrowserTest {

    private static final Path SCENARIO = Path.of("scenarios/pluswijken.yaml");

    @TempDir
    Path dir;

    @Test
    void reportLoadsOfflineWithoutErrorsAndShowsTheCsvFigures() throws Exception {
        Chromium.Installation chromium = Chromium.require();
        // With a simulation, so the page has every section impact run can give it.
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", SCENARIO.toString(), "--draws", "500", "--seed", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path report = out.resolve(HtmlReport.FILE).toAbsolutePath();
        String url = report.toUri().toString();

        ChromeDriver browser = browser(chromium, dir);
        try {
            // Reading a log empties it: what remains after get() is the report's alone, not the start page's.
            browser.manage().logs().get(LogType.PERFORMANCE);
            browser.manage().logs().get(LogType.BROWSER);
            browser.get(url);
            assertThat(browser.getTitle()).isEqualTo("Maatschappelijke business case: PlusWIJken Zuid-Limburg");

            // No script on the page: what the reader sees needs no JavaScript.
            assertThat(browser.findElements(By.tagName("script"))).isEmpty();
            // Five of the base case and its KPIs, the tornado of the run's sensitivity analysis and the
            // fan chart of its simulation.
            assertThat(browser.findElements(By.cssSelector("svg#tornado-svg"))).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("svg#onzekerheid-svg"))).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("svg"))).hasSize(9)
                    .allSatisfy(svg -> assertThat(svg.getRect().getWidth()).isGreaterThan(300));
            assertThat(browser.findElements(By.cssSelector("h2"))).extracting(WebElement::getText)
                    .contains("Kerncijfers per financier", "Baten per jaar", "Cumulatief netto resultaat",
                            "Baten per financier", "KPI's: bandbreedte en verwacht verloop", "Onzekerheid",
                            "Bronnen en aannames");

            checkKeyFigures(browser, out);
            checkSimulationFigures(browser, out);
            checkPerKernaanpak(browser, out);
            checkConclusions(browser, out);
            checkKpiProbabilities(browser, out);
            checkWhichBand(browser, out);
            checkEdition(browser);

            List<String> errors = new ArrayList<>();
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(entry.getLevel() + " " + entry.getMessage());
                }
            }
            assertThat(errors).as("console errors and warnings").isEmpty();
            assertThat(requestedUrls(browser)).as("network requests").containsOnly(url);

            Path target = Files.createDirectories(Path.of("target", "report-html"));
            Files.write(target.resolve("report-screenshot.png"), browser.getScreenshotAs(OutputType.BYTES));
            PrintOptions a4 = new PrintOptions();
            a4.setPageSize(new PageSize(29.7, 21.0));
            Pdf pdf = browser.print(a4);
            byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
            Files.write(target.resolve("report-a4.pdf"), bytes);
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(target.resolve("report-screenshot.png")).isNotEmptyFile();
        } finally {
            browser.quit();
        }
    }

    /** Headless Chromium through its chromedriver, with its browser and performance logs. */
    static ChromeDriver browser(Chromium.Installation chromium, Path dir) throws Exception {
        System.setProperty("webdriver.chrome.driver", chromium.driver().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1000,3000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile()).usingAnyFreePort().build();
        // Selenium warns that it has no DevTools bindings for this Chromium: the test uses none.
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
        return new ChromeDriver(service, options);
    }

    /** An area scenario's report: per gemeente and per gebied, each figure the sum of its CSV rows over the years. */
    @Test
    void areaScenarioShowsPerGemeenteAndPerGebiedAsTheCsvs() throws Exception {
        Chromium.Installation chromium = Chromium.require();
        Path out = dir.resolve("wijken");
        Cli.Result run = Cli.run("run", "scenarios/pluswijken-wijken.yaml", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        ChromeDriver browser = browser(chromium, dir);
        try {
            browser.get(out.resolve(HtmlReport.FILE).toAbsolutePath().toUri().toString());
            assertThat(browser.findElements(By.cssSelector("h2"))).extracting(WebElement::getText)
                    .contains("Per gemeente", "Per gebied", "Resultaat per kernaanpak");
            Map<String, BigDecimal> gemeenten = sums(out.resolve("gemeenten.csv"), "gemeente");
            Map<String, BigDecimal> areas = sums(out.resolve("areas.csv"), "area");
            List<WebElement> perGemeente = browser.findElements(By.cssSelector("#per-gemeente td[data-key]"));
            List<WebElement> perArea = browser.findElements(By.cssSelector("#per-gebied td[data-key]"));
            // 16 gemeenten and 6 pilot wijken plus the rest of each gemeente (22 areas), five figures each.
            assertThat(perGemeente).hasSize(16 * 5);
            assertThat(perArea).hasSize(Csv.read(out.resolve("areas.csv")).rows().stream()
                    .map(r -> r.get("area")).distinct().toList().size() * 5);
            for (WebElement cell : perGemeente) {
                assertSum(cell, gemeenten);
            }
            for (WebElement cell : perArea) {
                assertSum(cell, areas);
            }
        } finally {
            browser.quit();
        }
    }

    /** The key's CSV column summed over the years of its rows of financier total: equal to the cent. */
    private static void assertSum(WebElement cell, Map<String, BigDecimal> sums) {
        String key = cell.getAttribute("data-key");
        String[] parts = key.split("\\|");
        BigDecimal expected = sums.get(parts[1] + "|" + parts[3]);
        assertThat(expected).as(key).isNotNull();
        // The report rounds the exact sum once; the CSV rounds each year: they agree to a cent per year.
        assertThat(new BigDecimal(cell.getAttribute("data-value"))).as(key)
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));
        assertThat(cell.getText()).as(key).isEqualTo(dutchEuros(cell.getAttribute("data-value")));
    }

    /** Per row (by {@code keyColumn}) and figure column, the sum over the years of the rows of financier total. */
    private static Map<String, BigDecimal> sums(Path file, String keyColumn) throws Exception {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (CSVRecord row : Csv.read(file).rows()) {
            if (!row.get("financier").equals("total")) {
                continue;
            }
            for (String column : List.of("benefits_expected", "investments_expected", "net_expected", "net_min",
                    "net_max")) {
                sums.merge(row.get(keyColumn) + "|" + column, new BigDecimal(row.get(column)), BigDecimal::add);
            }
        }
        return sums;
    }

    /** Per kernaanpak: each cell is business-case-summary.csv's kernaanpak row. */
    private static void checkPerKernaanpak(ChromeDriver browser, Path out) throws Exception {
        Map<String, String> csv = summary(out);
        List<WebElement> cells = browser.findElements(By.cssSelector("#per-kernaanpak td[data-key]"));
        // Five kernaanpakken and the programme-wide lines, five figures each.
        assertThat(cells).hasSize(6 * 5);
        for (WebElement cell : cells) {
            String key = cell.getAttribute("data-key");
            assertThat(key).startsWith("business-case-summary|kernaanpak|");
            assertThat(cell.getAttribute("data-value")).as(key).isEqualTo(csv.get(key));
            assertThat(cell.getText()).as(key).isEqualTo(dutchEuros(csv.get(key)));
        }
        assertThat(browser.findElement(By.cssSelector(
                "td[data-key='business-case-summary|kernaanpak|doorbraakmethode|expected|benefits']")).getText())
                .isEqualTo("20.291.000");
    }

    /** One sentence per financier and for the plan, with the CSV's net and break-even year in it. */
    private static void checkConclusions(ChromeDriver browser, Path out) throws Exception {
        List<String> paragraphs = browser.findElements(By.cssSelector("#kerncijfers p")).stream()
                .map(WebElement::getText).toList();
        for (CSVRecord row : Csv.read(out.resolve("business-case-summary.csv")).rows()) {
            if (row.get("dimension").equals("kernaanpak") || !row.get("variant").equals("expected")) {
                continue;
            }
            String start = row.get("dimension").equals("total") ? "Het plan als geheel is"
                    : "Voor " + row.get("key") + " is het plan";
            String sentence = paragraphs.stream().filter(p -> p.startsWith(start)).findFirst().orElseThrow(
                    () -> new AssertionError("no conclusion starting '" + start + "' in " + paragraphs));
            BigDecimal net = new BigDecimal(row.get("net"));
            assertThat(sentence).contains((net.signum() > 0 ? "netto positief: " : "netto negatief: ")
                    + dutchEuros(row.get("net")) + " euro over 2025-2029");
            if (!row.get("break_even_year").isEmpty() && new BigDecimal(row.get("investments")).signum() != 0) {
                assertThat(sentence).contains("terugverdiend in " + row.get("break_even_year"));
            }
            assertThat(sentence).endsWith(".").doesNotContain("\n");
        }
        assertThat(paragraphs).contains("Het plan als geheel is bij verwacht effect netto positief: 34.287.612 euro "
                + "over 2025-2029, terugverdiend in 2025, en ook bij minimaal effect niet negatief (28.800.444 euro).");
    }

    /** Each KPI's probability below, within and above its band is simulation-kpis.csv's. */
    private static void checkKpiProbabilities(ChromeDriver browser, Path out) throws Exception {
        Map<String, String> csv = new HashMap<>();
        for (CSVRecord row : Csv.read(out.resolve("simulation-kpis.csv")).rows()) {
            for (String column : List.of("probability_below", "probability_within", "probability_above")) {
                csv.put("simulation-kpis|" + row.get("kpi") + "|" + row.get("year") + "|" + column, row.get(column));
            }
        }
        List<WebElement> cells = browser.findElements(By.cssSelector("#kpi-kansen td[data-key]"));
        assertThat(cells).hasSize(csv.size());
        for (WebElement cell : cells) {
            String key = cell.getAttribute("data-key");
            assertThat(cell.getAttribute("data-value")).as(key).isEqualTo(csv.get(key));
        }
        // The KPI the spelregels act on: Zvw-kosten below its band in 2029 in about three draws of four.
        BigDecimal below2029 = new BigDecimal(csv.get("simulation-kpis|kpi-5-zvw-kosten|2029|probability_below"));
        assertThat(below2029).isBetween(new BigDecimal("0.70"), new BigDecimal("0.82"));
        assertThat(browser.findElement(By.id("kpi-kansen")).getText()).contains("De grootste kans onder de band: "
                + "Reductie Zvw-kosten in 2029, " + Dutch.percent(below2029) + ".");
    }

    /** Which band to quote: min/max of business-case-summary.csv against P5/P95 of simulation.csv. */
    private static void checkWhichBand(ChromeDriver browser, Path out) throws Exception {
        Map<String, String> csv = summary(out);
        CSVRecord total = Csv.read(out.resolve("simulation.csv")).rows().stream()
                .filter(r -> r.get("level").equals("total") && r.get("measure").equals("net") && r.get("year").equals("all"))
                .findFirst().orElseThrow();
        String text = browser.findElement(By.id("onzekerheid")).getText();
        assertThat(text).contains("Welke band noemen? Het netto resultaat van het hele plan ligt tussen "
                + dutchEuros(csv.get("business-case-summary|total|total|min|net")) + " en "
                + dutchEuros(csv.get("business-case-summary|total|total|max|net")) + " euro bij minimaal en maximaal "
                + "effect, en tussen " + dutchEuros(total.get("p5")) + " en " + dutchEuros(total.get("p95"))
                + " euro van P5 tot P95.", "Noem de verwachte waarde");
    }

    /** Date, version and commit of the scenario: the file's last commit when it is unchanged in git. */
    private static void checkEdition(ChromeDriver browser) throws Exception {
        Process status = new ProcessBuilder("git", "status", "--porcelain", "--", SCENARIO.toString()).start();
        String changed = new String(status.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Process log = new ProcessBuilder("git", "log", "-1", "--format=%H %cs", "--", SCENARIO.toString()).start();
        String[] commit = new String(log.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .strip().split(" ");
        String version = browser.findElement(By.id("editie-versie")).getText();
        assertThat(version).isEqualTo("geen (het scenario noemt geen versie)");
        String shown = browser.findElement(By.id("editie-commit")).getText();
        String date = browser.findElement(By.id("editie-datum")).getText();
        if (status.waitFor() == 0 && log.waitFor() == 0 && changed.isBlank() && commit[0].length() == 40) {
            assertThat(shown).isEqualTo(commit[0].substring(0, 12) + " (pluswijken.yaml)");
            java.time.LocalDate day = java.time.LocalDate.parse(commit[1]);
            assertThat(date).isEqualTo(Dutch.date(day) + " (de datum van de laatste commit van het scenariobestand)");
        } else {
            assertThat(shown).startsWith("geen");
        }
    }

    private static Map<String, String> summary(Path out) throws Exception {
        Map<String, String> csv = new HashMap<>();
        for (CSVRecord row : Csv.read(out.resolve("business-case-summary.csv")).rows()) {
            for (String measure : List.of("benefits", "investments", "net")) {
                csv.put("business-case-summary|" + row.get("dimension") + "|" + row.get("key") + "|" + row.get("variant")
                        + "|" + measure, row.get(measure));
            }
        }
        return csv;
    }

    /** A CSV amount in whole euros as the report writes it: 20.291.000, -795.000. */
    static String dutchEuros(String value) {
        String text = String.format(Locale.ROOT, "%,d", new BigDecimal(value).setScale(0, RoundingMode.HALF_UP)
                .toBigIntegerExact()).replace(',', '.');
        return text.equals("-0") ? "0" : text;
    }

    /** Each figure of the uncertainty section in the DOM is simulation.csv's. */
    private static void checkSimulationFigures(ChromeDriver browser, Path out) throws Exception {
        Map<String, String> csv = new HashMap<>();
        for (CSVRecord row : Csv.read(out.resolve("simulation.csv")).rows()) {
            for (String column : List.of("p5", "p25", "p50", "p75", "p95", "mean", "sd", "probability_positive")) {
                csv.put(String.join("|", "simulation", row.get("level"), row.get("name"), row.get("measure"),
                        row.get("year"), column), row.get(column));
            }
        }
        List<WebElement> cells = browser.findElements(By.cssSelector("#onzekerheid td[data-key]"));
        assertThat(cells).hasSizeGreaterThan(5 * 8);
        for (WebElement cell : cells) {
            String key = cell.getAttribute("data-key");
            assertThat(csv.get(key)).as(key).isNotNull();
            assertThat(cell.getAttribute("data-value")).as(key).isEqualTo(csv.get(key));
        }
    }

    /** Each key figure in the DOM: its value equals the CSV's, its text is that value in whole euros, Dutch style. */
    private static void checkKeyFigures(ChromeDriver browser, Path out) throws Exception {
        Map<String, String> csv = new HashMap<>();
        for (CSVRecord row : Csv.read(out.resolve("business-case-summary.csv")).rows()) {
            for (String measure : List.of("benefits", "investments", "net")) {
                csv.put("business-case-summary|" + row.get("dimension") + "|" + row.get("key") + "|" + row.get("variant")
                        + "|" + measure, row.get(measure));
            }
        }
        List<WebElement> cells = browser.findElements(By.cssSelector("#kerncijfers td[data-key]"));
        assertThat(cells).hasSize(4 * 5);
        for (WebElement cell : cells) {
            String key = cell.getAttribute("data-key");
            String value = csv.get(key);
            assertThat(value).as(key).isNotNull();
            assertThat(cell.getAttribute("data-value")).as(key).isEqualTo(value);
            assertThat(cell.getText()).as(key).isEqualTo(String.format(Locale.ROOT, "%,d",
                    new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact()).replace(',', '.'));
        }
        WebElement total = browser.findElement(By.cssSelector("td[data-key='business-case-summary|total|total|expected|net']"));
        assertThat(total.getAttribute("data-value")).isEqualTo(csv.get("business-case-summary|total|total|expected|net"));
    }

    /** Every URL the page asked for, from the DevTools network events in Chromium's performance log. */
    private static List<String> requestedUrls(ChromeDriver browser) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            String requested = message.path("params").path("request").path("url").asText();
            String document = message.path("params").path("documentURL").asText();
            // chrome:// pages are the browser's own start page, which may still be loading: not the report's.
            boolean startPage = requested.startsWith("chrome://") || document.startsWith("chrome://");
            if (message.path("method").asText().equals("Network.requestWillBeSent") && !startPage) {
                urls.add(requested);
            }
        }
        assertThat(urls).as("the page itself was seen in the network log").isNotEmpty();
        return urls;
    }
}
