package nl.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.plan.Input;
import nl.impact.model.Area;
import nl.impact.model.AreaColumn;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.ScenarioOverride;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole run recomputed with inputs at other values, as {@code impact serve} shows it, is the
 * run of the scenario with those values set by {@code --set}: every net flow of the business case
 * (per financier, kernaanpak and in all, per variant and year), every quantity and effect, every
 * gemeente's business case and every KPI, exactly. For every input of the register of the
 * scenarios, for bands moved, for cells of area tables (market shares too), and for several at once.
 */
class RecomputedRunTest {

    private static final KpiEngine KPIS = new KpiEngine(KpiCalculatorRegistry.load());

    @TempDir
    Path dir;

    @Test
    void everyInputAtAnotherValueGivesTheRunOfTheScenarioSetToIt() throws Exception {
        int compared = 0;
        for (String name : List.of("pluswijken", "pluswijken-wijken", "voorbeeldregio-valpreventie",
                "buurtzorg-wijkverpleging", "blauwe-zorg-maastricht")) {
            Path scenario = Path.of("scenarios/" + name + ".yaml");
            RunResult run = Computation.of(scenario);
            Recomputation recomputation = new Recomputation(run);
            for (Input input : run.plan().inputs().all()) {
                String value = another(input, run.plan().years().first()).toPlainString();
                compared += compare(scenario, recomputation, List.of(new ScenarioOverride(input.path(), value))) ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(90);
    }

    @Test
    void aBandMovedAndSeveralInputsAtOnce() throws Exception {
        Path scenario = Path.of("scenarios/pluswijken.yaml");
        Recomputation recomputation = new Recomputation(Computation.of(scenario));
        assertThat(compare(scenario, recomputation, List.of(new ScenarioOverride(
                "kernaanpakken.kernteam-ouderen.effects[0].amounts.Zvw", "{min: 500, expected: 900, max: 1300}"))))
                .isTrue();
        assertThat(compare(scenario, recomputation, List.of(
                new ScenarioOverride("kernaanpakken.welzijn-op-recept.clientenPerFte", "120"),
                new ScenarioOverride("kernaanpakken.welzijn-op-recept.fte", "{perYear: {2025: 6, 2026: 11, 2027: 16}}"),
                new ScenarioOverride("begroting.lines.programmateam.tariff", "95000")))).isTrue();
    }

    @Test
    void everyCellOfAnAreaTableGivesTheRunOfTheTableSetToIt() throws Exception {
        Path scenario = Path.of("scenarios/pluswijken-wijken.yaml");
        RunResult run = Computation.of(scenario);
        Recomputation recomputation = new Recomputation(run);
        int compared = 0;
        List<AreaColumn> columns = run.scenario().areas().columns();
        for (Area area : run.scenario().areas().areas()) {
            for (int c = 0; c < columns.size(); c++) {
                String value = cell(columns.get(c), area.value(c));
                if (compare(scenario, recomputation, List.of(new ScenarioOverride(
                        nl.impact.calc.plan.Inputs.cellPath(area, columns.get(c)), value)))) {
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(60);
        // A cell and a figure of the same kernaanpak, and a cell of another: recomputed everywhere, and in one area.
        Area first = run.scenario().areas().areas().get(0);
        assertThat(compare(scenario, recomputation, List.of(
                new ScenarioOverride("areas." + first.code() + ".startKernteam", "2027"),
                new ScenarioOverride("areas." + first.code() + ".inwoners", "12000"),
                new ScenarioOverride(run.plan().inputs().all().get(0).path(), "1")))).isTrue();
    }

    @Test
    void marketSharesOfAnAreaSplitItsGemeentesInsurersAnew() throws Exception {
        Path scenario = sharesScenario();
        Recomputation recomputation = new Recomputation(Computation.of(scenario));
        assertThat(compare(scenario, recomputation, List.of(new ScenarioOverride("areas.A1.cz", "0.7"),
                new ScenarioOverride("areas.A1.vgz", "0.3")))).isTrue();
        assertThat(compare(scenario, recomputation, List.of(new ScenarioOverride("areas.A2.inwoners", "3000"),
                new ScenarioOverride("kernaanpakken.k.bereik", "0.2")))).isTrue();
    }

    /**
     * A table past {@link AreaEngine#COMPILED_FROM} is computed by the compiled plan, its values
     * read to 12 digits; a recomputation reads them as the run does, so a figure (banded or not)
     * and a cell moved give the run of the scenario set to them to the last digit, in every variant.
     * The formula divides by 7, so the exact evaluation's values differ from the compiled plan's
     * beyond their 12th digit.
     */
    @Test
    void aNationalTableIsRecomputedAsTheRunComputesIt() throws Exception {
        Path scenario = nationalScenario(1200);
        RunResult run = Computation.of(scenario);
        assertThat(run.scenario().areas().areas()).hasSizeGreaterThanOrEqualTo(AreaEngine.COMPILED_FROM);
        Recomputation recomputation = new Recomputation(run);
        assertThat(compare(scenario, recomputation, List.of(new ScenarioOverride("kernaanpakken.k1.bereik",
                "{min: 0.015, expected: 0.07, max: 0.21}")))).isTrue();
        assertThat(compare(scenario, recomputation, List.of(new ScenarioOverride("begroting.lines.coaches.tariff",
                "47.5")))).isTrue();
        assertThat(compare(scenario, recomputation, List.of(new ScenarioOverride("areas.BU00000007.start",
                "2027")))).isTrue();
        assertThat(compare(scenario, recomputation, List.of(new ScenarioOverride("areas.BU00000011.ouderen",
                "1234")))).isTrue();
        // A cell of one kernaanpak's area and a figure of the other at once.
        assertThat(compare(scenario, recomputation, List.of(new ScenarioOverride("areas.BU00001100.lageInkomens",
                "777"), new ScenarioOverride("kernaanpakken.k2.kosten", "61")))).isTrue();
    }

    /**
     * The recomputed run with {@code sets} against the run of the scenario with them; false when
     * the scenario with them is no valid scenario (shares that no longer add up to one).
     */
    private static boolean compare(Path scenario, Recomputation recomputation, List<ScenarioOverride> sets)
            throws Exception {
        RunResult edited;
        try {
            edited = Computation.of(scenario, sets);
        } catch (InvalidInputException e) {
            return false;
        }
        InputOverrides overrides = InputOverrides.NONE;
        for (ScenarioOverride set : sets) {
            overrides = overrides.plus(override(edited, set.path()));
        }
        RunResult recomputed = KPIS.evaluate(recomputation.run(overrides));
        String what = scenario + " " + sets;
        assertThat(lines(recomputed)).as(what).isEqualTo(lines(edited));
        return true;
    }

    /** The value of the input at {@code path} in {@code edited}, as an override of the computed plan. */
    static InputOverrides override(RunResult edited, String path) {
        Input input = edited.plan().inputs().byPath(path).orElseThrow();
        var cell = edited.plan().inputs().cellAt(path);
        if (cell.isPresent()) {
            var table = edited.scenario().areas();
            return InputOverrides.cell(table.areas().get(cell.get()[0]).code(),
                    table.columns().get(cell.get()[1]).name(), input.values().expected().at(edited.plan().years().first()));
        }
        return InputOverrides.figure(path, input.values());
    }

    /** Every figure the page shows and the KPIs read, one line each, exact to the last digit. */
    private static List<String> lines(RunResult run) {
        List<String> out = new ArrayList<>();
        for (NetFlow flow : BusinessCase.of(run)) {
            for (Variant v : Variant.values()) {
                out.add(flow.dimension() + " " + flow.key() + " " + v + " benefits " + text(flow.benefits().get(v)));
                out.add(flow.dimension() + " " + flow.key() + " " + v + " investments " + text(flow.investments().get(v)));
                out.add(flow.dimension() + " " + flow.key() + " " + v + " settlements " + text(flow.settlements().get(v)));
                out.add(flow.dimension() + " " + flow.key() + " " + v + " net " + text(flow.net().get(v)));
            }
        }
        run.quantities().forEach(q -> {
            for (Variant v : Variant.values()) {
                out.add("quantity " + q.kernaanpak() + " " + q.name() + " " + v + " " + text(q.values().get(v)));
            }
        });
        run.capacity().forEach(c -> out.add("capacity " + c.kernaanpak() + " " + c.effect() + " " + c.domain() + " "
                + text(c.values().expected())));
        for (KpiResult kpi : run.kpis()) {
            if (kpi.hasModelValue()) {
                for (Variant v : Variant.values()) {
                    out.add("kpi " + kpi.kpi().id() + " " + v + " " + text(kpi.expected().get(v)));
                }
            }
        }
        if (run.areas() != null) {
            AreaResults areas = run.areas();
            for (AreaFlow gemeente : areas.gemeenten()) {
                StringBuilder values = new StringBuilder("gemeente " + gemeente.code());
                for (int i = 0; i < gemeente.size(); i++) {
                    values.append(' ').append(gemeente.value(i).stripTrailingZeros().toPlainString());
                }
                out.add(values.toString());
            }
        }
        return out;
    }

    private static String text(YearSeries series) {
        StringBuilder out = new StringBuilder();
        series.values().forEach((year, value) -> {
            if (value.signum() != 0) {
                out.append(year).append('=').append(value.stripTrailingZeros().toPlainString()).append(' ');
            }
        });
        return out.toString();
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

    /** Another value for a cell: a flag turned over, a start year later, a count larger. */
    private static String cell(AreaColumn column, BigDecimal own) {
        if (column.unit() != null && (column.unit().equals("jaar") || column.name().toLowerCase().contains("start"))) {
            return own.add(BigDecimal.ONE).toPlainString();
        }
        if (own.compareTo(BigDecimal.ONE) <= 0 && own.signum() >= 0 && own.scale() <= 0) {
            return BigDecimal.ONE.subtract(own).toPlainString();
        }
        return own.multiply(new BigDecimal("1.5")).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * {@code areas} generated buurten, 30 to a gemeente, and two kernaanpakken whose formulas divide
     * (values with more digits than the compiled plan's 12), one with a budget line computed per area.
     */
    private Path nationalScenario(int areas) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("national"));
        StringBuilder table = new StringBuilder("code,naam,gemeente,ouderen,lageInkomens,start\n");
        long seed = 12345;
        for (int i = 1; i <= areas; i++) {
            seed = (seed * 1103515245 + 12345) % 2147483648L;
            long ouderen = 50 + seed % 900;
            seed = (seed * 1103515245 + 12345) % 2147483648L;
            long lage = 20 + seed % 400;
            table.append(String.format("BU%08d,Buurt %d,Gemeente %d,%d,%d,%d%n", i, i, (i - 1) / 30, ouderen, lage,
                    2025 + i % 3));
        }
        Scenarios.write(folder, "buurten.csv", table.toString());
        return Scenarios.write(folder, "national.yaml", """
                name: Landelijk
                years: {first: 2025, last: 2027, effectsUntil: 2028}
                domains:
                  Wmo: {financier: gemeente}
                  Zvw: {financier: zorgverzekeraar}
                areas:
                  table: buurten.csv
                  columns:
                    ouderen: {kind: count, unit: inwoners}
                    lageInkomens: {kind: count, unit: huishoudens}
                    start: {kind: number}
                  placeholder: test areas
                kernaanpakken:
                  k1:
                    calculator: formules
                    areas: {from: start}
                    bereik: {min: 0.01, max: 0.2, kind: fraction, source: test}
                    formulas:
                      deelnemers: "ouderen * bereik / 7 + lageInkomens * bereik / 3"
                    effects:
                      - name: Minder zorg
                        per: deelnemers
                        timing: {offset: 0, years: 2}
                        amounts:
                          Zvw: {min: 500, max: 900, source: test}
                          Wmo: {value: -50.3, source: test}
                  k2:
                    calculator: formules
                    kosten: {value: 55, kind: cost, source: test}
                    formulas:
                      bezoeken: "lageInkomens / 11"
                    effects:
                      - name: Minder opnames
                        per: bezoeken
                        timing: direct
                        amounts:
                          Zvw: {value: 130.7, source: test}
                          Wmo: {formula: "kosten * 1.3", derived: kosten maal 1.3}
                begroting:
                  lines:
                    coaches:
                      post: Coaches
                      kernaanpak: k1
                      category: personnel
                      financier: gemeente
                      quantity: deelnemers
                      tariff: {value: 41.3, source: test}
                """);
    }

    /** Two areas in two gemeenten whose Zvw is split between two insurers by each area's market shares. */
    private Path sharesScenario() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shares"));
        Scenarios.write(folder, "gebieden.csv", "code,naam,gemeente,inwoners,cz,vgz\n"
                + "A1,Eerste,Heerlen,1000,0.6,0.4\nA2,Tweede,Maastricht,2000,0.5,0.5\n");
        return Scenarios.write(folder, "shares.yaml", """
                name: Marktaandelen
                years: {first: 2025, last: 2026, effectsUntil: 2027}
                domains:
                  Wmo: {financier: gemeente}
                  Zvw: {financier: zorgverzekeraar}
                areas:
                  table: gebieden.csv
                  municipalFinancier: gemeente
                  columns:
                    inwoners: {kind: count, unit: inwoners}
                    cz: {kind: fraction}
                    vgz: {kind: fraction}
                  marketShares:
                    financier: zorgverzekeraar
                    insurers: {CZ: cz, VGZ: vgz}
                  placeholder: test areas
                kernaanpakken:
                  k:
                    calculator: formules
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
                """);
    }
}
