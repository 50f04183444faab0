package nl.impact.cookbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cookbook's patterns (docs/scenario-format.md, "Cookbook"), each a scenario in
 * src/test/resources/cookbook whose figures are computed by hand in its comments.
 */
class CookbookTest {

    static final String DIR = "src/test/resources/cookbook/";

    @TempDir
    Path dir;

    static Path run(String scenario, Path out) {
        return Cli.runInto(Path.of(DIR + scenario), out);
    }

    static String expected(Csv csv, Map<String, String> where) {
        assertThat(csv.where(where)).as(where.toString()).hasSize(1);
        return csv.where(where).get(0).get("expected");
    }

    @Test
    void aPlanWithOnlyABegrotingAndNoDomainsIsComputed() throws IOException {
        Path out = run("begroting-only.yaml", dir.resolve("out"));
        Csv budget = Csv.read(out.resolve("budget.csv"));
        assertThat(expected(budget, Map.of("line", "total", "financier", "provincie", "year", "all")))
                .isEqualTo("200000.00");
        assertThat(expected(budget, Map.of("line", "total", "financier", "fonds", "year", "all"))).isEqualTo("45000.00");
        assertThat(expected(budget, Map.of("line", "total", "financier", "all", "year", "all"))).isEqualTo("245000.00");
        assertThat(Csv.read(out.resolve("effects.csv")).rows()).isEmpty();
        Csv summary = Csv.read(out.resolve("business-case-summary.csv"));
        assertThat(summary.where(Map.of("dimension", "total", "variant", "expected")).get(0).get("net"))
                .isEqualTo("-245000.00");
    }

    @Test
    void aKernaanpakWithoutEffectsAndADomainThatIsNoLawAreValid() throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", """
                name: no effects
                years: {first: 2025, last: 2025}
                domains:
                  werkgevers: {financier: werkgevers}
                kernaanpakken:
                  k:
                    calculator: formules
                    deelnemers: {value: 10, source: test}
                """);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void anEffectNamingADomainWhenThereAreNoneIsRefusedWhereItNamesIt() throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", """
                name: no domains
                years: {first: 2025, last: 2025}
                kernaanpakken:
                  k:
                    calculator: formules
                    deelnemers: {value: 10, source: test}
                    effects:
                      - name: e
                        per: deelnemers
                        timing: direct
                        amounts:
                          Zvw: {value: 5, source: test}
                """);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("s.yaml:12:11: kernaanpakken.k.effects[0].amounts.Zvw: unknown domain 'Zvw': "
                + "the scenario has no domains; declare it under 'domains' with the financier who pays it");
    }

    @Test
    void aScenarioWithNeitherKernaanpakkenNorBegrotingNorKpisIsRefused() throws IOException {
        Path file = Scenarios.write(dir, "s.yaml", """
                name: nothing
                years: {first: 2025, last: 2025}
                """);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("missing 'kernaanpakken' (at least one, unless the scenario has a "
                + "'begroting' or 'kpis')");
    }

    @Test
    void aLumpSumEffectNeedsNoVolume() throws IOException {
        Path out = run("lump-sum.yaml", dir.resolve("out"));
        Csv summary = Csv.read(out.resolve("summary.csv"));
        org.apache.commons.csv.CSVRecord zvw = summary.where(Map.of("dimension", "financier", "key", "zorgverzekeraar",
                "year", "all")).get(0);
        assertThat(zvw.get("min")).isEqualTo("3000000.00");
        assertThat(zvw.get("expected")).isEqualTo("4500000.00");
        assertThat(zvw.get("max")).isEqualTo("9000000.00");
        // next-year: nothing in the first plan year, the 2027 sum in 2028.
        Csv effects = Csv.read(out.resolve("effects.csv"));
        assertThat(expected(effects, Map.of("effect", "Lagere inkoopkosten", "year", "2025"))).isEqualTo("0.00");
        assertThat(expected(effects, Map.of("effect", "Lagere inkoopkosten", "year", "2028"))).isEqualTo("1500000.00");
        assertThat(expected(effects, Map.of("effect", "Regie door de gemeente", "year", "2025"))).isEqualTo("-200000.00");
        assertThat(expected(summary, Map.of("dimension", "total", "year", "all"))).isEqualTo("4100000.00");
    }

    @Test
    void budgetLinesAreFormulasOverTheirInputsWithBandsAndTiers() throws IOException {
        Path out = run("budget-formulas.yaml", dir.resolve("out"));
        Csv budget = Csv.read(out.resolve("budget.csv"));
        // Fixed plus variable: 50,000 + 200 x 300 + 10,000 x 4 in 2026; min 40,000 + 60,000 + 8,000 x 4.
        org.apache.commons.csv.CSVRecord uitvoering = budget.where(Map.of("line", "uitvoering", "year", "2026")).get(0);
        assertThat(uitvoering.get("min")).isEqualTo("132000.00");
        assertThat(uitvoering.get("expected")).isEqualTo("150000.00");
        assertThat(uitvoering.get("max")).isEqualTo("168000.00");
        // The line's provenance lists every input under its formula, and is the least certain of them.
        assertThat(uitvoering.get("provenance")).isEqualTo("assumption");
        assertThat(uitvoering.get("basis")).isEqualTo("amount: derived: a fixed part plus a price per participant "
                + "and per team; inputs: deelnemers: assumption: roll-out over the region; teams: assumption: one team "
                + "per 100 participants; vast: assumption: coordination, whatever the size; prijsPerDeelnemer: source: "
                + "cookbook: the provider's price list; prijsPerTeam: assumption: training and materials per team "
                + "[verwacht: het midden van min en max, afgeleid uit de band]");
        // Tiered: 8 x 5,000 below the threshold of 10, 12 x 3,500 from it on.
        assertThat(expected(budget, Map.of("line", "licenties", "year", "2026"))).isEqualTo("40000.00");
        assertThat(expected(budget, Map.of("line", "licenties", "year", "2027"))).isEqualTo("42000.00");
        // Pilot factor: 25% of 80,000, half of it for the gemeente; sourced inputs make a derived line.
        org.apache.commons.csv.CSVRecord pilot = budget.where(Map.of("line", "coaching", "financier", "gemeente",
                "year", "2025")).get(0);
        assertThat(pilot.get("expected")).isEqualTo("10000.00");
        assertThat(pilot.get("provenance")).isEqualTo("derived");
        assertThat(expected(budget, Map.of("line", "total", "financier", "all", "year", "all"))).isEqualTo("712000.00");
    }

    @Test
    void aBudgetFormulaIsCheckedLikeEveryFormula() throws IOException {
        String text = java.nio.file.Files.readString(Path.of(DIR + "budget-formulas.yaml"));
        Path unknown = Scenarios.write(dir, "unknown.yaml", text.replace("prijsPerTeam * teams", "prijsPerTeam * tems"));
        Cli.Result result = Cli.run("validate", unknown.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown.yaml:45:18: begroting.lines.uitvoering.amount.formula: "
                + "unknown name 'tems'");

        Path clash = Scenarios.write(dir, "clash.yaml", text.replace("        vast: {min", "        teams: {min"));
        result = Cli.run("validate", clash.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("clash.yaml:41:9: begroting.lines.uitvoering.parameters.teams: the name "
                + "'teams' is used twice (also at kernaanpakken.valpreventie.teams)");

        // A cost is zero or more, so a formula that turns negative is located with its year and variant.
        Path negative = Scenarios.write(dir, "negative.yaml", text.replace("volledigBudget * uitrol",
                "volledigBudget * (uitrol - 0.5)"));
        result = Cli.run("run", negative.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("begroting.lines.coaching.amount.formula: expected a cost in euros (zero or "
                + "more: a budget figure is an investment, given as a positive cost), got -20000");
        assertThat(result.err()).contains("in 2025 (min)");
    }

    @Test
    void formulasSeeTheYearAndItsIndexInThePlan() throws IOException {
        Path out = run("rollout-by-year.yaml", dir.resolve("out"));
        Csv quantities = Csv.read(out.resolve("quantities.csv"));
        assertThat(quantities.where(Map.of("quantity", "teams"))).extracting(r -> r.get("expected"))
                .containsExactly("3.00", "6.00", "9.00", "10.00");
        Csv summary = Csv.read(out.resolve("summary.csv"));
        assertThat(expected(summary, Map.of("dimension", "total", "year", "all"))).isEqualTo("560000.00");
        Csv budget = Csv.read(out.resolve("budget.csv"));
        assertThat(expected(budget, Map.of("line", "teams", "year", "2025"))).isEqualTo("115000.00");
        assertThat(expected(budget, Map.of("line", "teams", "year", "2026"))).isEqualTo("30000.00");
        assertThat(expected(budget, Map.of("line", "total", "financier", "all", "year", "all"))).isEqualTo("240000.00");
    }

    @Test
    void aCostAsEffectOrAsBudgetLineGivesTheSameNetButAnotherRatio() throws IOException {
        Path out = run("cost-effect-or-budget.yaml", dir.resolve("out"));
        Csv summary = Csv.read(out.resolve("business-case-summary.csv"));
        org.apache.commons.csv.CSVRecord effect = summary.where(Map.of("dimension", "kernaanpak", "key", "als-effect",
                "variant", "expected")).get(0);
        org.apache.commons.csv.CSVRecord budget = summary.where(Map.of("dimension", "kernaanpak", "key",
                "als-begroting", "variant", "expected")).get(0);
        assertThat(effect.get("benefits")).isEqualTo("180000.00");
        assertThat(effect.get("investments")).isEqualTo("30000.00");
        assertThat(budget.get("benefits")).isEqualTo("300000.00");
        assertThat(budget.get("investments")).isEqualTo("150000.00");
        assertThat(effect.get("net")).isEqualTo(budget.get("net")).isEqualTo("150000.00");
        assertThat(effect.get("ratio")).isEqualTo("6.00");
        assertThat(budget.get("ratio")).isEqualTo("2.00");
        assertThat(effect.get("break_even_year")).isEqualTo(budget.get("break_even_year")).isEqualTo("2025");
        // A domain that is no law: the employers are a financier like any other.
        assertThat(summary.where(Map.of("dimension", "financier", "key", "werkgevers", "variant", "expected")).get(0)
                .get("benefits")).isEqualTo("60000.00");
    }
}
