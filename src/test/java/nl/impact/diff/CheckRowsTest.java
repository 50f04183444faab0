package nl.impact.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact run --check DIR} lists the rows that changed in each differing CSV, the first twenty. */
class CheckRowsTest {

    private static final Path BASE = Path.of("src/test/resources/diff/base.yaml");

    @TempDir
    Path dir;

    @Test
    void listsTheChangedRowsByTheirKeyColumns() {
        Path out = Cli.runInto(BASE, dir.resolve("out"));
        Cli.Result check = Cli.run("run", BASE.toString(), "--check", out.toString(), "--set",
                "kernaanpakken.k.effects[0].amounts.Zvw.value=1200");
        assertThat(check.exitCode()).isEqualTo(3);
        String err = check.err();
        assertThat(err).contains("differs: effects.csv\n"
                + "  changed kernaanpak=k, effect=saving, domain=Zvw, financier=zorgverzekeraar, year=2025: "
                + "min: 100000.00 -> 120000.00, expected: 100000.00 -> 120000.00, max: 100000.00 -> 120000.00\n"
                + "  changed kernaanpak=k, effect=saving, domain=Zvw, financier=zorgverzekeraar, year=2026: "
                + "min: 200000.00 -> 240000.00, expected: 200000.00 -> 240000.00, max: 200000.00 -> 240000.00\n"
                + "differs: report.html\n").contains("differs: summary.csv\n");
        // business-case.csv: 21 rows changed (benefits, net and cumulative net of the zorgverzekeraar, the
        // kernaanpak and the total); twenty are shown.
        String businessCase = err.substring(err.indexOf("differs: business-case.csv\n"), err.indexOf("differs: effects.csv"));
        assertThat(businessCase.lines().filter(l -> l.startsWith("  changed ")).count()).isEqualTo(20);
        assertThat(businessCase).endsWith("  ... and 1 more row\n");
        assertThat(err).doesNotContain("budget.csv").contains("differs: bijlage-1-maatschappelijke-business-case.xlsx\n");
    }
}
