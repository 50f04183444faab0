package nl.impact.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.Computation;
import nl.impact.report.BusinessCaseSummaryCsv;
import nl.impact.testing.Cli;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact diff}: exit codes, results against separate runs, attribution, formats. */
class DiffTest {

    private static final Path PLUSWIJKEN = Path.of("scenarios", "pluswijken.yaml");
    private static final Path BASE = Path.of("src/test/resources/diff/base.yaml");
    private static final Path NEW = Path.of("src/test/resources/diff/new.yaml");

    @TempDir
    Path dir;

    @Test
    void aScenarioComparedWithItselfHasNoChange() {
        Cli.Result text = Cli.run("diff", PLUSWIJKEN.toString(), PLUSWIJKEN.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Inputs: 0 changed", "Results, expected: no change", "No result changed.");
        Cli.Result markdown = Cli.run("diff", PLUSWIJKEN.toString(), "--format", "markdown");
        assertThat(markdown.exitCode()).isZero();
        assertThat(markdown.out()).isEqualTo(
                "**impact diff** · PlusWIJken Zuid\\-Limburg: geen wijziging in de uitkomsten.\n");
    }

    @Test
    void aSingleChangedParameterChangesResultsByTheDifferenceOfTwoRuns() throws Exception {
        Path edited = dir.resolve("pluswijken.yaml");
        String text = Files.readString(PLUSWIJKEN, StandardCharsets.UTF_8);
        assertThat(text).containsOnlyOnce("value: 135\n");
        Files.writeString(edited, text.replace("value: 135\n", "value: 120\n"), StandardCharsets.UTF_8);
        Map<String, CSVRecord> before = summary(PLUSWIJKEN, "before");
        Map<String, CSVRecord> after = summary(edited, "after");

        Cli.Result diff = Cli.run("diff", PLUSWIJKEN.toString(), edited.toString(), "--format", "csv");
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(3);
        List<CSVRecord> rows = csv(diff.out());
        assertThat(rows.stream().filter(r -> r.get("section").equals("input")))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("key")).isEqualTo("kernaanpakken.welzijn-op-recept.clientenPerFte.value");
                    assertThat(r.get("before")).isEqualTo("135");
                    assertThat(r.get("after")).isEqualTo("120");
                    assertThat(r.get("provenance_before")).startsWith("source: Transformatieplan PlusWIJken, § 4.b Impact kernaanpakken: "
                            + "Welzijn op Recept (regel 1780)");
                });
        Map<String, String> column = Map.of("benefits", "benefits", "investments", "investments", "net", "net",
                "npv", "npv");
        int compared = 0;
        int changed = 0;
        for (CSVRecord r : rows) {
            if (!r.get("section").equals("result") || !column.containsKey(r.get("item"))) {
                continue;
            }
            String key = r.get("dimension") + "/" + r.get("key") + "/" + r.get("variant");
            BigDecimal expected = new BigDecimal(after.get(key).get(column.get(r.get("item"))))
                    .subtract(new BigDecimal(before.get(key).get(column.get(r.get("item")))));
            assertThat(new BigDecimal(r.get("change"))).as(key + " " + r.get("item")).isEqualByComparingTo(expected);
            compared++;
            changed += expected.signum() != 0 ? 1 : 0;
        }
        // Three financiers and the total, three variants, four amounts; the gemeente's net fell.
        assertThat(compared).isEqualTo(4 * 3 * 4);
        assertThat(changed).isPositive();
        assertThat(rows).anyMatch(r -> r.get("section").equals("result") && r.get("key").equals("gemeente")
                && r.get("variant").equals("expected") && r.get("item").equals("net")
                && new BigDecimal(r.get("change")).signum() < 0);
    }

    @Test
    void attributionAddsUpToTheChangeToTheCentAndSharesTheInteraction() throws Exception {
        Cli.Result diff = Cli.run("diff", BASE.toString(), NEW.toString(), "--format", "csv");
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(3);
        List<CSVRecord> rows = csv(diff.out());
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, BigDecimal> parts = new HashMap<>();
        for (CSVRecord r : rows) {
            if (r.get("section").equals("attribution")) {
                String key = r.get("variant") + "/" + r.get("key");
                sums.merge(key, new BigDecimal(r.get("change")), BigDecimal::add);
                parts.put(key + "/" + r.get("item"), new BigDecimal(r.get("change")));
            }
        }
        assertThat(sums).hasSize(3 * 3);
        for (CSVRecord r : rows) {
            if (r.get("section").equals("result") && r.get("item").equals("net")) {
                String key = r.get("variant") + "/" + r.get("key");
                assertThat(sums.get(key)).as(key).isEqualTo(new BigDecimal(r.get("change")));
            }
        }
        // By hand: 300 clients become 400 (2026: 200 -> 300) and the Zvw saving 1,000 becomes 1,200.
        // Clients alone: +100 x 1,500 = 150,000, after the tariff: +100 x 1,700 = 170,000; Shapley
        // gives the mean, 160,000. The tariff: 300 x 200 = 60,000 or 400 x 200 = 80,000: 70,000.
        assertThat(parts.get("expected/total/kernaanpakken.k.clients")).isEqualByComparingTo("160000");
        assertThat(parts.get("expected/total/kernaanpakken.k.effects[0].amounts.Zvw")).isEqualByComparingTo("70000");
        assertThat(parts.get("expected/total/begroting.lines.coach.amount")).isEqualByComparingTo("-50000");
        assertThat(parts.get("expected/gemeente/kernaanpakken.k.clients")).isEqualByComparingTo("50000");
        assertThat(parts.get("expected/gemeente/kernaanpakken.k.effects[0].amounts.Zvw")).isEqualByComparingTo("0");
    }

    @Test
    void theMarkdownOfAKnownChangeIsTheExpectedText() throws IOException {
        Cli.Result diff = Cli.run("diff", BASE.toString(), NEW.toString(), "--format", "markdown");
        assertThat(diff.exitCode()).isEqualTo(3);
        assertThat(diff.out()).isEqualTo(Files.readString(Path.of("src/test/resources/diff/expected.md")));
        // --out writes the same text, and a rerun gives the same bytes.
        Path out = dir.resolve("comment.md");
        assertThat(Cli.run("diff", BASE.toString(), NEW.toString(), "--format", "markdown", "--out", out.toString())
                .exitCode()).isEqualTo(3);
        assertThat(Files.readString(out)).isEqualTo(diff.out());
        assertThat(Cli.run("diff", BASE.toString(), NEW.toString(), "--out", dir.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void toleranceDecidesWhatCountsAsChanged() {
        assertThat(Cli.run("diff", BASE.toString(), NEW.toString(), "--tolerance", "1000000").exitCode()).isEqualTo(3);
        // Below the tolerance in euros, but the ratio and break-even year moved: still a change.
        Cli.Result json = Cli.run("diff", BASE.toString(), NEW.toString(), "--format", "json", "--tolerance", "200000");
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(json.out()).contains("\"resultsChanged\" : true", "\"measure\" : \"ratio\"");
        Cli.Result bad = Cli.run("diff", BASE.toString(), NEW.toString(), "--format", "xml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--format xml: expected one of text, markdown, csv, json");
    }

    @Test
    void aWhatIfIsComparedWithThePlanAndAnInvalidOneIsInvalidInput() {
        Cli.Result diff = Cli.run("diff", BASE.toString(), "--set", "kernaanpakken.k.effects[0].amounts.Zvw.value=1200");
        assertThat(diff.exitCode()).isEqualTo(3);
        assertThat(diff.out()).contains("changed kernaanpakken.k.effects[0].amounts.Zvw.value: 1000 -> 1200  "
                + "[source: test -> override: --set kernaanpakken.k.effects[0].amounts.Zvw.value=1200]");
        Cli.Result bad = Cli.run("diff", BASE.toString(), "--set", "kernaanpakken.k.effects[3].amounts.Zvw.value=1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("error: --set kernaanpakken.k.effects[3].amounts.Zvw.value=1: no such path");
    }

    private Map<String, CSVRecord> summary(Path scenario, String name) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        new BusinessCaseSummaryCsv().write(nl.impact.report.RunOutputs.of(Computation.of(scenario)), out);
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : csv(Files.readString(out.resolve(BusinessCaseSummaryCsv.FILE)))) {
            rows.put(r.get("dimension") + "/" + r.get("key") + "/" + r.get("variant"), r);
        }
        return rows;
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
    }
}
