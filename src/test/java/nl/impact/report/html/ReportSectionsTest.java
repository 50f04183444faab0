package nl.impact.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sections a steering group asks for, without a browser: the edition (date, version, commit),
 * the per-area sections only for an area scenario, the KPI probabilities only with a simulation.
 * {@link ReportInBrowserTest} checks their figures against the CSVs in Chromium.
 */
class ReportSectionsTest {

    @TempDir
    Path dir;

    @Test
    void theScenariosOwnDateAndVersionAreShown() throws Exception {
        Path file = Scenarios.write(dir, "s.yaml", "version: \"concept 3\"\ndate: 2025-03-14\n" + Scenarios.BASE);
        String html = HtmlReport.render(Computation.of(file), ReportExtras.NONE);
        assertThat(html).contains("<dd id=\"editie-datum\">14 maart 2025 (de datum in het scenario)</dd>",
                "<dd id=\"editie-versie\">concept 3</dd>",
                // Not in git: no commit to name.
                "<dd id=\"editie-commit\">geen (het scenariobestand staat niet ongewijzigd in git) (s.yaml)</dd>",
                "content: \"Maatschappelijke business case, 14 maart 2025\"",
                "content: \"pagina \" counter(page) \" van \" counter(pages)");
    }

    @Test
    void withoutDateVersionOrGitTheDayOfTheRunIsSaidToBeThat() throws Exception {
        Path file = Scenarios.write(dir, "s.yaml", Scenarios.BASE);
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        String html = HtmlReport.render(Computation.of(file), ReportExtras.NONE);
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        String shown = html.substring(html.indexOf("<dd id=\"editie-datum\">") + 22, html.indexOf("</dd>",
                html.indexOf("<dd id=\"editie-datum\">")));
        assertThat(List.of(Dutch.date(before), Dutch.date(after)).stream().map(d -> d + " (de dag van de berekening: "
                + "het scenario noemt geen datum en staat niet ongewijzigd in git)").toList()).contains(shown);
        assertThat(html).contains("<dd id=\"editie-versie\">geen (het scenario noemt geen versie)</dd>");
    }

    @Test
    void perGemeenteAndPerGebiedOnlyForAnAreaScenario() throws Exception {
        String plain = HtmlReport.render(Computation.of(Path.of("scenarios/pluswijken.yaml")), ReportExtras.NONE);
        assertThat(plain).contains("id=\"per-kernaanpak\"").doesNotContain("id=\"per-gemeente\"", "id=\"per-gebied\"");
        RunResult areas = Computation.of(Path.of("scenarios/pluswijken-wijken.yaml"));
        String html = HtmlReport.render(areas, ReportExtras.NONE);
        assertThat(html).contains("id=\"per-gemeente\"", "id=\"per-gebied\"",
                "data-key=\"gemeenten|Sittard-Geleen|total|net_expected\"");
        // In the order a reader goes: the whole, per kernaanpak, per gemeente, per gebied, then the years.
        assertThat(List.of(html.indexOf("id=\"kerncijfers\""), html.indexOf("id=\"per-kernaanpak\""),
                html.indexOf("id=\"per-gemeente\""), html.indexOf("id=\"per-gebied\""), html.indexOf("id=\"baten-per-jaar\"")))
                .isSorted();
    }

    @Test
    void kpiProbabilitiesOnlyWithASimulationAndTheLargestNamed() throws Exception {
        RunResult result = Computation.of(Path.of("scenarios/pluswijken.yaml"));
        assertThat(HtmlReport.render(result, ReportExtras.NONE)).doesNotContain("id=\"kpi-kansen\"", "Welke band noemen?");
        List<BigDecimal> five = List.of(new BigDecimal("30000000"), new BigDecimal("33000000"), new BigDecimal("34000000"),
                new BigDecimal("35000000"), new BigDecimal("36500000.4"));
        Uncertainty uncertainty = new Uncertainty("simulation", 1000, 1, "XO_RO_SHI_RO_128_PP", List.of(
                new Uncertainty.Figure("total", "total", "Totaal", "net", five, new BigDecimal("34000000"),
                        new BigDecimal("1"), new BigDecimal("1"))), List.of(new Uncertainty.Year(2025, five)),
                List.of(new Uncertainty.KpiRisk("kpi-5-zvw-kosten", 2028, new BigDecimal("0.0100"),
                                new BigDecimal("0.9900"), BigDecimal.ZERO),
                        new Uncertainty.KpiRisk("kpi-5-zvw-kosten", 2029, new BigDecimal("0.7635"),
                                new BigDecimal("0.2365"), new BigDecimal("0.0000"))), List.of());
        String html = HtmlReport.render(result, ReportExtras.NONE.withUncertainty(uncertainty));
        assertThat(html).contains("id=\"kpi-kansen\"",
                "data-key=\"simulation-kpis|kpi-5-zvw-kosten|2029|probability_below\" data-value=\"0.7635\">76,4%<",
                "De grootste kans onder de band: Reductie Zvw-kosten in 2029, 76,4%.",
                // PlusWIJken's own min and max net (business-case-summary.csv) against the given P5 and P95.
                "Welke band noemen? Het netto resultaat van het hele plan ligt tussen 28.800.444 en 40.647.780 euro bij "
                        + "minimaal en maximaal effect, en tussen 30.000.000 en 36.500.000 euro van P5 tot P95.");
        assertThat(html.indexOf("id=\"onzekerheid\"")).isLessThan(html.indexOf("id=\"kpi-kansen\""));
        assertThat(html.indexOf("id=\"kpi-kansen\"")).isLessThan(html.indexOf("id=\"bronnen\""));
    }
}
