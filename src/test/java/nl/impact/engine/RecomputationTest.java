package nl.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.impact.calc.plan.Input;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearValues;
import nl.impact.scenario.DocumentPaths;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.SourceDocument;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recomputation with inputs at other values evaluates only the scopes they reach, and gives the
 * exact net of the scenario edited to those values: for every input of real and generated plans,
 * every cell of an area table, and areas added and removed.
 */
class RecomputationTest {

    /** Five kernaanpakken alike, a shared parameter, a budget line per kernaanpak and one of its own formulas. */
    private static final String FIVE = """
            name: Vijf
            years: {first: 2025, last: 2026, effectsUntil: 2027}
            domains:
              Wmo: {financier: gemeente}
              Zvw: {financier: zorgverzekeraar}
            parameters:
              inwoners: {value: 1000, kind: count, source: test}
            kernaanpakken:
            %s
            begroting:
              lines:
            %s
                programma:
                  post: Programmateam
                  kernaanpak: programma
                  category: personnel
                  financier: gemeente
                  parameters:
                    uren: {value: 100, source: test}
                  amount: {formula: "uren * 90", derived: test}
            """;

    private static final String KERNAANPAK = """
              k%d:
                calculator: formules
                bereik: {value: 0.%d, kind: fraction, source: test}
                formulas:
                  clients: "inwoners * bereik"
                effects:
                  - name: saving
                    per: clients
                    timing: {offset: 0, years: 2}
                    amounts:
                      Zvw: {min: 800, max: 1200, source: test}
                      Wmo: {value: 500, source: test}
            """;

    private static final String LINE = """
                coach-k%d:
                  post: Coach %d
                  kernaanpak: k%d
                  category: personnel
                  financier: gemeente
                  quantity: clients
                  tariff: {value: 100, source: test}
            """;

    @TempDir
    Path dir;

    @Test
    void aChangedInputRecomputesOnlyTheScopesItReaches() throws Exception {
        Recomputation five = new Recomputation(Computation.of(five()));
        Band<YearValues> other = Band.of(YearValues.constant(new BigDecimal("0.3")));
        five.net(InputOverrides.figure("kernaanpakken.k2.bereik", other));
        // One kernaanpak's scope, in three variants; the other four and the programme's line stay as computed.
        assertThat(five.evaluations()).isEqualTo(3);
        five.net(InputOverrides.figure("kernaanpakken.k2.effects[0].amounts.Zvw", other));
        assertThat(five.evaluations()).isEqualTo(6);
        five.net(InputOverrides.figure("begroting.lines.programma.parameters.uren", other));
        assertThat(five.evaluations()).isEqualTo(9);
        // A shared parameter reaches every kernaanpak.
        five.net(InputOverrides.figure("parameters.inwoners", Band.of(YearValues.constant(BigDecimal.TEN))));
        assertThat(five.evaluations()).isEqualTo(9 + 5 * 3);
        // A budget line's tariff is a figure of the flow itself: nothing to evaluate but the line's kernaanpak.
        five.net(InputOverrides.figure("begroting.lines.coach-k1.tariff", other));
        assertThat(five.evaluations()).isEqualTo(24 + 3);
    }

    @Test
    void theNetAsComputedIsTheBusinessCasesNet() throws Exception {
        RunResult run = Computation.of(Path.of("scenarios/pluswijken.yaml"));
        Map<Variant, Map<String, BigDecimal>> net = new Recomputation(run).net();
        for (NetFlow flow : BusinessCase.of(run)) {
            if (flow.dimension() == Totals.Dimension.KERNAANPAK) {
                continue;
            }
            for (Variant v : Variant.values()) {
                String key = flow.dimension() == Totals.Dimension.TOTAL ? Recomputation.TOTAL : flow.key();
                assertThat(net.get(v).get(key)).as(key + " " + v).isEqualByComparingTo(flow.net().get(v).total());
            }
        }
    }

    @Test
    void everyInputAtAnotherValueGivesTheNetOfTheScenarioEditedToIt() throws Exception {
        int compared = 0;
        for (Path scenario : List.of(Path.of("scenarios/pluswijken.yaml"),
                Path.of("scenarios/voorbeeldregio-valpreventie.yaml"), five(), areas("2026"))) {
            compared += compareEveryInput(scenario);
        }
        assertThat(compared).isGreaterThan(60);
    }

    @Test
    void everyCellAndAreaAddedOrRemovedGivesTheNetOfTheEditedTable() throws Exception {
        Path scenario = areas("2026");
        Recomputation base = new Recomputation(Computation.of(scenario));
        // A start year, a number of inhabitants, a pilot flag (where), in each area.
        String[][] cells = {{"WK091701", "start", "2025", "2026"}, {"WK093501", "start", "2026", "2025"},
            {"WK093501", "inwoners", "2000", "2500"}, {"WK091701", "pilot", "1", "0"}};
        for (String[] cell : cells) {
            Path edited = areas("2026", cell);
            assertSame(base, base.net(InputOverrides.cell(cell[0], cell[1], new BigDecimal(cell[3]))), edited,
                    cell[0] + "." + cell[1]);
        }
        Path without = areasWithout("WK093501");
        assertSame(base, base.net(InputOverrides.removedArea("WK093501")), without, "removed");
        Recomputation small = new Recomputation(Computation.of(without));
        assertSame(small, small.net(InputOverrides.addedArea("WK093501", Map.of("inwoners", new BigDecimal("2000"), "start",
                new BigDecimal("2026"), "pilot", BigDecimal.ONE))), scenario, "added");
        // A cell and a figure together: the figure's flows over every area as the cell makes it.
        InputOverrides both = InputOverrides.cell("WK093501", "start", new BigDecimal("2025"))
                .plus(InputOverrides.figure("kernaanpakken.k.bereik", Band.of(YearValues.constant(new BigDecimal("0.2")))));
        Path cellEdited = areas("2026", new String[] {"WK093501", "start", "2026", "2025"});
        Path bothEdited = Scenarios.write(cellEdited.getParent(), "both.yaml", Files.readString(cellEdited)
                .replace("value: 0.1,", "value: 0.2,"));
        assertSame(base, base.net(both), bothEdited, "cell and figure");
    }

    /** Every figure of the scenario's register at another value, against the scenario edited to that value. */
    private int compareEveryInput(Path scenario) throws Exception {
        RunResult run = Computation.of(scenario);
        Recomputation recomputation = new Recomputation(run);
        int compared = 0;
        for (Input input : run.plan().inputs().all()) {
            BigDecimal value = another(input, run.plan().years().first());
            SourceDocument document = SourceDocument.read(scenario);
            set(document.root(), input.path(), value);
            RunResult edited;
            try {
                edited = Computation.of(document);
            } catch (InvalidInputException e) {
                // Shares that no longer add up to one: not a scenario, nothing to compare with.
                continue;
            }
            Map<Variant, Map<String, BigDecimal>> net = recomputation.net(InputOverrides.figure(input.path(),
                    Band.of(YearValues.constant(value))));
            assertThat(net).as(scenario + " " + input.path()).isEqualTo(exact(new Recomputation(edited).net(), net));
            compared++;
        }
        return compared;
    }

    /** {@code net} is the net of {@code edited}, which differs from that of {@code base}'s recomputation. */
    private static void assertSame(Recomputation base, Map<Variant, Map<String, BigDecimal>> net, Path edited,
            String what) throws Exception {
        Map<Variant, Map<String, BigDecimal>> full = new Recomputation(Computation.of(edited)).net();
        assertThat(net).as(what).isEqualTo(exact(full, net));
        assertThat(net).as(what + " moves the net").isNotEqualTo(exact(base.net(), net));
    }

    /** {@code expected} with each amount at the scale of {@code actual}'s, when equal in value, so maps compare. */
    private static Map<Variant, Map<String, BigDecimal>> exact(Map<Variant, Map<String, BigDecimal>> expected,
            Map<Variant, Map<String, BigDecimal>> actual) {
        Map<Variant, Map<String, BigDecimal>> out = new java.util.EnumMap<>(Variant.class);
        expected.forEach((v, byKey) -> {
            Map<String, BigDecimal> copy = new java.util.LinkedHashMap<>();
            byKey.forEach((k, value) -> {
                BigDecimal other = actual.getOrDefault(v, Map.of()).get(k);
                copy.put(k, other != null && other.compareTo(value) == 0 ? other : value);
            });
            out.put(v, copy);
        });
        return out;
    }

    /** A value the input may take that differs from its own: a count one more, a fraction lower, a year the same. */
    private static BigDecimal another(Input input, int year) {
        BigDecimal own = input.values().expected().at(year);
        return switch (input.kind()) {
            case COUNT -> own.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            case SHARE, RATE -> own.multiply(new BigDecimal("0.9"));
            case YEAR -> own;
            default -> own.multiply(new BigDecimal("1.1")).add(BigDecimal.ONE);
        };
    }

    /** The figure at {@code path} as one value for every variant and year, its other keys kept. */
    private static void set(JsonNode root, String path, BigDecimal value) {
        JsonNode node = DocumentPaths.at(root, path);
        if (node instanceof ObjectNode parameter) {
            parameter.remove(List.of("value", "perYear", "min", "max", "expected", "fromExcel", "distribution"));
            parameter.set("value", new DecimalNode(value));
            return;
        }
        List<Object> steps = DocumentPaths.steps(path);
        JsonNode parent = DocumentPaths.at(root, nl.impact.model.Paths.parent(path));
        ((ObjectNode) parent).set((String) steps.get(steps.size() - 1), new DecimalNode(value));
    }

    private Path five() throws Exception {
        StringBuilder kernaanpakken = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        for (int k = 1; k <= 5; k++) {
            kernaanpakken.append(KERNAANPAK.formatted(k, k));
            lines.append(LINE.formatted(k, k, k));
        }
        return Scenarios.write(dir, "five.yaml", FIVE.formatted(kernaanpakken.toString().stripTrailing(),
                lines.toString().stripTrailing()));
    }

    /**
     * Two areas (Centrum from 2025, Noord from {@code noordStart}), a kernaanpak that runs where
     * {@code pilot} is set and from {@code start}, its line per client, a programme's line of formulas
     * and one of a fixed amount; cells edited as {@code {code, column, old, new}}.
     */
    private Path areas(String noordStart, String[]... edits) throws Exception {
        String table = "code,naam,gemeente,inwoners,start,pilot\n"
                + "WK091701,Centrum,Heerlen,1000,2025,1\n"
                + "WK093501,Noord,Maastricht,2000," + noordStart + ",1\n";
        for (String[] edit : edits) {
            String[] rows = table.split("\n");
            int column = List.of(rows[0].split(",")).indexOf(edit[1]);
            StringBuilder out = new StringBuilder(rows[0]).append('\n');
            for (int r = 1; r < rows.length; r++) {
                String[] cells = rows[r].split(",");
                if (cells[0].equals(edit[0])) {
                    cells[column] = edit[3];
                }
                out.append(String.join(",", cells)).append('\n');
            }
            table = out.toString();
        }
        return areaScenario(table, "areas-" + Math.abs((noordStart + List.of(edits).stream()
                .map(e -> String.join(",", e)).toList()).hashCode()));
    }

    private Path areasWithout(String code) throws Exception {
        String table = "code,naam,gemeente,inwoners,start,pilot\nWK091701,Centrum,Heerlen,1000,2025,1\n";
        return areaScenario(table, "without-" + code);
    }

    private Path areaScenario(String table, String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Scenarios.write(folder, "wijken.csv", table);
        return Scenarios.write(folder, "two.yaml", """
                name: Twee wijken
                years: {first: 2025, last: 2026, effectsUntil: 2027}
                domains:
                  Wmo: {financier: gemeente}
                  Zvw: {financier: zorgverzekeraar}
                areas:
                  table: wijken.csv
                  columns:
                    inwoners: {kind: count, unit: inwoners}
                    start: {kind: number, unit: jaar}
                    pilot: {kind: number}
                  placeholder: test areas
                kernaanpakken:
                  k:
                    calculator: formules
                    areas: {where: pilot, from: start}
                    bereik: {value: 0.1, kind: fraction, source: test}
                    formulas:
                      clients: "inwoners * bereik"
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
                    training:
                      post: Training
                      kernaanpak: programma
                      category: personnel
                      financier: zorgverzekeraar
                      parameters:
                        uren: {value: 2, source: test}
                      amount: {formula: "uren * 5000", derived: test}
                    programma:
                      post: Programmateam
                      kernaanpak: programma
                      category: personnel
                      financier: gemeente
                      amount: {value: 30000, source: test}
                """);
    }
}
