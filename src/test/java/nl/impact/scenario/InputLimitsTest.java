package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.model.Limits;
import nl.impact.model.Timing;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever {@code validate} accepts, {@code run} computes: every input beyond a documented limit
 * (docs/scenario-format.md, "Limits") is refused up front, at its place, with exit 2 and no output;
 * none ends in a crash, a hang or a wrong number.
 */
class InputLimitsTest {

    @TempDir
    Path dir;

    /** The test scenario with one piece of its text replaced. */
    private Path scenario(String from, String to) throws IOException {
        assertThat(Scenarios.BASE).contains(from);
        return Scenarios.write(dir, "scenario.yaml", Scenarios.BASE.replace(from, to));
    }

    /** validate and run both refuse the file with exactly this problem (and only it); run writes nothing. */
    private void refused(Path file, String problem) {
        Cli.Result validate = Cli.run("validate", file.toString());
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo("error: " + file + ":" + problem + "\n1 problem found.\n");
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(validate.err());
        assertThat(out).doesNotExist();
    }

    @Test
    void formulaFunctionsWithoutAnExcelEquivalentAreRefusedByValidate() throws IOException {
        refused(scenario("hours: \"clients * 15\"", "hours: \"FACT(clients) * 15\""),
                "11:14: kernaanpakken.k.formulas.hours: formula 'FACT(clients) * 15': the function FACT cannot be "
                        + "written as an Excel formula; use numbers, names, + - * / ^, comparisons, && || ! and the "
                        + "functions CUMULATIVE, PREVIOUS, YEAR, YEARINDEX, FLOOR, CEILING, ABS, SQRT, NOT, MIN, MAX, SUM, AVERAGE, IF, "
                        + "ROUND");
    }

    @Test
    void deeplyNestedFormulasAreRefusedBeforeParsing() throws IOException {
        String deep = "(".repeat(400) + "clients" + ")".repeat(400);
        refused(scenario("hours: \"clients * 15\"", "hours: \"" + deep + "\""),
                "11:14: kernaanpakken.k.formulas.hours: formula nested more than 40 levels deep (the limit on nesting)");
    }

    @Test
    void hugeIntermediateResultsAreRefusedAtTheFormula() throws IOException {
        refused(scenario("hours: \"clients * 15\"", "hours: \"SQRT(10^999999) * clients\""),
                "11:14: kernaanpakken.k.formulas.hours: formula 'SQRT(10^999999) * clients' cannot be evaluated in "
                        + "2025: an exponent beyond -1000 to 1000 (the limit on exponents) (min)");
        refused(scenario("hours: \"clients * 15\"", "hours: \"clients * 10^15\""),
                "11:14: kernaanpakken.k.formulas.hours: formula 'clients * 10^15' cannot be evaluated in "
                        + "2025: a result beyond -1e15 to 1e15 (the limit on magnitudes) (min)");
    }

    @Test
    void hugeInputsAreRefusedAtTheirValue() throws IOException {
        refused(scenario("Zvw: {value: 1000, source: test}", "Zvw: {value: 1e999999999, source: test}"),
                "17:24: kernaanpakken.k.effects[0].amounts.Zvw.value: expected a number from -1e15 to 1e15 (the limit "
                        + "on magnitudes), got 1E+999999999");
        refused(scenario("Zvw: {value: 1000, source: test}", "Zvw: {value: 1e-999999999, source: test}"),
                "17:24: kernaanpakken.k.effects[0].amounts.Zvw.value: expected a number with at most 20 decimals, "
                        + "got 1E-999999999");
    }

    @Test
    void hugeFinalResultsAreRefusedAtTheEffect() throws IOException {
        refused(scenario("clients: {perYear: {2025: 100, 2026: 200}, source: test}",
                "clients: {perYear: {2025: 1e13, 2026: 200}, source: test}"),
                "16:9: kernaanpakken.k.effects[0].amounts: euros in a year beyond -1e15 to 1e15 (the limit on "
                        + "magnitudes): volume x amount x correction is too large");
    }

    @Test
    void yearsAtTheLimitsOfAnIntAreRefusedAtOnce() throws IOException {
        Path file = scenario("years: {first: 2025, last: 2026, effectsUntil: 2027}",
                "years: {first: -2147483648, last: 2147483647}");
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: " + file + ":2:16: years.first: expected a year from 1900 to 2200, "
                + "got -2147483648\nerror: " + file + ":2:35: years.last: expected a year from 1900 to 2200, got "
                + "2147483647\n2 problems found.\n");
    }

    @Test
    void moreThanAHundredPlanYearsAreRefused() throws IOException {
        refused(scenario("years: {first: 2025, last: 2026, effectsUntil: 2027}",
                "years: {first: 2025, last: 2026, effectsUntil: 2200}"),
                "2:48: years.effectsUntil: expected at most 100 years from first to effectsUntil (the limit on plan "
                        + "years), got 176");
    }

    @Test
    void timingBeyondTheLimitIsRefused() throws IOException {
        refused(scenario("timing: direct", "timing: {offset: 0, years: 2147483647}"),
                "15:9: kernaanpakken.k.effects[0].timing: expected offset and years of at most 100 (the limit on "
                        + "timing), got offset 0 and years 2147483647");
    }

    @Test
    void aDurationNearTheIntLimitStillFallsInItsYears() {
        // It used to overflow into "never": 0 euros everywhere.
        Timing forever = new Timing(0, Integer.MAX_VALUE);
        assertThat(forever.fallsIn(2025, 2025)).isTrue();
        assertThat(forever.fallsIn(2025, 2200)).isTrue();
        assertThat(new Timing(Integer.MAX_VALUE, 1).fallsIn(2025, 2025)).isFalse();
    }

    @Test
    void aRecurringEffectAtTheLimitCountsInEveryYear() throws IOException {
        Path file = scenario("timing: direct", "timing: {offset: 0, years: 100}");
        Path out = Cli.runInto(file, dir.resolve("out"));
        // 100 clients in 2025 and 200 in 2026 save 1,000 euros each in Zvw, every year to 2027.
        // 100 x 1,000 in 2025, 2026 and 2027; 200 x 1,000 in 2026 and 2027: 700,000 in all.
        assertThat(Csv.read(out.resolve("effects.csv")).sum("expected", Map.of("domain", "Zvw")))
                .isEqualByComparingTo("700000");
    }

    @Test
    void controlCharactersInTextAreRefusedWhereTheyStand() throws IOException {
        refused(scenario("name: KPI test", "name: \"KPI \\e[31mtest\""),
                "1:7: name: the control character \\u001B in text 'KPI \\u001B[31mtest'; remove it");
        refused(scenario("  Wmo: {financier: gemeente}", "  Wmo: {financier: gemeente}\n  \"X\\u0007\": {financier: x}"),
                "6:3: domains.X\\u0007: the control character \\u0007 in text 'X\\u0007'; remove it");
    }

    @Test
    void aFileBeyondTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, Scenarios.BASE + "# " + "x".repeat(11 * 1024 * 1024) + "\n", StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: " + file + ": a file of " + Files.size(file) + " bytes; the limit on "
                + "scenario files is 10485760 bytes\n1 problem found.\n");
    }

    @Test
    void aFileOfTooManyNodesIsRefusedAtTheFirstOneTooMany() throws IOException {
        Path file = Scenarios.write(dir, "many.yaml", Scenarios.BASE + "description: [" + "1,".repeat(Limits.MAX_NODES) + "1]\n");
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: " + file + ":19:").endsWith(": more than " + Limits.MAX_NODES + " keys and values "
                + "(the limit on scenario size)\n1 problem found.\n");
    }

    @Test
    void manyProblemsAreCappedAfterTheFirstFifty() throws IOException {
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            unknown.append("unknown").append(i).append(": 1\n");
        }
        Path file = Scenarios.write(dir, "many-problems.yaml", Scenarios.BASE + unknown);
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().filter(l -> l.startsWith("error: "))).hasSize(50);
        assertThat(result.err()).endsWith("\n... and 20 more problems.\n70 problems found.\n");
    }
}
