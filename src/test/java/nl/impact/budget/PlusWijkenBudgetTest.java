package nl.impact.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The begroting of the default scenario and its net business case, recomputed from the outputs. */
class PlusWijkenBudgetTest {

    private static final Path SCENARIO = Path.of("scenarios", "pluswijken.yaml");
    private static final List<String> VARIANTS = List.of("min", "expected", "max");

    @TempDir
    static Path dir;

    static Csv budget;
    static Csv budgetWithTotals;
    static Csv businessCase;
    static Csv summary;
    static Csv effectTotals;
    static String stdout;

    @BeforeAll
    static void run() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", SCENARIO.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        stdout = result.out();
        budgetWithTotals = Csv.read(out.resolve("budget.csv"));
        budget = budgetWithTotals.excluding("line", "total");
        businessCase = Csv.read(out.resolve("business-case.csv"));
        summary = Csv.read(out.resolve("business-case-summary.csv"));
        effectTotals = Csv.read(out.resolve("summary.csv"));
    }

    private static String expected(String line, String financier, String year) {
        List<CSVRecord> rows = budget.where(Map.of("line", line, "financier", financier, "year", year));
        assertThat(rows).hasSize(1);
        return rows.get(0).get("expected");
    }

    @Test
    void everyPostThePlanNamesIsBudgeted() {
        assertThat(budget.rows().stream().map(r -> r.get("line")).distinct()).containsExactly("programmateam",
                "pluswijkteams", "wijkbeeld-evaluatie", "projectleiders-doorbraakmethode", "ipw-regie-en-coaching",
                "maatwerkbudget", "kernteam-extra-uren", "shared-service-center", "welzijnscoaches",
                "opleiding-welzijnscoaches", "ict", "communicatie");
    }

    @Test
    void stdoutShowsInvestmentsAndNetPerFinancier() {
        // Investments 11,437,500 for the zorgverzekeraar; net 17,035,362 - 11,437,500 (expected).
        assertThat(stdout).contains("investments (begroting)", "net (effects - investments)")
                .containsPattern("zorgverzekeraar +11,437,500 +11,437,500 +11,437,500")
                .containsPattern("zorgverzekeraar +578,694 +5,597,862 +10,617,030");
    }

    @Test
    void theBusinessCaseTablesLineUpWithTheEffectsTable() {
        // Each table sized its label column to its own labels: the investments' figures stood three
        // places left of the effects' above them.
        List<String> lines = stdout.lines().toList();
        String effects = lines.stream().filter(l -> l.startsWith("per financier")).findFirst().orElseThrow();
        String investments = lines.stream().filter(l -> l.startsWith("investments (begroting)")).findFirst()
                .orElseThrow();
        String net = lines.stream().filter(l -> l.startsWith("net (effects - investments)")).findFirst().orElseThrow();
        assertThat(investments.indexOf("expected")).isEqualTo(effects.indexOf("expected"));
        assertThat(net.indexOf("expected")).isEqualTo(effects.indexOf("expected"));
        assertThat(lines).contains(
                "gemeente                               28,643,750      29,111,750      30,452,750",
                "gemeente                                  330,000         330,000         330,000",
                "gemeente                               28,313,750      28,781,750      30,122,750");
    }

    @Test
    void quantityTimesTariffLinesFollowTheirKernaanpak() {
        // Welzijn op Recept's fte (5, 10, 15; plan L1775-1779) x 75,000 per FTE.
        assertThat(expected("welzijnscoaches", "zorgverzekeraar", "2025")).isEqualTo("375000.00");
        assertThat(expected("welzijnscoaches", "zorgverzekeraar", "2027")).isEqualTo("1125000.00");
        // Doorbraakmethode's households (250, 250, 500; L905, L952, L985) x 1,500 maatwerkbudget.
        assertThat(expected("maatwerkbudget", "zorgverzekeraar", "2026")).isEqualTo("375000.00");
        assertThat(expected("maatwerkbudget", "zorgverzekeraar", "2027")).isEqualTo("750000.00");
        // Cases (250) x 3,000 for IPW's direction in 2025; 500 x 750 in 2027.
        assertThat(expected("ipw-regie-en-coaching", "zorgverzekeraar", "2025")).isEqualTo("750000.00");
        assertThat(expected("ipw-regie-en-coaching", "zorgverzekeraar", "2027")).isEqualTo("375000.00");
        // Kernteams (6, 19, 35; L1317-1331) x 25,000.
        assertThat(expected("kernteam-extra-uren", "zorgverzekeraar", "2026")).isEqualTo("475000.00");
        // 11 gemeenten x 20,000, half each for gemeente and zorgverzekeraar.
        assertThat(expected("projectleiders-doorbraakmethode", "gemeente", "2026")).isEqualTo("110000.00");
        assertThat(expected("projectleiders-doorbraakmethode", "zorgverzekeraar", "2026")).isEqualTo("110000.00");
    }

    @Test
    void everyAmountIsMarkedAsTheAssumptionItIs() {
        assertThat(budget.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("provenance")).isEqualTo("assumption");
            assertThat(r.get("basis")).contains("assumption: niet in de plantekst");
        });
    }

    @Test
    void theBudgetAddsUpToTheHandComputedTotal() {
        // 4 x 110,000 x 3 + 6 x 60,000 x 3 + 390,000 + 33 x 20,000 + 1,500,000 (IPW) + 1,000 x 1,500
        // + 60 x 25,000 + 650,000 + 30 x 75,000 + 15 x 2,500 + 700,000 + 3 x 60,000 = 11,767,500
        assertThat(budget.sum("expected", Map.of())).isEqualByComparingTo("11767500");
        // budget.csv's own total rows say the same.
        assertThat(budgetWithTotals.where(Map.of("line", "total", "financier", "all", "year", "all")).get(0)
                .get("expected")).isEqualTo("11767500.00");
        assertThat(budgetWithTotals.where(Map.of("line", "total", "financier", "zorgverzekeraar", "year", "2025"))
                .get(0).get("expected")).isEqualTo("3282500.00");
        // The zorgverzekeraar in 2025: everything but the gemeente's half of the project leaders.
        assertThat(budget.sum("expected", Map.of("financier", "zorgverzekeraar", "year", "2025")))
                .isEqualByComparingTo("3282500");
    }

    @Test
    void netIsBenefitsMinusInvestmentsPerFinancierAndYearAndAccumulates() {
        for (String financier : List.of("gemeente", "zorgverzekeraar", "zorgkantoor")) {
            for (String variant : VARIANTS) {
                BigDecimal cumulative = BigDecimal.ZERO;
                for (int year = 2025; year <= 2029; year++) {
                    String y = Integer.toString(year);
                    BigDecimal benefits = measure("financier", financier, "benefits", y, variant);
                    BigDecimal investments = measure("financier", financier, "investments", y, variant);
                    BigDecimal net = measure("financier", financier, "net", y, variant);
                    // Benefits are the effects of summary.csv; investments the budget lines of budget.csv.
                    assertThat(benefits).isEqualByComparingTo(new BigDecimal(effectTotals.where(Map.of(
                            "dimension", "financier", "key", financier, "year", y)).get(0).get(variant)));
                    assertThat(investments).isEqualByComparingTo(
                            budget.sum(variant, Map.of("financier", financier, "year", y)));
                    assertThat(net).isEqualByComparingTo(benefits.subtract(investments));
                    cumulative = cumulative.add(net);
                    assertThat(measure("financier", financier, "cumulative_net", y, variant))
                            .isCloseTo(cumulative, within(new BigDecimal("0.05")));
                }
            }
        }
    }

    @Test
    void breakEvenIsTheFirstYearFromWhichTheCumulativeNetStaysNotNegative() {
        // Zorgverzekeraar, expected: 2,105,507 - 3,282,500 = -1,176,993 in 2025; then
        // 5,400,954.60 - 3,527,500 = +1,873,454.60, cumulative +696,461.60 in 2026.
        assertThat(summaryOf("financier", "zorgverzekeraar", "expected").get("break_even_year")).isEqualTo("2026");
        // Minimal effect: cumulative -341,105.58 in 2027, +578,694.42 in 2028 (next-year savings).
        assertThat(summaryOf("financier", "zorgverzekeraar", "min").get("break_even_year")).isEqualTo("2028");
        // The zorgkantoor only bears Wlz costs: never; it invests nothing, so it has no ratio either.
        assertThat(summaryOf("financier", "zorgkantoor", "expected").get("break_even_year")).isEmpty();
        assertThat(summaryOf("financier", "zorgkantoor", "expected").get("no_break_even")).isEqualTo("ends_negative");
        assertThat(summaryOf("financier", "zorgkantoor", "expected").get("ratio")).isEmpty();
        assertThat(summaryOf("financier", "zorgkantoor", "expected").get("investments")).isEqualTo("0.00");
        // Programme-wide lines have no benefits: never.
        assertThat(summaryOf("kernaanpak", "programma", "expected").get("break_even_year")).isEmpty();
        // Every row: the year after the last whose cumulative net is below zero; none when 2029's is.
        for (CSVRecord row : summary.rows()) {
            String from = "2025";
            for (int year = 2025; year <= 2029; year++) {
                if (measure(row.get("dimension"), row.get("key"), "cumulative_net", Integer.toString(year),
                        row.get("variant")).signum() < 0) {
                    from = year == 2029 ? "" : Integer.toString(year + 1);
                }
            }
            assertThat(row.get("break_even_year")).as(row.toString()).isEqualTo(from);
        }
    }

    @Test
    void theDefaultIsUndiscountedAndANonZeroRateDiscountsFrom2025() throws IOException {
        CSVRecord total = summaryOf("total", "total", "expected");
        assertThat(total.get("discount_rate")).isEqualTo("0");
        assertThat(total.get("npv")).isEqualTo(total.get("net"));
        assertThat(total.get("investments")).isEqualTo("11767500.00");

        String text = Files.readString(SCENARIO);
        String discounted = text.replace("discountRate:\n  value: 0\n", "discountRate:\n  value: 0.03\n");
        assertThat(discounted).isNotEqualTo(text);
        Path file = dir.resolve("discounted.yaml");
        Files.writeString(file, discounted);
        Path out = dir.resolve("discounted");
        assertThat(Cli.run("run", file.toString(), "--out", out.toString()).exitCode()).isZero();
        CSVRecord npvRow = Csv.read(out.resolve("business-case-summary.csv"))
                .where(Map.of("dimension", "total", "variant", "expected")).get(0);
        // By hand from the yearly nets: sum of net(year) / 1.03^(year - 2025).
        BigDecimal npv = BigDecimal.ZERO;
        for (int year = 2025; year <= 2029; year++) {
            BigDecimal net = measure("total", "total", "net", Integer.toString(year), "expected");
            npv = npv.add(net.divide(new BigDecimal("1.03").pow(year - 2025), MathContext.DECIMAL64));
        }
        assertThat(new BigDecimal(npvRow.get("npv"))).isCloseTo(npv, within(new BigDecimal("0.05")));
        assertThat(new BigDecimal(npvRow.get("npv"))).isLessThan(new BigDecimal(total.get("npv")));
        assertThat(npvRow.get("discount_rate")).isEqualTo("0.03");
        assertThat(npvRow.get("base_year")).isEqualTo("2025");
    }

    private static BigDecimal measure(String dimension, String key, String measure, String year, String variant) {
        List<CSVRecord> rows = businessCase.where(Map.of("dimension", dimension, "key", key, "measure", measure,
                "year", year));
        assertThat(rows).as(dimension + " " + key + " " + measure + " " + year).hasSize(1);
        return new BigDecimal(rows.get(0).get(variant));
    }

    private static CSVRecord summaryOf(String dimension, String key, String variant) {
        List<CSVRecord> rows = summary.where(Map.of("dimension", dimension, "key", key, "variant", variant));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
