package nl.impact.engine.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.compiled.CompiledScenario;
import nl.impact.calc.compiled.Evaluator;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.MarketShares;

/**
 * The net over all effect years per draw of every gemeente (and, on request, every area) of an area
 * scenario, per financier and in all, as areas.csv and gemeenten.csv give it per variant: the flows
 * that arise per area (effects, and budget lines that read a kernaanpak's names; a line of its own
 * figures belongs to no area), the municipal financier being the area's own gemeente, a financier
 * split by market shares divided among its insurers by each area's shares. A gemeente's net is the
 * sum of its areas', draw by draw.
 *
 * <p>Series: per area (when asked for) and per gemeente, one per reported financier and one for all
 * of them ({@link #width}); area a's series are {@code a * width ...}, then gemeente g's at
 * {@code gemeenteOffset + g * width ...}.
 */
final class AreaSeries {

    /** Histogram counts per thread for the area and gemeente series together: the sketch's bins follow from it. */
    static final int HISTOGRAM_COUNTS = 1 << 24;
    /** The fewest bins an area's histogram has, however many areas. */
    static final int MIN_BINS = 64;

    private final CompiledScenario plan;
    private final AreaTable table;
    private final boolean perArea;
    /** The financiers as areas.csv reports them: the scenario's, a split one replaced by its insurers. */
    private final List<String> financiers = new ArrayList<>();
    /** Per reported financier, the scenario financier whose flows it takes, and the share column (or -1). */
    private final int[] source;
    private final int[] shareColumn;
    /** Per scenario financier, its flows that arise per area and their sign (benefits +1, investments -1). */
    private final CompiledScenario.Flow[][] flows;
    private final double[][] signs;
    private final List<String> gemeenten;
    private final int[] gemeenteOf;
    private final int width;

    AreaSeries(CompiledScenario plan, boolean perArea) {
        this.plan = plan;
        this.table = plan.scenario().areas();
        this.perArea = perArea;
        List<String> scenarioFinanciers = plan.scenario().allFinanciers();
        MarketShares shares = table.marketShares();
        List<Integer> sources = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int f = 0; f < scenarioFinanciers.size(); f++) {
            String financier = scenarioFinanciers.get(f);
            if (shares != null && financier.equals(shares.financier())) {
                for (MarketShares.Insurer insurer : shares.insurers()) {
                    financiers.add(shares.financierOf(insurer));
                    sources.add(f);
                    columns.add(insurer.column());
                }
            } else {
                financiers.add(financier);
                sources.add(f);
                columns.add(-1);
            }
        }
        this.source = sources.stream().mapToInt(Integer::intValue).toArray();
        this.shareColumn = columns.stream().mapToInt(Integer::intValue).toArray();
        this.flows = new CompiledScenario.Flow[scenarioFinanciers.size()][];
        this.signs = new double[scenarioFinanciers.size()][];
        for (int f = 0; f < scenarioFinanciers.size(); f++) {
            String financier = scenarioFinanciers.get(f);
            List<CompiledScenario.Flow> own = plan.flows().stream()
                    .filter(flow -> plan.perArea(flow) && flow.financier().equals(financier))
                    // An area's own benefits and investments, as areas.csv shows them: settlements move
                    // money between the financiers of the totals, not of an area.
                    .filter(flow -> flow.kind() == CompiledScenario.FlowKind.BENEFITS
                            || flow.kind() == CompiledScenario.FlowKind.INVESTMENTS)
                    .toList();
            flows[f] = own.toArray(new CompiledScenario.Flow[0]);
            signs[f] = own.stream().mapToDouble(flow -> flow.kind() == CompiledScenario.FlowKind.BENEFITS ? 1 : -1)
                    .toArray();
        }
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        List<Area> areas = table.areas();
        this.gemeenteOf = new int[areas.size()];
        for (int a = 0; a < areas.size(); a++) {
            gemeenteOf[a] = firstSeen.computeIfAbsent(areas.get(a).gemeente(), g -> firstSeen.size());
        }
        this.gemeenten = List.copyOf(firstSeen.keySet());
        this.width = financiers.size() + 1;
    }

    /** The number of series: every area's (when asked for) and every gemeente's. */
    int size() {
        return gemeenteOffset() + gemeenten.size() * width;
    }

    boolean perArea() {
        return perArea;
    }

    private int gemeenteOffset() {
        return perArea ? table.areas().size() * width : 0;
    }

    /** The histogram bins of each series when percentiles are sketched: fewer, the more series. */
    int bins() {
        return (int) Math.max(MIN_BINS, Math.min(Simulation.BINS, HISTOGRAM_COUNTS / Math.max(1, size())));
    }

    /** What a series is: its level, the area's code, name and gemeente (a gemeente's are the gemeente), and financier. */
    record Key(AreaNets.Level level, String code, String name, String gemeente, String financier) {
    }

    Key key(int series) {
        int offset = gemeenteOffset();
        boolean gemeente = series >= offset;
        int owner = (gemeente ? series - offset : series) / width;
        int r = (gemeente ? series - offset : series) % width;
        String code;
        String name;
        String inGemeente;
        if (gemeente) {
            code = gemeenten.get(owner);
            name = code;
            inGemeente = code;
        } else {
            Area area = table.areas().get(owner);
            code = area.code();
            name = area.name();
            inGemeente = area.gemeente();
        }
        String financier = r == financiers.size() ? AreaNets.ALL : financiers.get(r).equals(table.municipalFinancier())
                ? table.gemeenteFinancier(inGemeente) : financiers.get(r);
        return new Key(gemeente ? AreaNets.Level.GEMEENTE : AreaNets.Level.AREA, code, name, inGemeente, financier);
    }

    /** A series' row: its summary over the draws, its percentiles held within its least and greatest value. */
    AreaNets.Row row(int series, Summary summary, double least, double greatest, long positive, long draws) {
        double[] p = new double[SimulationResult.PERCENTILES.length];
        for (int k = 0; k < p.length; k++) {
            // A sketched percentile lies within its bin; the values themselves lie within least and greatest.
            p[k] = Math.min(greatest, Math.max(least, summary.percentile(SimulationResult.PERCENTILES[k])));
        }
        Key key = key(series);
        return new AreaNets.Row(key.level(), key.code(), key.name(), key.gemeente(), key.financier(), summary.mean(),
                summary.sd(), p, (double) positive / draws);
    }

    /** Every series' value with the inputs {@code inputs} gives (one draw): for the agreement with the exact engine. */
    double[] values(nl.impact.calc.compiled.InputValues inputs) {
        Evaluator evaluator = plan.evaluator(1);
        double[] values = new double[size()];
        Accumulator accumulator = new Accumulator(evaluator, (series, column, n) -> values[series] = column[0]);
        accumulator.start(1);
        evaluator.evaluate(inputs, 1, accumulator);
        accumulator.finish(1);
        return values;
    }

    /** Receives each series' values of an evaluated chunk of draws. */
    interface Sink {
        void add(int series, double[] values, int n);
    }

    /**
     * One thread's accumulation: told of each area as the evaluator computes it, it works out the
     * area's net per reported financier and in all, hands them to the sink when areas are asked for,
     * and adds them to the area's gemeente; {@link #finish} hands over the gemeenten's.
     */
    final class Accumulator implements Evaluator.AreaListener {
        private final Evaluator evaluator;
        private final Sink sink;
        private final double[][] nets;
        private final double[][] values;
        private final double[][][] perGemeente;

        Accumulator(Evaluator evaluator, Sink sink) {
            this.evaluator = evaluator;
            this.sink = sink;
            int n = evaluator.blockSize();
            this.nets = new double[flows.length][n];
            this.values = new double[width][n];
            this.perGemeente = new double[gemeenten.size()][width][n];
        }

        /** Clears the gemeenten's sums before a chunk is evaluated. */
        void start(int n) {
            for (double[][] gemeente : perGemeente) {
                for (double[] column : gemeente) {
                    Arrays.fill(column, 0, n, 0);
                }
            }
        }

        @Override
        public void evaluated(int area, int n) {
            int years = plan.effectYears();
            for (int f = 0; f < flows.length; f++) {
                double[] net = nets[f];
                Arrays.fill(net, 0, n, 0);
                for (int k = 0; k < flows[f].length; k++) {
                    double sign = signs[f][k];
                    for (int y = 0; y < years; y++) {
                        double[] flow = evaluator.flow(flows[f][k], y);
                        for (int d = 0; d < n; d++) {
                            net[d] += sign * flow[d];
                        }
                    }
                }
            }
            Area a = table.areas().get(area);
            double[] all = values[width - 1];
            Arrays.fill(all, 0, n, 0);
            for (int r = 0; r < width - 1; r++) {
                double[] value = values[r];
                double[] net = nets[source[r]];
                if (shareColumn[r] < 0) {
                    System.arraycopy(net, 0, value, 0, n);
                } else {
                    double share = a.value(shareColumn[r]).doubleValue();
                    for (int d = 0; d < n; d++) {
                        value[d] = net[d] * share;
                    }
                }
                for (int d = 0; d < n; d++) {
                    all[d] += value[d];
                }
            }
            double[][] gemeente = perGemeente[gemeenteOf[area]];
            for (int r = 0; r < width; r++) {
                double[] value = values[r];
                double[] sum = gemeente[r];
                for (int d = 0; d < n; d++) {
                    sum[d] += value[d];
                }
                if (perArea) {
                    sink.add(area * width + r, value, n);
                }
            }
        }

        /** Hands the gemeenten's nets of the evaluated chunk to the sink. */
        void finish(int n) {
            int offset = gemeenteOffset();
            for (int g = 0; g < perGemeente.length; g++) {
                for (int r = 0; r < width; r++) {
                    sink.add(offset + g * width + r, perGemeente[g][r], n);
                }
            }
        }
    }
}
