package nl.impact.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget line whose formula figure reads its kernaanpak's names in an area scenario, where those
 * names read the area table's columns: it is computed per area, where and when the kernaanpak runs.
 * (The reader and the plan once planned such a line without the columns and refused it as an
 * unknown name.)
 */
class AreaFormulaLineTest {

    @TempDir
    Path dir;

    @Test
    void aFormulaLineOverAColumnIsComputedPerArea() throws Exception {
        Scenarios.write(dir, "wijken.csv", TwoAreas.TABLE);
        // A coach per 500 clients, at 20,000 a year: Centrum (100 clients) from 2025, Noord (200) from 2026.
        String kernaanpak = TwoAreas.KERNAANPAK.formatted("areas: {from: start}", "inwoners").replace("""
                  quantity: clients
                  tariff: {value: 100, source: test}
            """, """
                  amount: {formula: "clients / 500 * 20000", derived: test}
            """);
        Path scenario = Scenarios.write(dir, "two.yaml", TwoAreas.HEAD + TwoAreas.AREAS + kernaanpak);
        Cli.Result result = Cli.run("run", scenario.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        // 2025: Centrum 100 clients -> 4,000; 2026: Centrum 100 and Noord 200 -> 12,000.
        List<String> budget = Files.readAllLines(dir.resolve("out/budget.csv"));
        assertThat(budget).anyMatch(l -> l.startsWith("coach,") && l.contains(",gemeente,2025,") && l.contains("4000.00"));
        assertThat(budget).anyMatch(l -> l.startsWith("coach,") && l.contains(",gemeente,2026,") && l.contains("12000.00"));
        // The line lands in its areas: Noord pays nothing in 2025 and 8,000 in 2026.
        List<String> areas = Files.readAllLines(dir.resolve("out/areas.csv"));
        assertThat(areas).anyMatch(l -> l.startsWith(
                "WK093501,Noord,Maastricht,gemeente Maastricht,2026,100000.00,100000.00,100000.00,8000.00,8000.00,8000.00,"));
        assertThat(areas).anyMatch(l -> l.startsWith(
                "WK093501,Noord,Maastricht,gemeente Maastricht,2025,0.00,0.00,0.00,0.00,0.00,0.00,"));
    }
}
