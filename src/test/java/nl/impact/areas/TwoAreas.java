package nl.impact.areas;

import java.io.IOException;
import java.nio.file.Path;
import nl.impact.testing.Scenarios;

/**
 * A two-area scenario whose figures are easy to compute by hand. Centrum (Heerlen, 1,000
 * inhabitants) starts in 2025, Noord (Maastricht, 2,000) in 2026; 10% of the inhabitants become
 * clients each year the approach runs there, each saving Zvw 800/1,000/1,200 (min/expected/max) and
 * Wmo 500 in the year they start and the next; a coach costs the gemeente 100 per client.
 */
final class TwoAreas {

    static final String TABLE = """
            code,naam,gemeente,inwoners,start
            WK091701,Centrum,Heerlen,1000,2025
            WK093501,Noord,Maastricht,2000,2026
            """;

    static final String HEAD = """
            name: Twee wijken
            years: {first: 2025, last: 2026, effectsUntil: 2027}
            domains:
              Wmo: {financier: gemeente}
              Zvw: {financier: zorgverzekeraar}
            """;

    static final String AREAS = """
            areas:
              table: wijken.csv
              columns:
                inwoners: {kind: count, unit: inwoners}
                start: {kind: number}
              placeholder: test areas
            """;

    static final String KERNAANPAK = """
            kernaanpakken:
              k:
                calculator: formules
                %s
                bereik: {value: 0.1, kind: fraction, source: test}
                formulas:
                  clients: "%s * bereik"
                effects:
                  - name: saving
                    per: clients
                    timing: {offset: 0, years: 2}
                    amounts:
                      Zvw: {min: 800, max: 1200, source: test}
                      Wmo: {value: 500, source: test}
            begroting:
              lines:
                coach:
                  post: Coaches
                  kernaanpak: k
                  category: personnel
                  financier: gemeente
                  quantity: clients
                  tariff: {value: 100, source: test}
            """;

    private TwoAreas() {
    }

    /** The scenario with its area table beside it. */
    static Path withAreas(Path dir) throws IOException {
        Scenarios.write(dir, "wijken.csv", TABLE);
        return Scenarios.write(dir, "two.yaml", HEAD + AREAS + KERNAANPAK.formatted("areas: {from: start}", "inwoners"));
    }

    /** The same plan for the region as a whole: 1,000 inhabitants take part in 2025, 3,000 in 2026. */
    static Path withoutAreas(Path dir) throws IOException {
        return Scenarios.write(dir, "region.yaml", HEAD + KERNAANPAK.formatted(
                "actief: {perYear: {2025: 1000, 2026: 3000}, kind: count, source: test}", "actief"));
    }
}
