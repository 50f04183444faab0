package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.engine.KernaanpakResult;
import nl.impact.engine.KpiResult;
import nl.impact.engine.RunResult;
import nl.impact.model.Accumulation;
import nl.impact.model.Direction;
import nl.impact.model.Kpi;
import nl.impact.model.KpiBand;
import nl.impact.model.Position;
import nl.impact.model.Provenance;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * {@code KPI's}: per KPI its band (minimaal and maximaal effect per year, inputs with their
 * source) and the scenario's own trajectory in the three variants, with where the expected
 * trajectory lies against the band. The trajectory of a cost reduction in a domain (the
 * {@code domain-cost-reduction} calculator, the plan's KPI 5) is a formula over the kernaanpak
 * sheets' effect rows in that domain; other calculators are Java plug-ins the workbook cannot
 * express, so their values are written as the engine computes them and marked so.
 */
final class KpiSheet {

    static final String NAME = "KPI's";
    static final String DOMAIN_COST_REDUCTION = "domain-cost-reduction";

    /** Per KPI with a band and a trajectory: its band rows and expected row, for a chart. */
    record Chart(String title, int minRow, int maxRow, int expectedRow, String unit) {
    }

    record Rows(int header, List<Chart> charts, int end, YearRange years) {
    }

    private KpiSheet() {
    }

    static Rows write(SheetWriter w, RunResult result, List<KernaanpakSheet.Rows> sheets, SourceList sources) {
        YearRange years = columns(result);
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "KPI's: banden en het verloop volgens dit scenario", w.styles().title());
        w.text(row++, 0, "Per KPI de band (minimaal en maximaal effect per jaar, zoals het plan die geeft) en het"
                + " verwachte verloop volgens het scenario in drie varianten, met de positie van het verwachte verloop"
                + " ten opzichte van de band (onder, binnen, boven).", Styles.Text.NOTE);
        row++;
        int header = row++;
        Headers.yearHeader(w, header, cols, "KPI", "Toelichting");
        w.text(header, cols.total(), "", w.styles().header());
        w.text(header, cols.note() + 1, "Toelichting volledig", w.styles().header());
        Sheets.finish(w.sheet(), header, 2);
        List<Chart> charts = new ArrayList<>();
        for (KpiResult k : result.kpis()) {
            Kpi kpi = k.kpi();
            String name = kpi.name();
            w.text(row, YearColumns.NAME, name, Styles.Text.BOLD);
            w.text(row, YearColumns.UNIT, kpi.unit(), Styles.Text.PLAIN);
            w.text(row, cols.note(), kpi.deelopgave() + ". " + (kpi.accumulation() == Accumulation.CUMULATIVE
                    ? "Cumulatief" : "Per jaar") + ", " + (kpi.direction() == Direction.HIGHER_IS_BETTER
                    ? "hoger is beter" : "lager is beter") + ". Doel: " + target(kpi) + (kpi.isFormula()
                    ? ". Formule: " + kpi.formula() + "." : ". Rekenregel: " + kpi.calculator() + "."), Styles.Text.PLAIN);
            row++;
            int minRow = -1;
            int maxRow = -1;
            if (kpi.hasBand()) {
                for (KpiBand band : kpi.bands().values()) {
                    sources.add(new SourceList.Entry("KPI " + name, name + " – band " + band.year(), kpi.unit(),
                            band.provenance(), kpi.path() + ".band." + band.year(), w.name(), row));
                }
                minRow = bandRow(w, row++, kpi, "minimaal effect", true, cols);
                maxRow = bandRow(w, row++, kpi, "maximaal effect", false, cols);
            }
            int expectedRow = -1;
            if (!k.hasModelValue()) {
                w.text(row++, YearColumns.NAME, "alleen gemeten: het scenario heeft er geen verwachte waarde voor",
                        Styles.Text.NOTE);
            } else {
                Map<Variant, Integer> rows = trajectory(w, row, k, result, sheets, cols);
                row += Variant.values().length;
                expectedRow = rows.get(Variant.EXPECTED);
                if (kpi.hasBand()) {
                    row = position(w, row, k, expectedRow, minRow, maxRow, cols);
                }
            }
            if (minRow >= 0 && expectedRow >= 0) {
                charts.add(new Chart(name, minRow, maxRow, expectedRow, kpi.unit()));
            }
            row++;
        }
        // Narrow to start with: the page layout widens each column to what it holds.
        List<Integer> widths = new ArrayList<>(List.of(40, 8, 10, 8));
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            widths.add(9);
        }
        widths.add(4);
        widths.add(60);
        widths.add(60);
        w.widths(widths);
        w.print().noteColumn(cols.note()).lastColumn(cols.note());
        return new Rows(header, charts, row, years);
    }

    /**
     * The sheet's years: the plan's effect years, and further when a KPI runs to a later year of its
     * own; the columns then stand for the same years as on every other sheet, with more to the right.
     */
    private static YearRange columns(RunResult result) {
        YearRange plan = result.scenario().years();
        int last = result.kpis().stream().mapToInt(k -> k.kpi().lastYear()).max().orElse(plan.effectsUntil());
        return new YearRange(plan.first(), plan.last(), Math.max(plan.effectsUntil(), last));
    }

    private static int bandRow(SheetWriter w, int row, Kpi kpi, String label, boolean min, YearColumns cols) {
        w.text(row, YearColumns.NAME, kpi.name() + " – band", Styles.Text.PLAIN);
        w.text(row, YearColumns.VARIANT, label, Styles.Text.PLAIN);
        w.text(row, YearColumns.UNIT, kpi.unit(), Styles.Text.PLAIN);
        // The least certain of the band's years: one assumed year makes the row an assumption.
        Provenance.Kind kind = Provenance.weakest(kpi.bands().values().stream().map(b -> b.provenance().kind()).toList());
        w.text(row, YearColumns.PROVENANCE, Labels.provenance(kind),
                kind == Provenance.Kind.ASSUMPTION || kind == Provenance.Kind.PLACEHOLDER
                        || kind == Provenance.Kind.OVERRIDE
                        ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
        for (KpiBand band : kpi.bands().values()) {
            w.input(row, cols.column(band.year()), min ? band.min() : band.max(), format(kpi));
        }
        if (min) {
            List<String> notes = new ArrayList<>();
            kpi.bands().values().forEach(b -> notes.add(b.year() + ": " + b.provenance().text()));
            String whole = String.join("; ", notes);
            // A source per year would make the band's row tall and empty: printed, the note points to
            // Bronnen en aannames (which lists each year's source); whole, it stands beside the print area.
            boolean fits = ShortNote.of(whole).equals(whole);
            w.text(row, cols.note(), fits ? whole : BAND_SOURCES, Styles.Text.PLAIN);
            if (!fits) {
                w.text(row, cols.note() + 1, whole, Styles.Text.PLAIN);
            }
        }
        return row;
    }

    /** Three rows, one per variant: a formula for a domain's cost reduction, else the engine's values. */
    private static Map<Variant, Integer> trajectory(SheetWriter w, int start, KpiResult k, RunResult result,
            List<KernaanpakSheet.Rows> sheets, YearColumns cols) {
        Kpi kpi = k.kpi();
        YearRange years = cols.years();
        boolean live = kpi.calculator().equals(DOMAIN_COST_REDUCTION);
        Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
        int row = start;
        for (Variant v : Variant.values()) {
            w.text(row, YearColumns.NAME, kpi.name() + " – verloop scenario", Styles.Text.PLAIN);
            w.text(row, YearColumns.VARIANT, Labels.variant(v), Styles.Text.PLAIN);
            w.text(row, YearColumns.UNIT, kpi.unit(), Styles.Text.PLAIN);
            if (v == Variant.MIN) {
                w.text(row, cols.note(), live
                        ? "de som van de effecten in " + domain(kpi) + " op de bladen van de kernaanpakken"
                                + (kpi.accumulation() == Accumulation.CUMULATIVE ? ", cumulatief" : "")
                        : kpi.isFormula() ? "berekend met de formule van de KPI in het scenario (hier als waarde"
                                + " overgenomen)"
                        : "berekend door de rekenregel " + kpi.calculator() + " (een plug-in: hier als waarde"
                                + " overgenomen, geen formule)", Styles.Text.PLAIN);
            }
            for (int y = years.first(); y <= kpi.lastYear(); y++) {
                BigDecimal expected = k.expected().get(v).at(y);
                int c = cols.column(y);
                // After the plan's effect years the effects hold their last year (KpiEngine.heldUntil).
                int effectColumn = cols.column(Math.min(y, result.scenario().years().effectsUntil()));
                if (live) {
                    List<String> terms = new ArrayList<>();
                    for (int i = 0; i < sheets.size(); i++) {
                        KernaanpakResult kr = result.kernaanpakken().get(i);
                        List<String> only = kpi.texts().getOrDefault("kernaanpakken", List.of());
                        Map<Variant, List<Integer>> domainRows = sheets.get(i).domains().get(domain(kpi));
                        if (domainRows == null || (!only.isEmpty() && !only.contains(kr.kernaanpak().id()))) {
                            continue;
                        }
                        for (int r : domainRows.get(v)) {
                            terms.add(SheetNames.quoted(sheets.get(i).sheet()) + "!" + SheetWriter.local(r, effectColumn));
                        }
                    }
                    String sum = Formulas.plus(terms);
                    String formula = kpi.accumulation() == Accumulation.CUMULATIVE && y > years.first()
                            ? "(" + SheetWriter.local(row, c - 1) + "+" + sum + ")" : sum;
                    w.formula(row, c, formula, expected, Styles.Role.FORMULA, format(kpi));
                } else {
                    w.computed(row, c, expected, format(kpi));
                }
            }
            rows.put(v, row++);
        }
        return rows;
    }

    /** Where the expected trajectory lies against the band, in the years the band covers. */
    private static int position(SheetWriter w, int row, KpiResult k, int expectedRow, int minRow, int maxRow,
            YearColumns cols) {
        Kpi kpi = k.kpi();
        w.text(row, YearColumns.NAME, kpi.name() + " – positie (verwacht)", Styles.Text.PLAIN);
        w.text(row, YearColumns.VARIANT, Labels.variant(Variant.EXPECTED), Styles.Text.PLAIN);
        String worse = kpi.direction() == Direction.HIGHER_IS_BETTER ? "<" : ">";
        String better = kpi.direction() == Direction.HIGHER_IS_BETTER ? ">" : "<";
        for (KpiBand band : kpi.bands().values()) {
            int c = cols.column(band.year());
            Optional<Position> position = k.position(band.year());
            if (position.isEmpty()) {
                continue;
            }
            // Rounded to a millionth first, so that floating-point noise cannot move a value on the edge.
            String value = "ROUND(" + SheetWriter.local(expectedRow, c) + ",6)";
            w.formula(row, c, "IF(" + value + worse + "ROUND(" + SheetWriter.local(minRow, c) + ",6),\"onder\",IF("
                    + value + better + "ROUND(" + SheetWriter.local(maxRow, c) + ",6),\"boven\",\"binnen\"))",
                    (Object) word(position.get()), Styles.Role.FORMULA, Styles.Format.NUMBER);
        }
        return row + 1;
    }

    static void charts(SheetWriter w, Rows rows, YearRange planYears) {
        YearRange years = rows.years();
        YearColumns cols = new YearColumns(years);
        int top = rows.end() + 1;
        // Two charts side by side, so they take half the printed rows: the left one over the names and
        // the first years, the right one over the other years and the Toelichting.
        int split = cols.column(years.first()) + Math.min(2, years.effectsUntil() - years.first());
        List<Chart> all = rows.charts();
        for (int i = 0; i < all.size(); i++) {
            Chart chart = all.get(i);
            boolean left = i % 2 == 0;
            Charts.Place place = left ? new Charts.Place(0, top, split, top + KPI_CHART_ROWS)
                    : new Charts.Place(split, top, cols.note() + 1, top + KPI_CHART_ROWS);
            Charts.lines(w.sheet(), place, chart.title(), rows.header(),
                    cols.column(years.first()), cols.lastEffectColumn(), List.of(
                            new Charts.Series(chart.minRow(), YearColumns.VARIANT, chart.minRow()),
                            new Charts.Series(chart.maxRow(), YearColumns.VARIANT, chart.maxRow()),
                            new Charts.Series(chart.expectedRow(), YearColumns.VARIANT, chart.expectedRow())),
                    Charts.Axis.of(chart.unit()));
            if (!left) {
                top += KPI_CHART_ROWS + 2;
            }
        }
    }

    /** The rows a KPI's chart takes. */
    private static final int KPI_CHART_ROWS = 16;

    /** The printed Toelichting of a band whose sources do not fit one line. */
    static final String BAND_SOURCES = "bron per jaar: zie Bronnen en aannames";

    private static String domain(Kpi kpi) {
        return kpi.texts().getOrDefault("domain", List.of("")).get(0);
    }

    private static String target(Kpi kpi) {
        String value = kpi.target().hasValue() ? kpi.target().value().stripTrailingZeros().toPlainString() + " "
                + kpi.unit() + " in " : "in ";
        return value + kpi.target().year() + (kpi.target().description() == null || kpi.target().description().isBlank()
                ? "" : " (" + kpi.target().description() + ")");
    }

    private static Styles.Format format(Kpi kpi) {
        return kpi.unit().equalsIgnoreCase("euro") ? Styles.Format.EURO : Styles.Format.NUMBER;
    }

    private static String word(Position position) {
        return switch (position) {
            case BELOW -> "onder";
            case WITHIN -> "binnen";
            case ABOVE -> "boven";
        };
    }
}
