package nl.impact.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small scenario, whose figures are computed by hand in the comments: coaches are fte (1, 2, 3)
 * x a tariff of 800/1000/1200 (min/expected/max), paid 40% by the gemeente and 60% by the
 * zorgverzekeraar; a programme-wide start-up of 2000 in 2025 paid by the gemeente; research of 100 a
 * year by the provincie, a financier only the begroting declares. Benefits: 10 clients per fte, Wmo
 * 100 (gemeente) and Zvw 50 (zorgverzekeraar) per client, in the year they start.
 */
class SmallBusinessCaseTest {

    @TempDir
    Path dir;

    private Path run(String scenario) throws IOException {
        return Cli.runInto(Fixtures.write(dir, scenario), dir.resolve("out"));
    }

    private static CSVRecord one(Csv csv, Map<String, String> where) {
        assertThat(csv.where(where)).as(where.toString()).hasSize(1);
        return csv.where(where).get(0);
    }

    @Test
    void budgetLinesAreQuantityTimesTariffTimesShare() throws IOException {
        Csv budget = Csv.read(run(Fixtures.small()).resolve("budget.csv"));

        // 2027: 3 fte x 800/1000/1200 x 0.4 = 960/1200/1440 for the gemeente.
        CSVRecord coaches = one(budget, Map.of("line", "coaches", "financier", "gemeente", "year", "2027"));
        assertThat(coaches.get("min")).isEqualTo("960.00");
        assertThat(coaches.get("expected")).isEqualTo("1200.00");
        assertThat(coaches.get("max")).isEqualTo("1440.00");
        assertThat(coaches.get("post")).isEqualTo("Coaches");
        assertThat(coaches.get("kernaanpak")).isEqualTo("wor");
        assertThat(coaches.get("category")).isEqualTo("personnel");
        // An assumed tariff and assumed shares make the whole line an assumption.
        assertThat(coaches.get("provenance")).isEqualTo("assumption");
        assertThat(coaches.get("basis")).contains("tariff: assumption: test tariff", "'fte' of kernaanpak wor");
        // 2026 zorgverzekeraar: 2 x 1000 x 0.6.
        assertThat(one(budget, Map.of("line", "coaches", "financier", "zorgverzekeraar", "year", "2026"))
                .get("expected")).isEqualTo("1200.00");

        // A sourced amount paid by one financier stays sourced.
        CSVRecord startUp = one(budget, Map.of("line", "opstart", "year", "2025"));
        assertThat(startUp.get("kernaanpak")).isEqualTo("programma");
        assertThat(startUp.get("financier")).isEqualTo("gemeente");
        assertThat(startUp.get("expected")).isEqualTo("2000.00");
        assertThat(startUp.get("provenance")).isEqualTo("source");

        // One row per line, financier and plan year: coaches 2 x 3, opstart 3, onderzoek 3; then the
        // totals: 3 financiers and all, each 3 years and all.
        assertThat(budget.rows()).hasSize(12 + 16);
        assertThat(budget.rows().subList(0, 12)).noneMatch(r -> r.get("line").equals("total"));
        assertThat(budget.header()).containsExactly("line", "post", "kernaanpak", "category", "financier", "year",
                "min", "expected", "max", "provenance", "basis");
    }

    @Test
    void budgetEndsWithTotalsPerFinancierAndInAll() throws IOException {
        Csv budget = Csv.read(run(Fixtures.small()).resolve("budget.csv"));
        // Gemeente 2025: coaches 1 x 800/1000/1200 x 0.4 + start-up 2000.
        CSVRecord gemeente = one(budget, Map.of("line", "total", "financier", "gemeente", "year", "2025"));
        assertThat(gemeente.get("min")).isEqualTo("2320.00");
        assertThat(gemeente.get("expected")).isEqualTo("2400.00");
        assertThat(gemeente.get("max")).isEqualTo("2480.00");
        assertThat(gemeente.get("kernaanpak")).isEmpty();
        assertThat(gemeente.get("provenance")).isEqualTo("assumption");
        // Zorgverzekeraar over all years: (1 + 2 + 3) x 1000 x 0.6.
        assertThat(one(budget, Map.of("line", "total", "financier", "zorgverzekeraar", "year", "all")).get("expected"))
                .isEqualTo("3600.00");
        // All financiers, all years: coaches 6000 + start-up 2000 + research 300.
        CSVRecord all = one(budget, Map.of("line", "total", "financier", "all", "year", "all"));
        assertThat(all.get("expected")).isEqualTo("8300.00");
        assertThat(budget.rows().get(budget.rows().size() - 1)).isEqualTo(all);
        // The financiers come in the scenario's order, the declared provincie last.
        assertThat(budget.where(Map.of("line", "total", "year", "all"))).extracting(r -> r.get("financier"))
                .containsExactly("gemeente", "zorgverzekeraar", "provincie", "all");
    }

    @Test
    void aBudgetLineCannotBeCalledTotal() throws IOException {
        Path file = Fixtures.write(dir, Fixtures.small().replace("    opstart:", "    total:"));
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("begroting.lines.total: 'total' is reserved for the total rows of budget.csv");
    }

    @Test
    void netIsBenefitsMinusInvestmentsAndAccumulates() throws IOException {
        Csv bc = Csv.read(run(Fixtures.small()).resolve("business-case.csv"));
        // Gemeente 2025, expected: benefits 10 clients x 100 = 1000; investments 1 x 1000 x 0.4 + 2000 = 2400.
        Map<String, String> gemeente2025 = Map.of("dimension", "financier", "key", "gemeente", "year", "2025");
        assertThat(value(bc, gemeente2025, "benefits")).isEqualTo("1000.00");
        assertThat(value(bc, gemeente2025, "investments")).isEqualTo("2400.00");
        assertThat(value(bc, gemeente2025, "net")).isEqualTo("-1400.00");
        // 2026: 2000 - 800 = 1200; cumulative -1400 + 1200 = -200; 2027: 3000 - 1200 = 1800, cumulative 1600.
        assertThat(value(bc, Map.of("dimension", "financier", "key", "gemeente", "year", "2026"), "cumulative_net"))
                .isEqualTo("-200.00");
        assertThat(value(bc, Map.of("dimension", "financier", "key", "gemeente", "year", "2027"), "cumulative_net"))
                .isEqualTo("1600.00");
        // The declared financier has investments only.
        Map<String, String> provincie2027 = Map.of("dimension", "financier", "key", "provincie", "year", "2027");
        assertThat(value(bc, provincie2027, "benefits")).isEqualTo("0.00");
        assertThat(value(bc, provincie2027, "cumulative_net")).isEqualTo("-300.00");
        // Programme-wide lines form their own kernaanpak key: 2000 + 100 in 2025.
        assertThat(value(bc, Map.of("dimension", "kernaanpak", "key", "programma", "year", "2025"), "investments"))
                .isEqualTo("2100.00");
        // After the plan years nothing is invested; effect years run to 2028.
        assertThat(value(bc, Map.of("dimension", "total", "key", "total", "year", "2028"), "investments"))
                .isEqualTo("0.00");
    }

    @Test
    void summaryHasRatioBreakEvenAndUndiscountedNpvByDefault() throws IOException {
        Csv summary = Csv.read(run(Fixtures.small()).resolve("business-case-summary.csv"));
        CSVRecord total = one(summary, Map.of("dimension", "total", "variant", "expected"));
        // Benefits 1500 + 3000 + 4500; investments 3100 + 2100 + 3100.
        assertThat(total.get("benefits")).isEqualTo("9000.00");
        assertThat(total.get("investments")).isEqualTo("8300.00");
        assertThat(total.get("npv")).isEqualTo("700.00");
        assertThat(total.get("ratio")).isEqualTo("1.08"); // 9000 / 8300 = 1.0843
        // Cumulative net -1600, -700, +700: break-even in 2027.
        assertThat(total.get("break_even_year")).isEqualTo("2027");
        assertThat(total.get("discount_rate")).isEqualTo("0");
        assertThat(total.get("base_year")).isEqualTo("2025");
        // Max variant: cumulative -1800, -1300, -500, -500: never breaks even.
        assertThat(one(summary, Map.of("dimension", "total", "variant", "max")).get("break_even_year")).isEmpty();
        // Zorgverzekeraar min: net +20 in 2025 already.
        assertThat(one(summary, Map.of("key", "zorgverzekeraar", "variant", "min")).get("break_even_year"))
                .isEqualTo("2025");
        // Programma has no benefits: ratio 0.
        assertThat(one(summary, Map.of("key", "programma", "variant", "expected")).get("ratio")).isEqualTo("0.00");
    }

    @Test
    void npvDiscountsEachYearFromTheFirstPlanYear() throws IOException {
        Csv summary = Csv.read(run(Fixtures.small() + "\ndiscountRate: {value: 0.1, assumption: test}\n")
                .resolve("business-case-summary.csv"));
        CSVRecord total = one(summary, Map.of("dimension", "total", "variant", "expected"));
        // -1600 + 900 / 1.1 + 1400 / 1.21 = -1600 + 818.1818 + 1157.0248 = 375.2066
        assertThat(total.get("npv")).isEqualTo("375.21");
        // 1500 + 3000 / 1.1 + 4500 / 1.21 = 7946.2810
        assertThat(total.get("benefits_pv")).isEqualTo("7946.28");
        // 3100 + 2100 / 1.1 + 3100 / 1.21 = 7571.0744
        assertThat(total.get("investments_pv")).isEqualTo("7571.07");
        assertThat(total.get("ratio")).isEqualTo("1.05"); // 7946.2810 / 7571.0744 = 1.0496
        // Undiscounted figures and the break-even year do not change with the rate.
        assertThat(total.get("net")).isEqualTo("700.00");
        assertThat(total.get("break_even_year")).isEqualTo("2027");
        assertThat(total.get("discount_rate")).isEqualTo("0.1");
        // Gemeente: -1400 + 1200 / 1.1 + 1800 / 1.21 = 1178.5124
        assertThat(one(summary, Map.of("key", "gemeente", "variant", "expected")).get("npv")).isEqualTo("1178.51");
    }

    @Test
    void aPlainNumberIsAcceptedAsDiscountRate() throws IOException {
        Csv summary = Csv.read(run(Fixtures.small() + "\ndiscountRate: 0.1\n").resolve("business-case-summary.csv"));
        assertThat(one(summary, Map.of("dimension", "total", "variant", "expected")).get("npv")).isEqualTo("375.21");
    }

    @Test
    void aScenarioWithoutBegrotingHasEmptyBudgetAndInvestmentsOfZero() throws IOException {
        String text = Fixtures.small();
        Path out = run(text.substring(0, text.indexOf("begroting:")));
        assertThat(Csv.read(out.resolve("budget.csv")).rows()).isEmpty();
        Csv bc = Csv.read(out.resolve("business-case.csv"));
        assertThat(bc.sum("expected", Map.of("measure", "investments"))).isZero();
        assertThat(bc.where(Map.of("key", "programma"))).isEmpty();
        assertThat(bc.where(Map.of("key", "provincie"))).isEmpty();
    }

    private static String value(Csv csv, Map<String, String> where, String measure) {
        Map<String, String> all = new java.util.HashMap<>(where);
        all.put("measure", measure);
        return one(csv, all).get("expected");
    }
}
