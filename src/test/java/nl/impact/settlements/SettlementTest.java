package nl.impact.settlements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.Computation;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Variant;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settlements on a scenario of three financiers computed by hand (see its comments): Zvw effects of
 * 100,000 and 200,000, Wmo 50,000 and 100,000, the provincie invests 50,000 a year; the zorgverzekeraar
 * passes 30 % (20 % min, 40 % max) of its Zvw saving to the gemeente (30,000 and 60,000), and the
 * gemeente pays the provincie 10,000 a year.
 */
class SettlementTest {

    private static final Path SCENARIO = Path.of("src/test/resources/cookbook/settlements.yaml");

    @TempDir
    Path dir;

    @Test
    void aSettlementMovesNetBetweenFinanciersAndLeavesBenefitsAndThePlanAlone() throws Exception {
        RunResult result = Computation.of(SCENARIO);
        Map<String, NetFlow> byFinancier = BusinessCase.of(result).stream()
                .filter(f -> f.dimension() == Totals.Dimension.FINANCIER)
                .collect(Collectors.toMap(NetFlow::key, f -> f));
        // gemeente: benefits 150,000, receives 90,000 from the zorgverzekeraar, pays 20,000 to the provincie.
        assertTotals(byFinancier.get("gemeente"), "150000", "0", "70000", "220000");
        assertTotals(byFinancier.get("zorgverzekeraar"), "300000", "0", "-90000", "210000");
        assertTotals(byFinancier.get("provincie"), "0", "100000", "20000", "-80000");
        NetFlow total = BusinessCase.of(result).stream().filter(f -> f.dimension() == Totals.Dimension.TOTAL)
                .findFirst().orElseThrow();
        assertTotals(total, "450000", "100000", "0", "350000");
        // The share's band: 20 % and 40 % of the 300,000 Zvw saving.
        assertThat(byFinancier.get("gemeente").net().get(Variant.MIN).total()).isEqualByComparingTo("190000");
        assertThat(byFinancier.get("gemeente").net().get(Variant.MAX).total()).isEqualByComparingTo("250000");
        assertThat(byFinancier.get("zorgverzekeraar").net().get(Variant.MAX).total()).isEqualByComparingTo("180000");
        // Per year: 30 % of 100,000 and of 200,000, less the 10,000 to the provincie.
        assertThat(byFinancier.get("gemeente").settlements().expected().at(2025)).isEqualByComparingTo("20000");
        assertThat(byFinancier.get("gemeente").settlements().expected().at(2026)).isEqualByComparingTo("50000");
    }

    private static void assertTotals(NetFlow flow, String benefits, String investments, String settlements,
            String net) {
        assertThat(flow.benefits().expected().total()).as(flow.key() + " benefits").isEqualByComparingTo(benefits);
        assertThat(flow.investments().expected().total()).as(flow.key() + " investments")
                .isEqualByComparingTo(investments);
        assertThat(flow.settlements().expected().total()).as(flow.key() + " settlements")
                .isEqualByComparingTo(settlements);
        assertThat(flow.net().expected().total()).as(flow.key() + " net").isEqualByComparingTo(net);
    }

    @Test
    void theCsvsShowSettlementsAsTheirOwnMeasureAndColumn() throws Exception {
        Path out = Cli.runInto(SCENARIO, dir.resolve("out"));
        List<String> summary = Files.readAllLines(out.resolve("business-case-summary.csv"));
        assertThat(summary.get(0)).endsWith(",no_break_even,settlements");
        assertThat(summary).contains(
                "financier,gemeente,expected,150000.00,0.00,220000.00,150000.00,0.00,220000.00,,2025,0,2025,,70000.00",
                "financier,provincie,expected,0.00,100000.00,-80000.00,0.00,100000.00,-80000.00,0.00,,0,2025,"
                        + "ends_negative,20000.00",
                "total,total,expected,450000.00,100000.00,350000.00,450000.00,100000.00,350000.00,4.50,2025,0,2025,,0.00");
        List<String> yearly = Files.readAllLines(out.resolve("business-case.csv"));
        assertThat(yearly).contains("financier,zorgverzekeraar,settlements,2025,-20000.00,-30000.00,-40000.00",
                "financier,zorgverzekeraar,settlements,2026,-40000.00,-60000.00,-80000.00",
                "total,total,settlements,2026,0.00,0.00,0.00");
        // The share is an input like any other: it swings both financiers' net and leaves the plan's alone.
        assertThat(Files.readAllLines(out.resolve("sensitivity.csv"))).contains(
                "settlements.zvw-naar-gemeente.share,Deel van de Zvw-besparing naar de gemeente - aandeel,gemeente,net,"
                        + "0.2,0.4,190000.00,220000.00,250000.00,60000.00,band",
                "settlements.zvw-naar-gemeente.share,Deel van de Zvw-besparing naar de gemeente - aandeel,total,net,"
                        + "0.2,0.4,350000.00,350000.00,350000.00,0.00,band");
        // report.html: a column of its own, the same figures as the summary CSV.
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<th scope=\"col\">Verrekeningen (verwacht)</th>",
                "data-key=\"business-case-summary|financier|gemeente|expected|settlements\" data-value=\"70000.00\"",
                "data-key=\"business-case-summary|financier|zorgverzekeraar|expected|settlements\" data-value=\"-90000.00\"",
                "data-key=\"business-case-summary|financier|gemeente|expected|net\" data-value=\"220000.00\"");
    }

    @Test
    void aScenarioWithoutSettlementsHasNoSettlementRows() throws Exception {
        Path out = Cli.runInto(Path.of("scenarios/voorbeeldregio-valpreventie.yaml"), dir.resolve("out"));
        assertThat(Files.readString(out.resolve("business-case.csv"))).doesNotContain(",settlements,");
    }

    @Test
    void badSettlementsAreLocated() throws Exception {
        String base = Files.readString(SCENARIO);
        String bad = base.substring(0, base.indexOf("settlements:")) + """
                settlements:
                  onbekend:
                    from: zorgkantoor
                    to: gemeente
                    amount: {value: 1, source: test}
                  zichzelf:
                    from: gemeente
                    to: gemeente
                    amount: {value: 1, source: test}
                  beide:
                    from: zorgverzekeraar
                    to: gemeente
                    amount: {value: 1, source: test}
                    share: {value: 0.1, source: test}
                    of: {effects: ["k/*"]}
                  een:
                    from: zorgverzekeraar
                    to: gemeente
                    share: {value: 0.1, source: test}
                    of: {effects: ["k/besparing"], domains: [Zvw]}
                  twee:
                    from: gemeente
                    to: zorgverzekeraar
                    share: {value: 0.2, source: test}
                    of: {effects: ["*/*"]}
                  geen-effect:
                    from: gemeente
                    to: zorgverzekeraar
                    share: {value: 0.2, source: test}
                    of: {effects: ["k/onbekend"], domains: [Wlz]}
                """;
        Path file = Scenarios.write(dir, "bad.yaml", bad);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("settlements.onbekend.from: unknown financier 'zorgkantoor'; expected one of gemeente, "
                        + "zorgverzekeraar, provincie")
                .contains("settlements.zichzelf.to: 'gemeente' would pay itself")
                .contains("settlements.beide: give either a cost (amount, or quantity and tariff) or a share of effects")
                .contains("settlements.twee.of: settles k/besparing in Zvw between gemeente and zorgverzekeraar again "
                        + "(also in settlements.een)")
                .contains("settlements.geen-effect.of.effects[0]: kernaanpak 'k' has no effect 'onbekend'")
                .contains("settlements.geen-effect.of.domains[0]: unknown domain 'Wlz'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aFinancierWhoseOnlyMoneyIsASettlementHasFlows() throws Exception {
        // The provincie invests nothing here: its only money is what the gemeente pays it, every year.
        String text = Files.readString(SCENARIO).replace("financier: provincie", "financier: gemeente");
        Path out = Cli.runInto(Scenarios.write(dir, "only.yaml", text), dir.resolve("out"));
        assertThat(Files.readAllLines(out.resolve("business-case-summary.csv"))).contains(
                "financier,provincie,expected,0.00,0.00,20000.00,0.00,0.00,20000.00,,2025,0,2025,,20000.00");
    }
}
