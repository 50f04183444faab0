package nl.impact.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scenario over a generated area table of two columns ({@code ouderen}, {@code start}): buurt
 * {@code i} has code {@code BU%08d}, name "Buurt i", gemeente "Gemeente (i-1)/30", and starts in
 * 2025, 2026 or 2027. Two financiers, one kernaanpak rolled out from each buurt's start year.
 */
public final class GeneratedAreaScenario {

    private GeneratedAreaScenario() {
    }

    /** Writes the table of {@code areas} buurten and its scenario into {@code folder}; the scenario's path. */
    public static Path write(Path folder, int areas) throws IOException {
        Files.createDirectories(folder);
        StringBuilder table = new StringBuilder("code,naam,gemeente,ouderen,start\n");
        for (int i = 1; i <= areas; i++) {
            table.append(String.format("BU%08d,Buurt %d,Gemeente %d,%d,%d%n", i, i, (i - 1) / 30, 100 + (i * 37) % 900,
                    2025 + i % 3));
        }
        Files.writeString(folder.resolve("buurten.csv"), table.toString());
        return Scenarios.write(folder, "buurten.yaml", """
                name: Gegenereerde buurten
                years: {first: 2025, last: 2027, effectsUntil: 2028}
                domains:
                  Wmo: {financier: gemeente}
                  Zvw: {financier: zorgverzekeraar}
                areas:
                  table: buurten.csv
                  columns:
                    ouderen: {kind: count, unit: inwoners}
                    start: {kind: number}
                  placeholder: test areas
                kernaanpakken:
                  k1:
                    calculator: formules
                    areas: {from: start}
                    bereik: {min: 0.01, max: 0.2, kind: fraction, source: test}
                    formulas:
                      deelnemers: "ouderen * bereik / 7"
                    effects:
                      - name: Minder zorg
                        per: deelnemers
                        timing: {offset: 0, years: 2}
                        amounts:
                          Zvw: {min: 500, max: 900, source: test}
                          Wmo: {value: -50.3, source: test}
                """);
    }
}
