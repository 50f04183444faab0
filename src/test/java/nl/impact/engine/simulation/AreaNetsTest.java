package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.engine.AreaFlow;
import nl.impact.engine.AreaResults;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.model.Variant;
import nl.impact.report.simulation.SimulationReports;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulation of an area scenario per gemeente and per area (issue 20): {@code
 * simulation/two-gemeenten.yaml}, whose hand computation is in its comments. Heerlen's own net is
 * 150 x (W - 500) and Maastricht's 200 x (W - 1,000), W the Wmo saving per client, uniform from 800 to
 * 1,200: Heerlen is sure of its case, Maastricht has an even chance.
 */
class AreaNetsTest {

    private static final Path SCENARIO = Path.of("src/test/resources/simulation/two-gemeenten.yaml");
    private static final int DRAWS = 20_000;

    @TempDir
    Path dir;

    @Test
    void oneGemeenteIsSureOfItsCaseAndTheOtherHasAnEvenChance() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("simulate", SCENARIO.toString(), "--draws", Integer.toString(DRAWS), "--seed", "11",
                "--per-area", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Csv gemeenten = Csv.read(out.resolve("simulation-gemeenten.csv"));
        assertThat(gemeenten.header()).containsExactly("gemeente", "financier", "mean_net", "sd_net", "mcse_mean_net",
                "p5_net", "p25_net", "p50_net", "p75_net", "p95_net", "probability_positive_net");
        assertThat(gemeenten.rows()).extracting(r -> r.get("gemeente") + "|" + r.get("financier")).containsExactly(
                "Heerlen|gemeente Heerlen", "Heerlen|zorgverzekeraar", "Heerlen|total",
                "Maastricht|gemeente Maastricht", "Maastricht|zorgverzekeraar", "Maastricht|total");
        // The exact engine's corners (gemeenten.csv of impact run): every draw lies between them.
        Csv corners = Csv.read(Cli.runInto(SCENARIO, dir.resolve("run")).resolve("gemeenten.csv"));

        // Heerlen: at least 150 x 300 = 45,000 in every draw; P5 at W = 820: 150 x 320 = 48,000.
        CSVRecord heerlen = row(gemeenten, "Heerlen", "gemeente Heerlen");
        assertThat(heerlen.get("probability_positive_net")).isEqualTo("1.0000");
        double se = 400 * Math.sqrt(0.05 * 0.95 / DRAWS); // a uniform's P5, in W: its standard error
        assertThat(number(heerlen, "p5_net")).isCloseTo(48_000, offset(4 * 150 * se))
                .isGreaterThanOrEqualTo(number(corner(corners, "Heerlen", "gemeente Heerlen"), "net_min"));
        assertThat(number(heerlen, "mean_net")).isCloseTo(75_000, offset(4 * number(heerlen, "mcse_mean_net")));

        // Maastricht: 200 x (W - 1,000), positive when W > 1,000: probability 1/2; P5 -36,000, P95 36,000.
        CSVRecord maastricht = row(gemeenten, "Maastricht", "gemeente Maastricht");
        assertThat(number(maastricht, "probability_positive_net")).isCloseTo(0.5, offset(4 * Math.sqrt(0.25 / DRAWS)));
        assertThat(number(maastricht, "p5_net")).isCloseTo(-36_000, offset(4 * 200 * se))
                .isGreaterThanOrEqualTo(number(corner(corners, "Maastricht", "gemeente Maastricht"), "net_min"));
        assertThat(number(maastricht, "p95_net")).isCloseTo(36_000, offset(4 * 200 * se))
                .isLessThanOrEqualTo(number(corner(corners, "Maastricht", "gemeente Maastricht"), "net_max"));
        assertThat(number(maastricht, "p50_net")).isCloseTo(0, offset(4 * 200 * 400 * Math.sqrt(0.25 / DRAWS)));
        // Its whole society gains: 200 x (W - 1,000 + 300) > 0 in every draw.
        assertThat(row(gemeenten, "Maastricht", "total").get("probability_positive_net")).isEqualTo("1.0000");

        // The zorgverzekeraar's gains have no band: certain, every percentile the same.
        CSVRecord insurer = row(gemeenten, "Maastricht", "zorgverzekeraar");
        for (String column : List.of("mean_net", "p5_net", "p25_net", "p50_net", "p75_net", "p95_net")) {
            assertThat(insurer.get(column)).as(column).isEqualTo("60000.00");
        }
        assertThat(insurer.get("sd_net")).isEqualTo("0.00");
        assertThat(row(gemeenten, "Heerlen", "zorgverzekeraar").get("p50_net")).isEqualTo("45000.00");

        // The programme bureau (5,000) belongs to no gemeente: the gemeenten's nets add up to the
        // municipal financier's net plus it, draw by draw and so in the mean.
        CSVRecord financier = Csv.read(out.resolve("simulation-financiers.csv")).rows().stream()
                .filter(r -> r.get("financier").equals("gemeente")).findFirst().orElseThrow();
        assertThat(number(heerlen, "mean_net") + number(maastricht, "mean_net"))
                .isCloseTo(number(financier, "mean_net") + 5000, offset(0.011));

        // Per area: Heerlen is Centrum (100 clients) and Noord (50), so its net is 1.5 x Centrum's in
        // every draw; Zuid is all of Maastricht.
        Csv areas = Csv.read(out.resolve("simulation-areas.csv"));
        assertThat(areas.header().subList(0, 5)).containsExactly("area", "name", "gemeente", "financier", "mean_net");
        CSVRecord centrum = areas.where(Map.of("area", "WK091701", "financier", "gemeente Heerlen")).get(0);
        for (String column : List.of("mean_net", "p5_net", "p25_net", "p50_net", "p75_net", "p95_net")) {
            assertThat(number(heerlen, column)).as(column).isCloseTo(1.5 * number(centrum, column), offset(0.011));
        }
        CSVRecord zuid = areas.where(Map.of("area", "WK093501", "financier", "gemeente Maastricht")).get(0);
        assertThat(zuid.get("name")).isEqualTo("Zuid");
        assertThat(zuid.get("gemeente")).isEqualTo("Maastricht");
        for (String column : gemeenten.header().subList(2, gemeenten.header().size())) {
            assertThat(zuid.get(column)).as(column).isEqualTo(maastricht.get(column));
        }
        assertThat(areas.rows()).hasSize(3 * 3);

        // On stdout, each gemeente's own net.
        assertThat(result.out()).contains("net per gemeente").containsPattern("gemeente Heerlen +7\\d,\\d{3} .* 1\\.0000");

        // Without --per-area only the gemeenten; a scenario without areas has neither.
        Path plain = dir.resolve("plain");
        assertThat(Cli.run("simulate", SCENARIO.toString(), "--draws", "100", "--out", plain.toString()).exitCode()).isZero();
        assertThat(plain.resolve("simulation-gemeenten.csv")).exists();
        assertThat(plain.resolve("simulation-areas.csv")).doesNotExist();
        Path region = dir.resolve("region");
        Cli.Result whole = Cli.run("simulate", "src/test/resources/simulation/triangular-sum.yaml", "--draws", "100",
                "--per-area", "--out", region.toString());
        assertThat(whole.exitCode()).isZero();
        assertThat(whole.err()).contains("note: --per-area: the scenario has no area table");
        assertThat(region.resolve("simulation-gemeenten.csv")).doesNotExist();
        assertThat(region.resolve("simulation-areas.csv")).doesNotExist();
    }

    /**
     * At the variant corners the compiled plan's net per gemeente and area, financier and in all, is
     * the exact engine's (areas.csv, gemeenten.csv): on PlusWIJken per wijk, the two gemeenten, and the
     * two gemeenten with the zorgverzekeraar split over two insurers by market shares.
     */
    @Test
    void atTheVariantCornersEveryGemeenteAndAreaHasTheExactEnginesNet() throws Exception {
        Files.writeString(dir.resolve("two-gemeenten.csv"), """
                code,naam,gemeente,clienten,tarief,cz,vgz
                WK091701,Centrum,Heerlen,100,500,0.6,0.4
                WK091702,Noord,Heerlen,50,500,0.5,0.5
                WK093501,Zuid,Maastricht,200,1000,0.25,0.75
                """);
        Path shares = dir.resolve("shares.yaml");
        Files.writeString(shares, Files.readString(SCENARIO).replace("  placeholder: test areas",
                "    cz: {kind: fraction}\n    vgz: {kind: fraction}\n  marketShares:\n    insurers: {CZ: cz, VGZ: vgz}\n"
                        + "  placeholder: test areas"));
        int compared = 0;
        for (Path scenario : List.of(Path.of("scenarios/pluswijken-wijken.yaml"), SCENARIO, shares)) {
            RunResult result = Computation.of(scenario);
            AreaResults exact = result.areas();
            CompiledScenario plan = Levels.compile(result);
            AreaSeries series = new AreaSeries(plan, true);
            for (Variant variant : Variant.values()) {
                double[] values = series.values(plan.variant(variant));
                for (int s = 0; s < series.size(); s++) {
                    AreaSeries.Key key = series.key(s);
                    AreaFlow flow = (key.level() == AreaNets.Level.GEMEENTE ? exact.gemeenten() : exact.areas()).stream()
                            .filter(f -> f.code().equals(key.code())).findFirst().orElseThrow();
                    BigDecimal net = key.financier().equals(AreaNets.ALL) ? exact.total(flow, null, variant)
                            : net(exact, flow, key.financier(), variant);
                    assertThat(values[s]).as("%s %s %s %s", scenario.getFileName(), key.code(), key.financier(), variant)
                            .isCloseTo(net.doubleValue(), offset(1e-9 * Math.abs(net.doubleValue()) + 0.005));
                    compared++;
                }
            }
            if (scenario == shares) {
                assertThat(java.util.stream.IntStream.range(0, series.size()).mapToObj(s -> series.key(s).financier()))
                        .contains("zorgverzekeraar CZ", "zorgverzekeraar VGZ").doesNotContain("zorgverzekeraar");
            }
        }
        assertThat(compared).isGreaterThan(3 * (22 + 16) * 3);
    }

    /** The same bytes with one and two threads, exact and sketched; sketched percentiles near the exact ones. */
    @Test
    void gemeentenAndAreasGiveTheSameBytesWithOneAndTwoThreads() throws Exception {
        RunResult result = Computation.of(SCENARIO);
        long draws = 3 * Simulation.BLOCK + 123;
        for (long exactValues : new long[] {SimulationSettings.EXACT_VALUES, 0}) {
            Path one = dir.resolve("one-" + exactValues);
            Path two = dir.resolve("two-" + exactValues);
            SimulationReports.write(result, Sensitivity.of(result, Sensitivity.Range.NONE), new SimulationSettings(draws, 5, 1, false, exactValues, true), one, d -> { });
            SimulationReports.write(result, Sensitivity.of(result, Sensitivity.Range.NONE), new SimulationSettings(draws, 5, 2, false, exactValues, true), two, d -> { });
            for (String file : List.of("simulation-gemeenten.csv", "simulation-areas.csv", "simulation.csv")) {
                assertThat(Files.readAllBytes(two.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
            }
        }
        List<AreaNets.Row> exact = Simulation.of(result)
                .run(new SimulationSettings(draws, 5, 2, false, Long.MAX_VALUE, true), d -> { }, null).areas().gemeenten();
        AreaNets sketched = Simulation.of(result)
                .run(new SimulationSettings(draws, 5, 2, false, 0, true), d -> { }, null).areas();
        assertThat(sketched.histogramBins()).isEqualTo(Simulation.BINS);
        for (int r = 0; r < exact.size(); r++) {
            AreaNets.Row e = exact.get(r);
            AreaNets.Row s = sketched.gemeenten().get(r);
            assertThat(s.mean()).isEqualTo(e.mean());
            assertThat(s.sd()).isEqualTo(e.sd());
            assertThat(s.probabilityPositive()).isEqualTo(e.probabilityPositive());
            double spread = e.percentiles()[4] - e.percentiles()[0];
            for (int k = 0; k < e.percentiles().length; k++) {
                assertThat(s.percentiles()[k]).as("%s %s p%d", e.code(), e.financier(), k)
                        .isCloseTo(e.percentiles()[k], offset(0.01 * spread + 1e-6));
            }
        }
    }

    private static BigDecimal net(AreaResults exact, AreaFlow flow, String financier, Variant variant) {
        for (int f = 0; f < exact.financiers().size(); f++) {
            if (exact.financier(f, flow).equals(financier)) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int y = exact.years().first(); y <= exact.years().effectsUntil(); y++) {
                    sum = sum.add(exact.net(flow, f, variant, y));
                }
                return sum;
            }
        }
        throw new AssertionError("no financier " + financier + " in " + flow.code());
    }

    private static CSVRecord row(Csv csv, String gemeente, String financier) {
        return csv.where(Map.of("gemeente", gemeente, "financier", financier)).get(0);
    }

    private static CSVRecord corner(Csv corners, String gemeente, String financier) {
        return corners.where(Map.of("gemeente", gemeente, "financier", financier)).get(0);
    }

    private static double number(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }

    /**
     * A settlement moves money between the financiers of the totals, not of an area: with one that
     * passes half the Zvw saving to the gemeente (no band, so the draws stay the same), every gemeente's
     * figures are those without it, as in the exact engine's gemeenten.csv.
     */
    @Test
    void aSettlementLeavesTheGemeentenAlone() throws Exception {
        Path settled = dir.resolve("settled.yaml");
        Files.copy(SCENARIO.resolveSibling("two-gemeenten.csv"), dir.resolve("two-gemeenten.csv"));
        Files.writeString(settled, Files.readString(SCENARIO) + """
                settlements:
                  zvw-naar-gemeente:
                    name: Helft van de Zvw-besparing naar de gemeente
                    from: zorgverzekeraar
                    to: gemeente
                    share: {value: 0.5, source: test}
                    of: {effects: ["coach/*"], domains: [Zvw]}
                """);
        for (Path scenario : List.of(SCENARIO, settled)) {
            Path out = dir.resolve(scenario.getFileName() + "-out");
            Cli.Result result = Cli.run("simulate", scenario.toString(), "--draws", "2000", "--seed", "3", "--out",
                    out.toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
        }
        assertThat(Files.readString(dir.resolve("settled.yaml-out").resolve("simulation-gemeenten.csv")))
                .isEqualTo(Files.readString(dir.resolve("two-gemeenten.yaml-out").resolve("simulation-gemeenten.csv")));
    }
}
