package nl.impact.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html without a browser: the same bytes in every run and locale, scenario text escaped,
 * nothing loaded from elsewhere, its figures those of the CSV files, optional sections only when given.
 * {@link ReportInBrowserTest} opens it in Chromium.
 */
class HtmlReportTest {

    private static final Path SCENARIO = Path.of("scenarios/pluswijken.yaml");
    private static final Pattern FIGURE = Pattern.compile("data-key=\"([^\"]+)\" data-value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void sameBytesInEveryRunAndLocale() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            String first = HtmlReport.render(Computation.of(SCENARIO), ReportExtras.NONE);
            for (Locale locale : new Locale[] {Locale.GERMANY, new Locale("ar", "EG"), new Locale("hi", "IN")}) {
                Locale.setDefault(locale);
                assertThat(HtmlReport.render(Computation.of(SCENARIO), ReportExtras.NONE)).as(locale.toString())
                        .isEqualTo(first);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void selfContainedWithChartsTablesAndTextAlternatives() throws Exception {
        String html = HtmlReport.render(Computation.of(SCENARIO), ReportExtras.NONE);
        assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "@import", "src=");
        assertThat(Pattern.compile("href=\"(?!#)").matcher(html).find()).as("a link away from the page").isFalse();
        assertThat(Pattern.compile("url\\((?!#)").matcher(html).find()).as("a url() other than the page's own clip paths")
                .isFalse();
        assertThat(html).contains("<html lang=\"nl\">", "@page { size: A4", "@media print");
        // Six charts, each inline SVG with fixed ids, a text alternative and its table.
        for (String id : List.of("baten-per-jaar", "cumulatief-netto", "baten-per-financier", "kpi-1")) {
            assertThat(html).contains("<svg id='" + id + "-svg'", "aria-describedby=\"" + id + "-beschrijving\"",
                    "<table id=\"" + id + "-tabel\">");
        }
        assertThat(html).contains("<th scope=\"col\">Financier</th>", "<th scope=\"row\">gemeente</th>", "<caption>");
        assertThat(html).doesNotContain("id=\"_").as("JFreeSVG's clock-based default ids");
    }

    @Test
    void keyFiguresAndYearlyFiguresAreThoseOfTheCsvFiles() throws Exception {
        Path out = Cli.runInto(SCENARIO, dir.resolve("out"));
        Map<String, String> figures = figures(Files.readString(out.resolve(HtmlReport.FILE)));
        Csv summary = Csv.read(out.resolve("business-case-summary.csv"));
        int checked = 0;
        for (CSVRecord row : summary.rows()) {
            if (row.get("dimension").equals("kernaanpak")) {
                continue;
            }
            for (String measure : List.of("benefits", "investments", "net")) {
                String key = "business-case-summary|" + row.get("dimension") + "|" + row.get("key") + "|"
                        + row.get("variant") + "|" + measure;
                if (figures.containsKey(key)) {
                    assertThat(figures.get(key)).as(key).isEqualTo(row.get(measure));
                    checked++;
                }
            }
        }
        assertThat(checked).as("key figures: benefits, investments, net expected and net min/max of 3 financiers and the total")
                .isEqualTo(4 * 5);
        assertThat(figures.get("business-case-summary|total|total|expected|net")).isEqualTo("34287612.42");
        for (CSVRecord row : Csv.read(out.resolve("summary.csv")).where(Map.of("dimension", "total"))) {
            if (!row.get("year").equals("all")) {
                assertThat(figures.get("summary|total|total|" + row.get("year") + "|expected")).isEqualTo(row.get("expected"));
            }
        }
        for (CSVRecord row : Csv.read(out.resolve("kpis.csv")).rows()) {
            // A KPI without a band (position 'no band') has no band figure on the page.
            assertThat(figures.get("kpis|" + row.get("kpi") + "|" + row.get("year") + "|band_min"))
                    .isEqualTo(row.get("band_min").isEmpty() ? null : row.get("band_min"));
            // A measured-only KPI has no expected value: an empty CSV cell, a text cell on the page.
            assertThat(figures.get("kpis|" + row.get("kpi") + "|" + row.get("year") + "|expected"))
                    .isEqualTo(row.get("expected").isEmpty() ? null : row.get("expected"));
        }
    }

    @Test
    void scenarioTextCannotInjectMarkup() throws Exception {
        Path scenario = dir.resolve("evil.yaml");
        Files.writeString(scenario, Files.readString(SCENARIO).replace("name: PlusWIJken Zuid-Limburg",
                "name: \"<script>alert(1)</script> & <b onload=x>\""));
        String html = HtmlReport.render(Computation.of(scenario), ReportExtras.NONE);
        assertThat(html).doesNotContain("<script", "<b onload").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b");
    }

    @Test
    void tornadoAndUncertaintySectionsAppearOnlyWhenGiven() throws Exception {
        RunResult result = Computation.of(SCENARIO);
        assertThat(HtmlReport.render(result, ReportExtras.NONE)).doesNotContain("id=\"gevoeligheid\"", "id=\"onzekerheid\"",
                "id=\"monitor\"");
        Tornado tornado = new Tornado("het netto resultaat", "sensitivity|total|net", new BigDecimal("1000000"), List.of(
                new Tornado.Bar("kernteam-ouderen.zvwEffect", new BigDecimal("600000"), new BigDecimal("1500000")),
                new Tornado.Bar("welzijn-op-recept.clientenPerFte", new BigDecimal("900000"), new BigDecimal("1100000"))));
        List<BigDecimal> five = List.of(new BigDecimal("-10"), new BigDecimal("-2"), new BigDecimal("5"),
                new BigDecimal("9"), new BigDecimal("20.5"));
        Uncertainty uncertainty = new Uncertainty("simulation", 10000, 7, "XO_RO_SHI_RO_128_PP", List.of(
                new Uncertainty.Figure("totaal", "totaal", "Totaal", "net", five, new BigDecimal("4"), new BigDecimal("3"),
                        new BigDecimal("0.6123"))),
                List.of(new Uncertainty.Year(2025, five)));
        String html = HtmlReport.render(result, ReportExtras.NONE.withTornado(tornado).withUncertainty(uncertainty));
        Map<String, String> figures = figures(html);
        assertThat(html).contains("id=\"gevoeligheid\"", "<svg id='tornado-svg'", "id=\"onzekerheid\"",
                "<svg id='onzekerheid-svg'", "10000 trekkingen");
        assertThat(figures).containsEntry("sensitivity|total|net|kernteam-ouderen.zvwEffect|high", "1500000.00")
                .containsEntry("sensitivity|total|net|kernteam-ouderen.zvwEffect|range", "900000.00")
                .containsEntry("simulation|totaal|totaal|cumulative_net|2025|p95", "20.50")
                .containsEntry("simulation|totaal|totaal|net|all|probability_positive", "0.6123");
        assertThat(html.indexOf("id=\"gevoeligheid\"")).isLessThan(html.indexOf("id=\"bronnen\""));
    }

    @Test
    void theRunsReportHasTheTornadoOfSensitivityCsv() throws Exception {
        Path out = Cli.runInto(SCENARIO, dir.resolve("tornado"));
        Map<String, String> figures = figures(Files.readString(out.resolve(HtmlReport.FILE)));
        List<CSVRecord> net = Csv.read(out.resolve("sensitivity.csv")).where(Map.of("financier", "totaal", "measure", "net"));
        assertThat(net).isNotEmpty();
        int shown = Math.min(10, net.size());
        for (CSVRecord row : net.subList(0, shown)) {
            String key = "sensitivity|totaal|net|" + row.get("parameter") + "|";
            assertThat(figures.get(key + "low")).as(key).isEqualTo(row.get("result_at_min"));
            assertThat(figures.get(key + "high")).as(key).isEqualTo(row.get("result_at_max"));
        }
        assertThat(figures.keySet().stream().filter(k -> k.startsWith("sensitivity|totaal|net|") && k.endsWith("|low")))
                .hasSize(shown);
    }

    /**
     * The uncertainty section of {@code run --draws} and of {@code simulate}'s own report: every figure
     * a cell of simulation.csv of the same seed and draws, the fan chart with its text alternative.
     */
    @Test
    void theUncertaintySectionHasTheFiguresOfSimulationCsv() throws Exception {
        Path run = dir.resolve("run");
        Path simulate = dir.resolve("simulate");
        assertThat(Cli.run("run", SCENARIO.toString(), "--draws", "1000", "--seed", "5", "--out", run.toString())
                .exitCode()).isZero();
        assertThat(Cli.run("simulate", SCENARIO.toString(), "--draws", "1000", "--seed", "5", "--out", simulate.toString())
                .exitCode()).isZero();
        for (Path out : List.of(run, simulate)) {
            String html = Files.readString(out.resolve(HtmlReport.FILE));
            assertThat(html).contains("id=\"onzekerheid\"", "<svg id='onzekerheid-svg'",
                    "aria-describedby=\"onzekerheid-beschrijving\"", "Waaierdiagram", "1000 trekkingen met seed 5");
            Map<String, String> figures = figures(html);
            int compared = 0;
            for (CSVRecord row : Csv.read(simulate.resolve("simulation.csv")).rows()) {
                boolean shown = !row.get("level").equals("kernaanpak") && (row.get("year").equals("all")
                        && (row.get("measure").equals("net") || row.get("measure").equals("npv"))
                        || row.get("level").equals("totaal") && row.get("measure").equals("cumulative_net"));
                if (!shown) {
                    continue;
                }
                String key = String.join("|", "simulation", row.get("level"), row.get("name"), row.get("measure"),
                        row.get("year"), "");
                for (String column : Uncertainty.PERCENTILES) {
                    assertThat(figures.get(key + column)).as(out + " " + key + column).isEqualTo(row.get(column));
                    compared++;
                }
                if (row.get("year").equals("all")) {
                    for (String column : List.of("mean", "sd", "probability_positive")) {
                        assertThat(figures.get(key + column)).as(out + " " + key + column).isEqualTo(row.get(column));
                        compared++;
                    }
                }
            }
            assertThat(compared).isGreaterThan(5 * 8);
            assertThat(figures.keySet().stream().filter(k -> k.startsWith("simulation|")).count())
                    .as("every simulation figure on the page is one of simulation.csv's").isEqualTo(compared);
        }
        // Without --draws the run's report has no uncertainty section.
        Path plain = Cli.runInto(SCENARIO, dir.resolve("plain"));
        assertThat(Files.readString(plain.resolve(HtmlReport.FILE))).doesNotContain("id=\"onzekerheid\"");
    }

    static Map<String, String> figures(String html) {
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            assertThat(figures.put(m.group(1), m.group(2))).as("one cell per key: " + m.group(1)).isNull();
        }
        return figures;
    }
}
