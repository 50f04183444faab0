package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code mijlpalen} section: tranches against the begroting, and every malformed milestone a
 * located problem with exit code 2 and no outputs (docs/monitoring.md).
 */
class MilestoneValidationTest {

    private static final Path BASE = Path.of("src/test/resources/milestones/two-kernaanpakken.yaml");
    private static final String M3_TRANCHE =
            "tranche: {amount: 3000, financier: zorgverzekeraar, line: la, source: test}\n  2026-H1:";

    @TempDir
    Path dir;

    @Test
    void theBaseScenarioIsValidAndItsTranchesFillTheBegrotingExactly() {
        Cli.Result result = Cli.run("validate", BASE.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void tranchesAboveTheBegrotingOfTheirLineFinancierAndYearAreLocatedAtTheTrancheThatPassesIt() throws IOException {
        // la 2025: m1 3,000 + m3 3,001 = 6,001 against a begroting of 6,000.
        Path file = edit("invalid-over.yaml", "", "", M3_TRANCHE,
                "tranche: {amount: 3001, financier: zorgverzekeraar, line: la, source: test}\n  2026-H1:");
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", file.toString(), "--out", out.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: " + file + ":82:25: mijlpalen.2025-H2.m3.tranche.amount: the tranches "
                + "of budget line 'la' paid by zorgverzekeraar in 2025 add up to 6001 (2025-H1 m1, 2025-H2 m3), more "
                + "than the begroting gives it: 6000 (min); expected at most the begroting\n1 problem found.\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aTrancheBelowTheBegrotingIsValid() throws IOException {
        Path file = edit("valid-below.yaml", "", "", M3_TRANCHE,
                "tranche: {amount: 1000, financier: zorgverzekeraar, line: la, source: test}\n  2026-H1:");
        assertThat(Cli.run("validate", file.toString()).exitCode()).isZero();
    }

    @Test
    void aTrancheNamesALineOfTheBegrotingAndOneOfItsFinanciers() throws IOException {
        Path file = edit("invalid-tranche.yaml", "", "", M3_TRANCHE,
                "tranche: {amount: 3000, financier: gemeente, line: lc, source: test}\n  2026-H1:");
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(":82:58: mijlpalen.2025-H2.m3.tranche.line: unknown budget line 'lc'; "
                + "expected one of la, lb");
        Path financier = edit("invalid-financier.yaml", "", "", M3_TRANCHE,
                "tranche: {amount: 3000, financier: gemeente, line: la, source: test}\n  2026-H1:");
        Cli.Result wrong = Cli.run("validate", financier.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("mijlpalen.2025-H2.m3.tranche.financier: 'gemeente' pays no part of the line "
                + "'la'; expected one of zorgverzekeraar");
    }

    @Test
    void malformedMilestonesAreLocated() throws IOException {
        assertRefused("half-year.yaml", "  2025-H2:\n", "  2025-H3:\n",
                "mijlpalen.2025-H3: expected a half year such as 2025-H1 (or 'volumes'), got '2025-H3'");
        assertRefused("outside.yaml", "  2027-H1:\n", "  2028-H1:\n",
                "mijlpalen.2028-H1: the half year 2028-H1 lies outside the plan years 2025-2027");
        assertRefused("date.yaml", "{date: 2025-10-31, source: test}", "{date: 2026-01-15, source: test}",
                "mijlpalen.2025-H2.m3.target.date: expected a date within 2025-H2 (2025-07-01 to 2025-12-31), "
                        + "got 2026-01-15");
        assertRefused("two-targets.yaml", "{done: true, source: test}\n      tranche: {amount: 1000",
                "{done: true, count: 2, source: test}\n      tranche: {amount: 1000",
                "mijlpalen.2025-H2.m2.target: give one of 'count', 'done' and 'date'");
        assertRefused("kernaanpak.yaml", "kernaanpakken: [b]\n      target: {done: true, source: test}\n      tranche",
                "kernaanpakken: [c]\n      target: {done: true, source: test}\n      tranche",
                "mijlpalen.2025-H2.m2.kernaanpakken[0]: unknown kernaanpak 'c'; expected one of a, b, programma");
        assertRefused("twice.yaml", "    m7:\n", "    m1:\n",
                "mijlpalen.2027-H1.m1: the milestone id 'm1' is used before, at mijlpalen.2025-H1.m1");
        assertRefused("no-source.yaml", "{count: 5, unit: clienten, source: test}\n      tranche: {amount: 3000, "
                + "financier: zorgverzekeraar, line: la, source: test}\n  2025-H2",
                "{count: 5, unit: clienten}\n      tranche: {amount: 3000, "
                + "financier: zorgverzekeraar, line: la, source: test}\n  2025-H2",
                "mijlpalen.2025-H1.m1.target");
        assertRefused("volume.yaml", "a: {clienten: sum}", "a: {patienten: sum}",
                "mijlpalen.volumes.a.patienten: unknown name 'patienten' in kernaanpak 'a'");
        assertRefused("rule.yaml", "a: {clienten: sum}", "a: {clienten: total}",
                "mijlpalen.volumes.a.clienten: expected 'sum' (what starts in each half year adds up");
        assertRefused("activities.yaml", "activities: {kernaanpakken: [a], source: test}",
                "activities: {kernaanpakken: [x], source: test}",
                "kpis.kpi-a.activities.kernaanpakken[0]: unknown kernaanpak 'x'; expected one of a, b");
    }

    private void assertRefused(String name, String from, String to, String message) throws IOException {
        Path file = edit(name, from, to, "", "");
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(name + ": " + result.err()).isEqualTo(2);
        assertThat(result.err()).as(name).contains(message).doesNotContain("Exception");
    }

    /** The base scenario with {@code from} replaced by {@code to} and {@code from2} by {@code to2}; each must occur. */
    private Path edit(String name, String from, String to, String from2, String to2) throws IOException {
        String text = Files.readString(BASE);
        assertThat(text).as(name).contains(from).contains(from2);
        text = text.replace(from, to);
        if (!from2.isEmpty()) {
            text = text.replace(from2, to2);
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
