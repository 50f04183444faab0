package nl.impact.report.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import nl.impact.calc.distribution.BandDistribution;
import nl.impact.engine.simulation.Levels;
import nl.impact.engine.simulation.Simulation;
import nl.impact.model.Parameter;
import nl.impact.model.YearRange;
import nl.impact.report.CsvText;

/**
 * {@code simulation-draws.csv.gz}: one row per draw, the drawn value of every banded parameter (one
 * column per plan year where its band differs by year) and the resulting net per financier and in
 * all. Java's gzip header carries no time stamp, so the file is byte-identical for the same seed.
 */
public final class DrawsExport implements Simulation.DrawConsumer, AutoCloseable {

    public static final String FILE = "simulation-draws.csv.gz";

    private final BufferedWriter out;
    private final boolean[] perYear;
    private final StringBuilder line = new StringBuilder();

    public DrawsExport(Path directory, List<Parameter> parameters, List<Levels.Level> nets, int firstYear)
            throws IOException {
        OutputStream file = Files.newOutputStream(directory.resolve(FILE));
        this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8),
                1 << 16);
        this.perYear = perYear(parameters);
        List<String> header = header(parameters, nets);
        out.write(String.join(",", header));
        out.write('\n');
    }

    /** The header row: the draw, every drawn value (one column per year where a band differs by year), the nets. */
    static List<String> header(List<Parameter> parameters, List<Levels.Level> nets) {
        boolean[] perYear = perYear(parameters);
        List<String> header = new ArrayList<>();
        header.add("draw");
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (perYear[i]) {
                for (Integer year : (p.values().min().isConstant() ? p.values().max() : p.values().min()).perYear().keySet()) {
                    header.add(quote(p.path() + "@" + year));
                }
            } else {
                header.add(quote(p.path()));
            }
        }
        for (Levels.Level level : nets) {
            header.add(quote("net_" + SimulationOutputs.name(level)));
        }
        return header;
    }

    /** How many columns of {@link #header} hold a count drawn as a whole number (each year of a per-year one). */
    static int wholeColumns(List<Parameter> parameters, YearRange years) {
        boolean[] perYear = perYear(parameters);
        int whole = 0;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (BandDistribution.whole(p, years)) {
                whole += perYear[i] ? (p.values().min().isConstant() ? p.values().max() : p.values().min()).perYear().size() : 1;
            }
        }
        return whole;
    }

    private static boolean[] perYear(List<Parameter> parameters) {
        boolean[] perYear = new boolean[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            perYear[i] = !(p.values().min().isConstant() && p.values().expected().isConstant()
                    && p.values().max().isConstant());
        }
        return perYear;
    }

    @Override
    public void accept(long firstDraw, double[][][] inputs, double[][] nets, int n) throws IOException {
        for (int d = 0; d < n; d++) {
            line.setLength(0);
            line.append(firstDraw + d + 1);
            for (int i = 0; i < inputs.length; i++) {
                int years = perYear[i] ? inputs[i].length : 1;
                for (int y = 0; y < years; y++) {
                    line.append(',').append(inputs[i][y][d]);
                }
            }
            for (double[] net : nets) {
                line.append(',').append(net[d]);
            }
            line.append('\n');
            out.append(line);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static String quote(String text) {
        return org.apache.commons.csv.CSVFormat.DEFAULT.format(CsvText.safe(text));
    }
}
