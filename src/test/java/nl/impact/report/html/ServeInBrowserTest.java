package nl.impact.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import nl.impact.report.serve.LiveServer;
import nl.impact.scenario.InputFolders;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.GeneratedAreaScenario;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The page of {@code impact serve} in a real headless Chromium: moving Welzijn op Recept's clients
 * per fte from 135 to 120 shows the net per financier of {@code impact run --set
 * kernaanpakken.welzijn-op-recept.clientenPerFte.value=120} to the cent, lists the change with
 * provenance {@code override} and its {@code --set} option, then the tornado of the changed scenario;
 * in the max view a band's max moves and the max figures follow; taking the changes away brings back the figures and the tornado of the file. No console error.
 */
class ServeInBrowserTest {

    private static final Path SCENARIO = Path.of("scenarios/pluswijken.yaml");
    private static final String PATH = "kernaanpakken.welzijn-op-recept.clientenPerFte";
    private static final String SET = PATH + ".value=120";
    /** An input with a min/max band: 150, 300 and 450 in the file. */
    /** What the tornado of the changed scenario says of itself. */
    private static final String CHANGED_TORNADO = "Deze gevoeligheid hoort bij het scenario met de wijzigingen";
    private static final String BANDED = "kernaanpakken.kernteam-ouderen.effects[0].amounts.Zvw";

    @TempDir
    Path dir;

    @Test
    void movingClientsPerFteTo120ShowsTheNetOfRunWithSet() throws Exception {
        Chromium.Installation chromium = Chromium.require();
        Map<String, String> file = csvNets(List.of());
        Map<String, String> set = csvNets(List.of(SET));
        assertThat(set).hasSize(9).isNotEqualTo(file);

        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            ChromeDriver browser = chromium(chromium);
            try {
                browser.get(server.uri().toString());
                assertThat(browser.getTitle()).isEqualTo("Live: PlusWIJken Zuid-Limburg");
                until(browser, b -> !b.findElement(By.id("no-changes")).getAttribute("class").contains("hidden")
                        && pageNets(b).equals(file));
                assertThat(tornadoText(browser)).contains("Gevoeligheid").doesNotContain(CHANGED_TORNADO);

                WebElement control = browser.findElement(By.cssSelector(".control[data-path='" + PATH + "']"));
                WebElement field = control.findElement(By.cssSelector("input[type=number]"));
                assertThat(field.getAttribute("value")).isEqualTo("135");
                // As a person types: the field's value set and its input event fired, as a keystroke does.
                browser.executeScript("arguments[0].value = '120';"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field);
                until(browser, b -> b.findElements(By.cssSelector("#changes li")).size() == 1 && pageNets(b).equals(set));
                assertThat(pageNets(browser)).isEqualTo(set);
                String listed = browser.findElement(By.cssSelector("#changes li")).getText();
                assertThat(listed).contains("Welzijn op Recept").contains("120").contains("override");
                assertThat(browser.findElement(By.id("sets")).getAttribute("value")).isEqualTo("--set '" + SET + "'");
                // The tornado follows the figures: that of the changed scenario, its note gone once it is there.
                until(browser, b -> tornadoText(b).contains(CHANGED_TORNADO)
                        && !b.findElement(By.id("tornado-note")).isDisplayed());

                // A second change: the page shows figures of the same shape, so it gets their cells and
                // the charts that changed, and puts them in place.
                Map<String, String> other = csvNets(List.of(PATH + ".value=125"));
                assertThat(other).isNotEqualTo(set);
                browser.executeScript("arguments[0].value = '125';"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field);
                until(browser, b -> pageNets(b).equals(other));
                browser.executeScript("arguments[0].value = '120';"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field);
                until(browser, b -> pageNets(b).equals(set));

                // The variant: the controls show its values (a band's bound), the key figures its table.
                WebElement banded = browser.findElement(By.cssSelector(".control[data-path='" + BANDED
                        + "'] input[type=number]"));
                assertThat(banded.getAttribute("value")).isEqualTo("300");
                assertThat(visibleVariantTable(browser)).isEqualTo("kerncijfers-variant-tabel-2");
                browser.findElement(By.cssSelector("#variant input[value=min]")).click();
                assertThat(banded.getAttribute("value")).isEqualTo("150");
                assertThat(banded.isEnabled()).as("the min view moves the band's min").isTrue();
                assertThat(field.getAttribute("value")).as("no band: the change holds in every variant").isEqualTo("120");
                assertThat(field.isEnabled()).isTrue();
                assertThat(visibleVariantTable(browser)).isEqualTo("kerncijfers-variant-tabel-1");
                assertThat(browser.findElement(By.cssSelector("#kerncijfers-variant-tabel-1 td[data-key="
                        + "'business-case-summary|total|total|min|net']")).getAttribute("data-value"))
                        .isEqualTo(totalNet("min", List.of(SET)));
                browser.findElement(By.cssSelector("#variant input[value=max]")).click();
                assertThat(banded.getAttribute("value")).isEqualTo("450");
                assertThat(visibleVariantTable(browser)).isEqualTo("kerncijfers-variant-tabel-3");

                // In the max view a move sets the band's max; the expected value and the min stay.
                assertThat(banded.isEnabled()).isTrue();
                String band = BANDED + "={min: 150, expected: 300, max: 600}";
                Map<String, String> wider = csvNets(List.of(SET, band));
                assertThat(wider.get("zorgverzekeraar|max")).isNotEqualTo(set.get("zorgverzekeraar|max"));
                assertThat(wider.get("zorgverzekeraar|expected")).isEqualTo(set.get("zorgverzekeraar|expected"));
                browser.executeScript("arguments[0].value = '600';"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", banded);
                until(browser, b -> b.findElements(By.cssSelector("#changes li")).size() == 2 && pageNets(b).equals(wider));
                assertThat(browser.findElement(By.id("sets")).getAttribute("value"))
                        .isEqualTo("--set '" + SET + "' \\\n--set '" + band + "'");
                assertThat(browser.findElement(By.cssSelector("#changes li[data-path='" + BANDED + "']")).getText())
                        .contains("max: 600").contains("override");
                // A max below the expected value is refused as validate refuses it; the last state stays.
                browser.executeScript("arguments[0].value = '250';"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", banded);
                until(browser, b -> b.findElement(By.id("problems")).getText().contains("outside its band"));
                assertThat(pageNets(browser)).isEqualTo(wider);

                browser.findElement(By.cssSelector("#variant input[value=expected]")).click();
                assertThat(banded.getAttribute("value")).isEqualTo("300");
                assertThat(banded.isEnabled()).isTrue();
                assertThat(field.getAttribute("value")).as("the change, in the expected variant").isEqualTo("120");
                // The band's change is taken away as any other.
                browser.findElement(By.cssSelector("#changes li[data-path='" + BANDED + "'] button")).click();
                until(browser, b -> b.findElements(By.cssSelector("#changes li")).size() == 1 && pageNets(b).equals(set));

                browser.findElement(By.cssSelector("#changes li button")).click();
                until(browser, b -> b.findElements(By.cssSelector("#changes li")).isEmpty() && pageNets(b).equals(file));
                assertThat(field.getAttribute("value")).isEqualTo("135");
                until(browser, b -> !tornadoText(b).contains(CHANGED_TORNADO) && tornadoText(b).contains("Gevoeligheid"));
                assertThat(consoleErrors(browser)).isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void aBuurtOfATableTooLargeToShowIsFoundBySearchAndItsLaterStartGivesTheNetOfRunWithSet() throws Exception {
        Chromium.Installation chromium = Chromium.require();
        // 300 buurten of two columns: 600 cells, more than the page shows whole.
        Path scenario = GeneratedAreaScenario.write(dir.resolve("buurten"), 300);
        String cell = "areas.BU00000042.start";
        Map<String, String> file = csvNets(scenario, List.of());
        Map<String, String> set = csvNets(scenario, List.of(cell + "=2026"));
        assertThat(set).hasSize(6).isNotEqualTo(file);

        try (LiveServer server = LiveServer.start(scenario, InputFolders.of(List.of()), 0)) {
            ChromeDriver browser = chromium(chromium);
            try {
                browser.get(server.uri().toString());
                until(browser, b -> pageNets(b).equals(file));
                assertThat(browser.findElements(By.cssSelector(".control[data-path^='areas.']"))).isEmpty();

                WebElement search = browser.findElement(By.id("cell-search"));
                search.sendKeys("bu00000042");
                until(browser, b -> b.findElements(By.cssSelector("#cells-found .control")).size() == 2);
                assertThat(browser.findElement(By.id("cells-found-note")).getText()).isEqualTo("1 gebied gevonden.");
                WebElement field = browser.findElement(By.cssSelector(".control[data-path='" + cell
                        + "'] input[type=number]"));
                assertThat(field.getAttribute("value")).isEqualTo("2025");
                browser.executeScript("arguments[0].value = '2026';"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field);
                until(browser, b -> b.findElements(By.cssSelector("#changes li")).size() == 1 && pageNets(b).equals(set));
                assertThat(browser.findElement(By.cssSelector("#changes li")).getText()).contains("Buurt 42 (BU00000042)")
                        .contains("2026").contains("override");
                assertThat(browser.findElement(By.id("sets")).getAttribute("value")).isEqualTo("--set '" + cell + "=2026'");

                // Another search: the change stays, and shows again on its control when the area is found again.
                search.clear();
                search.sendKeys("Buurt 1");
                until(browser, b -> b.findElement(By.id("cells-found-note")).getText()
                        .equals("111 gebieden gevonden; de eerste 20 staan hier, 91 meer: zoek preciezer."));
                assertThat(browser.findElements(By.cssSelector("#cells-found .control"))).hasSize(40);
                assertThat(pageNets(browser)).isEqualTo(set);
                search.clear();
                search.sendKeys("BU00000042");
                until(browser, b -> b.findElements(By.cssSelector("#cells-found .control")).size() == 2);
                WebElement again = browser.findElement(By.cssSelector(".control[data-path='" + cell + "']"));
                assertThat(again.findElement(By.cssSelector("input[type=number]")).getAttribute("value")).isEqualTo("2026");
                assertThat(again.getAttribute("class")).contains("changed");

                // The file changes on disk: the page reloads and keeps the change of a cell it shows no control for.
                search.clear();
                search.sendKeys("BU00000043");
                until(browser, b -> b.findElements(By.cssSelector(".control[data-path='" + cell + "']")).isEmpty());
                Files.writeString(scenario, Files.readString(scenario) + "\n# edited\n");
                Files.setLastModifiedTime(scenario, java.nio.file.attribute.FileTime.fromMillis(
                        System.currentTimeMillis() + 5000));
                until(browser, b -> b.findElement(By.id("cell-search")).getAttribute("value").isEmpty()
                        && b.findElements(By.cssSelector("#changes li")).size() == 1 && pageNets(b).equals(set));
                assertThat(browser.findElement(By.id("sets")).getAttribute("value")).isEqualTo("--set '" + cell + "=2026'");

                browser.findElement(By.cssSelector("#changes li button")).click();
                until(browser, b -> b.findElements(By.cssSelector("#changes li")).isEmpty() && pageNets(b).equals(file));
                assertThat(consoleErrors(browser)).isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    /** A headless Chromium of {@code chromium}, its console logged, its profile in the test's folder. */
    private ChromeDriver chromium(Chromium.Installation chromium) throws java.io.IOException {
        System.setProperty("webdriver.chrome.driver", chromium.driver().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,2000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile()).usingAnyFreePort().build();
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
        return new ChromeDriver(service, options);
    }

    /** The browser console's warnings and errors. */
    private static List<String> consoleErrors(ChromeDriver browser) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Waits until {@code condition} holds: the page recomputes after each change. */
    private static void until(ChromeDriver browser, java.util.function.Predicate<ChromeDriver> condition)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!holds(browser, condition)) {
            assertThat(System.nanoTime()).as("the page did not show it within a minute").isLessThan(end);
            Thread.sleep(50);
        }
    }

    /** Whether {@code condition} holds; not yet when the figures were replaced while it read them. */
    private static boolean holds(ChromeDriver browser, java.util.function.Predicate<ChromeDriver> condition) {
        try {
            return condition.test(browser);
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        }
    }

    /** The text of the tornado's section (below the figures). */
    private static String tornadoText(ChromeDriver browser) {
        return browser.findElement(By.id("tornado-figures")).getText();
    }

    /** The id of the one table of key figures per variant that is shown. */
    private static String visibleVariantTable(ChromeDriver browser) {
        List<String> shown = browser.findElements(By.cssSelector("table[id^='kerncijfers-variant-tabel-']")).stream()
                .filter(WebElement::isDisplayed).map(t -> t.getAttribute("id")).toList();
        assertThat(shown).hasSize(1);
        return shown.get(0);
    }

    /** The total net of {@code variant} in business-case-summary.csv of {@code impact run} with {@code sets}. */
    private String totalNet(String variant, List<String> sets) throws Exception {
        Path out = dir.resolve("total-" + sets.size());
        List<String> args = new ArrayList<>(List.of("run", SCENARIO.toString(), "--out", out.toString()));
        sets.forEach(s -> args.addAll(List.of("--set", s)));
        Cli.Result run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Csv.read(out.resolve("business-case-summary.csv"))
                .where(Map.of("dimension", "total", "variant", variant)).get(0).get("net");
    }

    /** Per financier and variant, the exact net the page's key figures carry. */
    private static Map<String, String> pageNets(org.openqa.selenium.WebDriver browser) {
        Map<String, String> out = new HashMap<>();
        for (WebElement cell : browser.findElements(By.cssSelector("#figures td[data-key^='business-case-summary|financier|']"))) {
            String[] key = cell.getAttribute("data-key").split("\\|");
            if (key[4].equals("net")) {
                out.put(key[2] + "|" + key[3], cell.getAttribute("data-value"));
            }
        }
        return out;
    }

    /** Per financier and variant, the net of business-case-summary.csv of {@code impact run} with {@code sets}. */
    private Map<String, String> csvNets(List<String> sets) throws Exception {
        return csvNets(SCENARIO, sets);
    }

    private Map<String, String> csvNets(Path scenario, List<String> sets) throws Exception {
        Path out = dir.resolve("run-" + scenario.getFileName() + "-" + sets.hashCode());
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString()));
        sets.forEach(s -> args.addAll(List.of("--set", s)));
        Cli.Result run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> nets = new HashMap<>();
        for (CSVRecord row : Csv.read(out.resolve("business-case-summary.csv")).where(Map.of("dimension", "financier"))) {
            nets.put(row.get("key") + "|" + row.get("variant"), row.get("net"));
        }
        return nets;
    }
}
