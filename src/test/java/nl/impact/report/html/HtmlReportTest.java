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
        // The scenario's name, and a kernaanpak's name in the labels of the tornado and the sources.
        Files.writeString(scenario, Files.readString(SCENARIO).replace("name: PlusWIJken Zuid-Limburg",
                "name: \"<script>alert(1)</script> & <b onload=x>\"").replace("name: Kernteam ouderen",
                        "name: \"<script>alert(2)</script>\""));
        RunResult result = Computation.of(scenario);
        String html = HtmlReport.render(result, HtmlReport.extras(nl.impact.report.RunOutputs.of(result)));
        assertThat(html).contains("&lt;script&gt;alert(2)&lt;/script&gt; - Kortere opnameduur en minder acute opnames");
        assertThat(html).doesNotContain("<script", "<b onload").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b");
    }

    @Test
    void tornadoAndUncertaintySectionsAppearOnlyWhenGiven() throws Exception {
        RunResult result = Computation.of(SCENARIO);
        assertThat(HtmlReport.render(result, ReportExtras.NONE)).doesNotContain("id=\"gevoeligheid\"", "id=\"onzekerheid\"",
                "id=\"monitor\"");
        Tornado tornado = new Tornado("het netto resultaat", "sensitivity|total|net", new BigDecimal("1000000"), List.of(
                new Tornado.Bar("kernteam-ouderen.zvwEffect", "Kernteam ouderen - Zvw-effect", new BigDecimal("600000"),
                        new BigDecimal("1500000")),
                new Tornado.Bar("welzijn-op-recept.clientenPerFte", "Welzijn op Recept - clienten per fte",
                        new BigDecimal("900000"), new BigDecimal("1100000"))), "");
        List<BigDecimal> five = List.of(new BigDecimal("-10"), new BigDecimal("-2"), new BigDecimal("5"),
                new BigDecimal("9"), new BigDecimal("20.5"));
        Uncertainty uncertainty = new Uncertainty("simulation", 10000, 7, "XO_RO_SHI_RO_128_PP", List.of(
                new Uncertainty.Figure("total", "total", "Totaal", "net", five, new BigDecimal("4"), new BigDecimal("3"),
                        new BigDecimal("0.6123"))),
                List.of(new Uncertainty.Year(2025, five)));
        String html = HtmlReport.render(result, ReportExtras.NONE.withTornado(tornado).withUncertainty(uncertainty));
        Map<String, String> figures = figures(html);
        assertThat(html).contains("id=\"gevoeligheid\"", "<svg id='tornado-svg'", "id=\"onzekerheid\"",
                "<svg id='onzekerheid-svg'", "10000 trekkingen");
        assertThat(figures).containsEntry("sensitivity|total|net|kernteam-ouderen.zvwEffect|high", "1500000.00")
                .containsEntry("sensitivity|total|net|kernteam-ouderen.zvwEffect|range", "900000.00")
                .containsEntry("simulation|total|total|cumulative_net|2025|p95", "20.50")
                .containsEntry("simulation|total|total|net|all|probability_positive", "0.6123");
        assertThat(html.indexOf("id=\"gevoeligheid\"")).isLessThan(html.indexOf("id=\"bronnen\""));
    }

    @Test
    void theRunsReportHasTheTornadoOfSensitivityCsv() throws Exception {
        Path out = Cli.runInto(SCENARIO, dir.resolve("tornado"));
        Map<String, String> figures = figures(Files.readString(out.resolve(HtmlReport.FILE)));
        List<CSVRecord> net = Csv.read(out.resolve("sensitivity.csv")).where(Map.of("financier", "total", "measure", "net"));
        assertThat(net).isNotEmpty();
        int shown = Math.min(10, net.size());
        for (CSVRecord row : net.subList(0, shown)) {
            String key = "sensitivity|total|net|" + row.get("parameter") + "|";
            assertThat(figures.get(key + "low")).as(key).isEqualTo(row.get("result_at_min"));
            assertThat(figures.get(key + "high")).as(key).isEqualTo(row.get("result_at_max"));
        }
        assertThat(figures.keySet().stream().filter(k -> k.startsWith("sensitivity|total|net|") && k.endsWith("|low")))
                .hasSize(shown);
        // Each bar by its label: in the table whole, on the chart's axis whole or shortened in the middle,
        // never cut off at the end (the three largest once all read "kernaanpakken.kernte...").
        String html = Files.readString(out.resolve(HtmlReport.FILE));
        for (CSVRecord row : net.subList(0, shown)) {
            assertThat(html).contains("<th scope=\"row\">" + row.get("label") + "</th>");
        }
        String axis = String.join("", svgTexts(html, "tornado-svg")).replaceAll("\\s", "");
        for (String label : ShortLabels.of(net.subList(0, shown).stream().map(r -> r.get("label")).toList(),
                AnalysisSections.AXIS_LABEL)) {
            assertThat(axis).contains(label.replaceAll("\\s", ""));
        }
        assertThat(svgTexts(html, "tornado-svg")).noneMatch(t -> t.endsWith("..."));
        assertThat(axis).contains("Kernteamouderen-Kortereopnameduurenminderacuteopnames(Zvw)",
                "Kernteamouderen-MinderZvw-wijkverpleging(Zvw)", "Kernteamouderen-MinderSEH-bezoeken(Zvw)");
    }

    /**
     * Labels too long for the axis lose their middle, so inputs whose labels share a long start and
     * end stay apart on the chart; their table keeps them whole.
     */
    @Test
    void longLabelsThatDifferInTheMiddleStayDistinguishable() throws Exception {
        String start = "Integrale aanpak van kwetsbare ouderen in de wijken van de Westelijke Mijnstreek - ";
        String end = " door vroegtijdige signalering en casemanagement (Zvw)";
        List<Tornado.Bar> bars = new java.util.ArrayList<>();
        for (String middle : List.of("minder opnames", "kortere opnames", "minder SEH-bezoeken")) {
            bars.add(new Tornado.Bar("k." + middle.replace(' ', '-'), start + middle + end, new BigDecimal("900"),
                    new BigDecimal("1100")));
        }
        String html = HtmlReport.render(Computation.of(SCENARIO), ReportExtras.NONE.withTornado(
                new Tornado("het netto resultaat", "sensitivity|total|net", new BigDecimal("1000"), bars, "")));
        List<String> shortened = ShortLabels.of(bars.stream().map(Tornado.Bar::label).toList(),
                AnalysisSections.AXIS_LABEL);
        assertThat(shortened).doesNotHaveDuplicates().allMatch(l -> l.length() < start.length() + end.length());
        String axis = String.join("", svgTexts(html, "tornado-svg")).replaceAll("\\s", "");
        for (int i = 0; i < bars.size(); i++) {
            assertThat(axis).contains(shortened.get(i).replaceAll("\\s", ""));
            assertThat(html).contains("<th scope=\"row\">" + bars.get(i).label() + "</th>");
        }
    }

    @Test
    void shortLabelsKeepStartAndEndAndStayDistinct() {
        assertThat(ShortLabels.of(List.of("kort", "kort", "kort (2)"), 10)).containsExactly("kort", "kort (3)",
                "kort (2)");
        assertThat(ShortLabels.shorten("Kernteam ouderen - Kortere opnameduur en minder acute opnames (Zvw)", 31))
                .isEqualTo("Kernteam\u2026opnames (Zvw)");
        // Alike but for the middle: more is kept of each until they differ.
        List<String> alike = ShortLabels.of(List.of("aaaaaaaaaa-x-bbbbbbbbbb", "aaaaaaaaaa-y-bbbbbbbbbb"), 9);
        assertThat(alike).doesNotHaveDuplicates();
        assertThat(alike.get(0)).startsWith("aaaa").endsWith("bbbb").contains("x");
    }

    private static List<String> svgTexts(String html, String id) {
        int from = html.indexOf("<svg id='" + id + "'");
        String svg = html.substring(from, html.indexOf("</svg>", from));
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        List<String> texts = new java.util.ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
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
                        || row.get("level").equals("total") && row.get("measure").equals("cumulative_net"));
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
