package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.Totals;
import nl.impact.engine.simulation.AreaNets;
import nl.impact.engine.simulation.Levels;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.model.YearRange;
import nl.impact.report.simulation.SimulationOutputs;

/**
 * The Onzekerheid sheet of {@code impact run --draws N}: the Monte Carlo simulation's percentiles,
 * mean, standard deviation and probability of a positive result of the net over the horizon and the
 * NPV, per financier and for the whole plan; then per financier and in total the cumulative net per
 * year as percentiles with a fan chart (P5 to P95 around P50); for an area scenario then the net per
 * gemeente of simulation-gemeenten.csv. Every figure is a row of
 * simulation.csv rounded the same way (cents, probabilities to four decimals), so the sheet and the
 * CSV never disagree. The figures are summaries over draws, so they are values, not formulas.
 */
final class UncertaintySheet {

    static final String NAME = "Onzekerheid";

    private static final String[] PERCENTILES = {"P5", "P25", "P50", "P75", "P95"};
    private static final String[] HEADERS = {"Financier", "Maatstaf", "P5 (€)", "P25 (€)", "P50 (€)", "P75 (€)",
            "P95 (€)", "Gemiddelde (€)", "Standaardafwijking (€)", "Kans op positief", "Standaardfout gemiddelde (€)"};

    /** One block of cumulative net per year: its header row (the years) and the row of P5; P25..P95 follow. */
    record Fan(String title, int header, int firstPercentile) {
    }

    private UncertaintySheet() {
    }

    static List<Fan> write(SheetWriter w, SimulationResult simulation) {
        long draws = simulation.settings().draws();
        Map<String, SimulationResult.Row> rows = byKey(simulation);
        int row = 0;
        w.text(row++, 0, "Onzekerheid: hoe zeker is de business case", w.styles().title());
        w.text(row++, 0, "Monte Carlo-simulatie: elke parameter met een bandbreedte is getrokken uit zijn verdeling "
                + "(standaard PERT over minimaal, verwacht en maximaal effect). P5 = in 5% van de trekkingen lager; "
                + "P50 = de mediaan. Dezelfde cijfers als simulation.csv van impact simulate met dezelfde seed en "
                + "hetzelfde aantal trekkingen. Zie docs/uncertainty.md.", Styles.Text.NOTE);
        row++;
        String[][] settings = {{"Trekkingen", Long.toString(draws)},
            {"Seed", Long.toString(simulation.settings().seed())},
            {"Generator", simulation.generator() + " (Apache Commons RNG), eén sprong per blok van "
                    + simulation.blockSize() + " trekkingen"},
            {"Percentielen", simulation.histogramBins() == 0 ? "exact (lineair tussen geordende trekkingen)"
                    : "histogram van " + simulation.histogramBins() + " klassen, hooguit één klassebreedte afwijking"}};
        for (String[] s : settings) {
            w.text(row, 0, s[0], Styles.Text.BOLD);
            w.text(row++, 1, s[1], Styles.Text.PLAIN);
        }
        row++;
        w.text(row++, 0, "Netto resultaat en netto contante waarde over de looptijd", Styles.Text.BOLD);
        int header = row++;
        for (int c = 0; c < HEADERS.length; c++) {
            w.text(header, c, HEADERS[c], c < 2 ? w.styles().header() : w.styles().numberHeader());
        }
        List<Levels.Level> levels = levels(simulation);
        // The NCW only where it can differ from the netto: undiscounted, they are the same figures.
        List<String> measures = simulation.scenario().discountRate().signum() == 0 ? List.of("net")
                : List.of("net", "npv");
        for (Levels.Level level : levels) {
            for (String measure : measures) {
                SimulationResult.Row r = row(rows, level, measure, 0);
                w.text(row, 0, label(level), Styles.Text.PLAIN);
                w.text(row, 1, measure.equals("net") ? "netto" : "NCW", Styles.Text.PLAIN);
                statistics(w, row++, r.percentiles(), r.mean(), r.sd(), r.probabilityPositive(), r.standardError(draws));
            }
        }
        // Hook for the KPI probabilities of simulation-kpis.csv (issue 8, helper 8c): once SimulationResult
        // carries them, a table per KPI and year (kans onder / binnen / boven de band) belongs here,
        // between the financiers' table and the fans, and in UncertaintyOf for report.html.
        YearRange years = simulation.scenario().years();
        List<Fan> fans = new ArrayList<>();
        for (Levels.Level level : levels) {
            row++;
            String title = "Cumulatief netto resultaat per jaar: " + label(level);
            w.text(row++, 0, title, Styles.Text.BOLD);
            int yearsRow = row++;
            w.text(yearsRow, 0, "Percentiel", w.styles().header());
            for (int y = years.first(); y <= years.effectsUntil(); y++) {
                w.text(yearsRow, 2 + y - years.first(), Integer.toString(y), w.styles().numberHeader());
            }
            int first = row;
            for (int p = 0; p < PERCENTILES.length; p++) {
                w.text(row, 0, PERCENTILES[p], Styles.Text.PLAIN);
                w.text(row, 1, "€", Styles.Text.PLAIN);
                for (int y = years.first(); y <= years.effectsUntil(); y++) {
                    euro(w, row, 2 + y - years.first(), row(rows, level, "cumulative_net", y).percentiles()[p]);
                }
                row++;
            }
            fans.add(new Fan(title, yearsRow, first));
            // Room for the chart beside the table before the next block.
            row = Math.max(row, yearsRow + FAN_ROWS + 1);
        }
        if (simulation.areas() != null) {
            row = gemeenten(w, simulation, row + 1);
        }
        // Narrow to start with: the page layout widens each column to what it holds, and a heading wraps.
        List<Integer> widths = new ArrayList<>(List.of(20, 8));
        for (int c = 2; c < Math.max(HEADERS.length, fanLast(years) + 1); c++) {
            widths.add(12);
        }
        w.widths(widths);
        return fans;
    }

    /**
     * An area scenario's net over the horizon per gemeente, financier and in all: the rows of
     * simulation-gemeenten.csv, below the fans (whose charts keep their places). Returns the next row.
     */
    private static int gemeenten(SheetWriter w, SimulationResult simulation, int row) {
        long draws = simulation.settings().draws();
        w.text(row++, 0, "Netto resultaat over de looptijd per gemeente", Styles.Text.BOLD);
        w.text(row++, 0, "Per gemeente wat de gebieden van de gemeente opleveren, zoals in simulation-gemeenten.csv: "
                + "de gemeentelijke financier is de gemeente zelf; posten die bij geen gebied horen tellen niet mee.",
                Styles.Text.NOTE);
        int header = row++;
        String[] headers = HEADERS.clone();
        headers[0] = "Gemeente";
        headers[1] = "Financier";
        for (int c = 0; c < headers.length; c++) {
            w.text(header, c, headers[c], c < 2 ? w.styles().header() : w.styles().numberHeader());
        }
        for (AreaNets.Row r : simulation.areas().gemeenten()) {
            w.text(row, 0, r.gemeente(), Styles.Text.PLAIN);
            w.text(row, 1, r.financier().equals(AreaNets.ALL) ? "Totaal" : r.financier(), Styles.Text.PLAIN);
            statistics(w, row++, r.percentiles(), r.mean(), r.sd(), r.probabilityPositive(), r.standardError(draws));
        }
        return row;
    }


    /** The rows a fan chart takes. */
    private static final int FAN_ROWS = 11;
    /** The columns a fan chart takes at the least. */
    private static final int FAN_COLUMNS = 4;

    /** The last column of a fan's table: its last year. */
    private static int fanLast(YearRange years) {
        return 2 + years.effectsUntil() - years.first();
    }

    /**
     * A fan chart per block, beside its table: P5 to P95 around P50. Beside rather than below, so
     * a block takes the chart's height only and two or three stand on a printed page.
     */
    static void charts(SheetWriter w, List<Fan> fans, YearRange years) {
        int last = fanLast(years);
        int right = Math.max(last + 1 + FAN_COLUMNS, HEADERS.length);
        for (Fan f : fans) {
            List<Charts.Series> series = new ArrayList<>();
            for (int p = 0; p < PERCENTILES.length; p++) {
                series.add(new Charts.Series(f.firstPercentile() + p, 0, f.firstPercentile() + p));
            }
            Charts.fan(w.sheet(), new Charts.Place(last + 1, f.header(), right, f.header() + FAN_ROWS), f.title(),
                    f.header(), 2, last, series);
        }
    }

    /** Every financier, then the whole plan: the rows of simulation.csv at those levels. */
    private static List<Levels.Level> levels(SimulationResult simulation) {
        List<Levels.Level> levels = new ArrayList<>();
        for (SimulationResult.Row r : SimulationOutputs.netRows(simulation)) {
            levels.add(r.level());
        }
        return levels;
    }

    private static String label(Levels.Level level) {
        return level.dimension() == Totals.Dimension.TOTAL ? "Totaal" : level.key();
    }

    /** The rows of simulation.csv by level, measure and year, looked up without scanning. */
    private static Map<String, SimulationResult.Row> byKey(SimulationResult simulation) {
        Map<String, SimulationResult.Row> rows = new HashMap<>();
        for (SimulationResult.Row r : simulation.rows()) {
            rows.put(key(r.level(), r.measure(), r.year()), r);
        }
        return rows;
    }

    private static String key(Levels.Level level, String measure, int year) {
        return level.index() + "|" + measure + "|" + year;
    }

    private static SimulationResult.Row row(Map<String, SimulationResult.Row> rows, Levels.Level level, String measure,
            int year) {
        SimulationResult.Row r = rows.get(key(level, measure, year));
        if (r == null) {
            throw new IllegalStateException("no simulation row for " + level.key() + " " + measure + " " + year);
        }
        return r;
    }

    /** A row's statistics from column 2: the percentiles, mean, sd, P(net > 0) and the mean's standard error. */
    private static void statistics(SheetWriter w, int row, double[] percentiles, double mean, double sd,
            double probabilityPositive, double standardError) {
        for (int p = 0; p < PERCENTILES.length; p++) {
            euro(w, row, 2 + p, percentiles[p]);
        }
        euro(w, row, 7, mean);
        euro(w, row, 8, sd);
        w.computed(row, 9, new BigDecimal(SimulationOutputs.probability(probabilityPositive)), Styles.Format.PERCENT);
        euro(w, row, 10, standardError);
    }

    /** A euro figure as simulation.csv writes it: rounded to the cent. */
    private static void euro(SheetWriter w, int row, int column, double value) {
        w.computed(row, column, new BigDecimal(nl.impact.report.SensitivityCsv.cents(value)), Styles.Format.EURO);
    }
}
