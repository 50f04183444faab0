package nl.impact.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.engine.Computation;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html's "Bronnen en aannames" counts every figure the plan uses, each with its provenance,
 * as counted by hand from the scenario files.
 */
class SourcesSectionTest {

    @TempDir
    Path dir;

    private static final Pattern FIGURE = Pattern.compile("data-key=\"(sources\\|[^\"]+)\" data-value=\"([^\"]+)\"");

    /** The assumed band is the plan's one figure: 1 of 1, not "0 van de 0". */
    @Test
    void aPlanWhoseOnlyFigureIsAnAssumedBand() throws Exception {
        String sources = sources(Path.of("src/test/resources/sources/one-assumed-band.yaml"));
        assertThat(sources).contains("1 van de 1 getallen zijn aannames of voorlopig.",
                "<th scope=\"row\">Inkoop</th><td>Inkoop - Lagere inkoopkosten (Zvw)</td><td>aanname</td>"
                        + "<td>een schatting van de regio</td>");
        assertThat(counts(sources)).containsExactly(Map.entry("source", "0"), Map.entry("derived", "0"),
                Map.entry("assumption", "1"), Map.entry("placeholder", "0"), Map.entry("total", "1"));
    }

    /**
     * every-kind.yaml by hand: sourced are bereik, KPI 1's euroPerFte, its target and its 2025 band
     * (4); derived are prijs (a cited band without expected: its midpoint is no source's), the formula
     * parameter consulten, the Zvw amount written as a formula, ftePerPerson and KPI 2's two band
     * years, formulas over its numbers (6); assumed are the Wmo amount, the two shares of the coach,
     * labourShare, KPI 1's 2026 band and KPI 2's basis (6); provisional are the coach's amount and the
     * area table's 3 areas x 2 declared columns (1 + 6 = 7): 23 figures. KPI 2's formula reads the
     * shared prijs too, counted once; its target has no number.
     */
    @Test
    void everyKindOfFigureCountsWithItsProvenance() throws Exception {
        Path scenario = Path.of("src/test/resources/sources/every-kind.yaml");
        assertThat(Computation.of(scenario).scenario().kpis().get(1).parameters().values())
                .anyMatch(p -> p.path().equals("parameters.prijs"));
        String sources = sources(scenario);
        assertThat(counts(sources)).containsExactly(Map.entry("source", "4"), Map.entry("derived", "6"),
                Map.entry("assumption", "6"), Map.entry("placeholder", "7"), Map.entry("total", "23"));
        assertThat(sources).contains("13 van de 23 getallen zijn aannames of voorlopig.",
                "<th scope=\"row\">Algemeen</th><td>prijs</td><td>afgeleid</td>",
                "<td>Wijkaanpak - consulten</td><td>afgeleid</td>",
                "<td>Wijkaanpak - Besparing (Zvw)</td><td>afgeleid</td>",
                "<th scope=\"row\">Gebiedentabel</th><td>alle 6 cellen: 3 gebieden x 2 kolommen (inwoners, doet)</td>"
                        + "<td>voorlopig</td><td>illustratieve gebieden</td>",
                "<td>Coach - aandeel gemeente</td><td>aanname</td>",
                "<td>Vrijgemaakte capaciteit - fte per person</td><td>afgeleid</td>",
                "<td>doel 2026</td><td>bron</td>", "<td>band 2026</td><td>aanname</td>",
                "<td>Besparing naar prijs - basis</td><td>aanname</td>");
        assertThat(sources).containsOnlyOnce("<td>prijs</td>");
    }

    /** A cell of the area table set on the command line is a what-if of its own, apart from the table's group. */
    @Test
    void aCellSetOnTheCommandLineCountsAsAWhatIf() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", "src/test/resources/sources/every-kind.yaml", "--set",
                "areas.BU09170101.inwoners=1500", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve(HtmlReport.FILE));
        String sources = html.substring(html.indexOf("<section id=\"bronnen\""));
        assertThat(counts(sources)).containsExactly(Map.entry("source", "4"), Map.entry("derived", "6"),
                Map.entry("assumption", "6"), Map.entry("placeholder", "6"), Map.entry("override", "1"),
                Map.entry("total", "23"));
        assertThat(sources).contains("13 van de 23 getallen zijn aannames, voorlopig of een wat-als (--set).",
                "<td>5 van de 6 cellen: 3 gebieden x 2 kolommen (inwoners, doet), zonder de 1 hieronder</td>",
                "<td>Een (BU09170101) - inwoners</td><td>wat-als (--set)</td>");
    }

    /**
     * PlusWIJken by hand from scenarios/pluswijken.yaml. Its register holds 58 numbers: the
     * kernaanpakken's parameters that are no formula (4 + 1 + 5 + 5 + 2 = 17), their effects' amounts
     * and corrections that are no formula (3 + 12 + 3 + 0 + 6 = 24) and the begroting's amounts,
     * quantities, tariffs and the projectleiders' two shares (17). Then 5 formulas (two PlusPraktijken
     * parameters and its three amounts), KPI 4's 3 parameters, 5 targets and 13 band years: 84.
     * Assumed: programmalijn 1's 3 parameters and 3 amounts, the Kernteam ouderen's 3 Zvw amounts (the
     * plan's largest swing), 2 PlusPunt parameters, 16 begroting figures, labourShare and euroPerFte:
     * 29. Derived: pilotfactor, extraPlusPraktijken, the 2 corrections, the opleiding's quantity, the 5
     * formulas, ftePerPerson, KPI 3's target and its 2026 band: 13. Sourced: the other 42.
     */
    @Test
    void plusWijkensEveryFigure() throws Exception {
        String sources = sources(Path.of("scenarios/pluswijken.yaml"));
        assertThat(counts(sources)).containsExactly(Map.entry("source", "42"), Map.entry("derived", "13"),
                Map.entry("assumption", "29"), Map.entry("placeholder", "0"), Map.entry("total", "84"));
        assertThat(sources).contains("29 van de 84 getallen zijn aannames of voorlopig.",
                "<td>Kernteam ouderen - Kortere opnameduur en minder acute opnames (Zvw)</td><td>aanname</td>");
        int rows = sources.split("<tr>").length - 1;
        // The counts' table: a header, four kinds and the total; the figures' table: a header and 84 figures.
        assertThat(rows).isEqualTo(6 + 1 + 84);
    }

    private static String sources(Path scenario) throws Exception {
        String html = HtmlReport.render(Computation.of(scenario), ReportExtras.NONE);
        return html.substring(html.indexOf("<section id=\"bronnen\""));
    }

    private static Map<String, String> counts(String html) {
        Map<String, String> counts = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            counts.put(m.group(1).split("\\|")[1], m.group(2));
        }
        return counts;
    }
}
