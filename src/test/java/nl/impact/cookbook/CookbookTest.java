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
}
