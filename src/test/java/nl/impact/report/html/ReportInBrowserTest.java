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
        ChromeDriver browser = new ChromeDriver(service, options);
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
