package nl.impact.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small scenario for KPI tests whose figures are easy to compute by hand: one kernaanpak with
 * 100 clients in 2025 and 200 in 2026, each saving 1,000 euros in Zvw and 500 in Wmo in the year
 * they start, and 15 hours of work each (the quantity {@code hours}). Effects run to 2027.
 */
public final class Scenarios {

    public static final String BASE = """
            name: KPI test
            years: {first: 2025, last: 2026, effectsUntil: 2027}
            domains:
              Zvw: {financier: zorgverzekeraar}
              Wmo: {financier: gemeente}
            kernaanpakken:
              k:
                calculator: formules
                clients: {perYear: {2025: 100, 2026: 200}, source: test}
                formulas:
                  hours: "clients * 15"
                effects:
                  - name: saving
                    per: clients
                    timing: direct
                    amounts:
                      Zvw: {value: 1000, source: test}
                      Wmo: {value: 500, source: test}
            """;

    private Scenarios() {
    }

    /** Writes the base scenario with {@code kpis} (YAML, starting with "kpis:") appended. */
    public static Path withKpis(Path dir, String kpis) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, BASE + kpis, StandardCharsets.UTF_8);
        return file;
    }

    /** A file with the given text. */
    public static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * {@code copies} kernaanpakken k0, k1, ... alike: clienten 80/100/150 from 2025, each saving
     * Wmo 10/20/25 (gemeente) and Zvw 40/50/60 (zorgverzekeraar) in the year itself; effects up to
     * {@code effectsUntil}. For tests of many kernaanpakken and parameters.
     */
    public static String copies(int copies, int effectsUntil) {
        StringBuilder yaml = new StringBuilder("name: Veel kernaanpakken\n")
                .append("years: {first: 2025, last: 2026, effectsUntil: ").append(effectsUntil).append("}\n")
                .append("domains:\n  Wmo: {financier: gemeente}\n  Zvw: {financier: zorgverzekeraar}\n")
                .append("kernaanpakken:\n");
        for (int k = 0; k < copies; k++) {
            yaml.append("  k").append(k).append(":\n")
                    .append("    calculator: formules\n")
                    .append("    clienten: {min: 80, expected: 100, max: 150, assumption: test}\n")
                    .append("    effects:\n")
                    .append("      - name: Besparing\n")
                    .append("        per: clienten\n")
                    .append("        timing: direct\n")
                    .append("        amounts:\n")
                    .append("          Wmo: {min: 10, expected: 20, max: 25, assumption: test}\n")
                    .append("          Zvw: {min: 40, expected: 50, max: 60, assumption: test}\n");
        }
        return yaml.toString();
    }
}
