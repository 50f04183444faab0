package nl.impact.report.excel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.impact.engine.NetFlow;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import org.apache.poi.ss.util.CellReference;

/**
 * The net business case of one financier, kernaanpak or the whole plan, year by year: opbrengsten
 * (benefits) and investeringen (investments) as references to where they are computed, for a
 * financier in a plan with settlements its verrekeningen (received minus paid), then netto =
 * opbrengsten - investeringen (+ verrekeningen) and the cumulatieve netto, three variants each.
 */
final class FlowBlock {

    /** What a row of the block shows. */
    enum Measure {
        OPBRENGSTEN("opbrengsten"), INVESTERINGEN("investeringen"), VERREKENINGEN("verrekeningen"), NETTO("netto"),
        CUMULATIEF("cumulatief netto");

        final String label;

        Measure(String label) {
            this.label = label;
        }
    }

    /** The block's rows per measure and variant, and the first row after it. */
    record Rows(Map<Measure, Map<Variant, Integer>> rows, int next) {
        int get(Measure measure, Variant variant) {
            return rows.get(measure).get(variant);
        }
    }

    /** The formula of a benefit or investment cell in one variant and year. */
    interface Source extends BiFunction<Variant, Integer, String> {
    }

    /** Rows a block without settlements takes: one per measure and variant. */
    static final int ROWS = (Measure.values().length - 1) * Variant.values().length;

    /** Rows a block takes, with or without a row of settlements per variant. */
    static int rows(boolean settlements) {
        return ROWS + (settlements ? Variant.values().length : 0);
    }

    /** Rows a block takes, with or without settlements, one row per measure when {@code same}, else one per variant. */
    static int rows(boolean settlements, boolean same) {
        return same ? Measure.values().length - (settlements ? 0 : 1) : rows(settlements);
    }

    private FlowBlock() {
    }

    /**
     * Writes the block from row {@code start}: one row per measure for all variants when {@code same}
     * (its benefits and investments stand for every variant in one row each), else one per measure and variant.
     */
    static Rows write(SheetWriter w, int start, String label, NetFlow flow, Source benefits, Source investments,
            YearRange years, boolean same) {
        return write(w, start, label, flow, benefits, investments, null, years, same);
    }

    /** As {@link #write(SheetWriter, int, String, NetFlow, Source, Source, YearRange, boolean)}, with a row of
     * verrekeningen per variant (one when {@code same}), unless {@code settlements} is null. */
    static Rows write(SheetWriter w, int start, String label, NetFlow flow, Source benefits, Source investments,
            Source settlements, YearRange years, boolean same) {
        YearColumns cols = new YearColumns(years);
        Map<Measure, Map<Variant, Integer>> rows = new EnumMap<>(Measure.class);
        List<Variant> variants = same ? List.of(Variant.EXPECTED) : List.of(Variant.values());
        int row = start;
        for (Measure measure : Measure.values()) {
            if (measure == Measure.VERREKENINGEN && settlements == null) {
                continue;
            }
            Map<Variant, Integer> byVariant = new EnumMap<>(Variant.class);
            Band<YearSeries> expected = switch (measure) {
                case OPBRENGSTEN -> flow.benefits();
                case INVESTERINGEN -> flow.investments();
                case VERREKENINGEN -> flow.settlements();
                case NETTO -> flow.net();
                case CUMULATIEF -> flow.cumulativeNet();
            };
            for (Variant v : variants) {
                w.text(row, YearColumns.NAME, label, Styles.Text.PLAIN);
                w.text(row, YearColumns.VARIANT, Labels.variant(same ? null : v), Styles.Text.PLAIN);
                w.text(row, YearColumns.UNIT, "€", Styles.Text.PLAIN);
                w.text(row, YearColumns.PROVENANCE, measure.label, Styles.Text.PLAIN);
                Styles.Role role = measure == Measure.NETTO ? Styles.Role.TOTAL : Styles.Role.FORMULA;
                for (int y = years.first(); y <= years.effectsUntil(); y++) {
                    int c = cols.column(y);
                    String formula = switch (measure) {
                        case OPBRENGSTEN -> benefits.apply(v, y);
                        case INVESTERINGEN -> investments.apply(v, y);
                        case VERREKENINGEN -> settlements.apply(v, y);
                        case NETTO -> "(" + SheetWriter.local(rows.get(Measure.OPBRENGSTEN).get(v), c) + "-"
                                + SheetWriter.local(rows.get(Measure.INVESTERINGEN).get(v), c)
                                + (settlements == null ? "" : "+" + SheetWriter.local(rows.get(Measure.VERREKENINGEN).get(v), c))
                                + ")";
                        case CUMULATIEF -> "SUM(" + new CellReference(rows.get(Measure.NETTO).get(v),
                                cols.column(years.first()), false, true).formatAsString() + ":"
                                + SheetWriter.local(rows.get(Measure.NETTO).get(v), c) + ")";
                    };
                    w.formula(row, c, formula, expected.get(v).at(y), role, Styles.Format.EURO);
                }
                if (measure != Measure.CUMULATIEF) {
                    SummarySheet.total(w, row, cols, expected.get(v).total(), role);
                }
                byVariant.put(v, row++);
            }
            if (same) {
                for (Variant v : Variant.values()) {
                    byVariant.put(v, byVariant.get(Variant.EXPECTED));
                }
            }
            rows.put(measure, byVariant);
        }
        return new Rows(rows, row);
    }

    /**
     * The sum of one measure and variant over the blocks written in rows {@code firstRow..lastRow}:
     * one range with the block rows' labels as criteria.
     */
    static String sumOf(Measure measure, Variant v, int column, int firstRow, int lastRow) {
        return variantSum(column, firstRow, lastRow, Map.of(YearColumns.PROVENANCE, measure.label), v);
    }

    /**
     * The sum of the rows of variant {@code v} in rows {@code firstRow..lastRow} that also meet
     * {@code criteria}: those of the variant and those that stand for all variants.
     */
    static String variantSum(int column, int firstRow, int lastRow, Map<Integer, String> criteria, Variant v) {
        if (lastRow < firstRow) {
            return "0";
        }
        String sum = "";
        for (String variant : List.of(Labels.variant(v), Labels.ALL_VARIANTS)) {
            Map<Integer, String> all = new java.util.LinkedHashMap<>(criteria);
            all.put(YearColumns.VARIANT, variant);
            sum += (sum.isEmpty() ? "" : "+") + Formulas.sumIfs(column, firstRow, lastRow, all);
        }
        return sum;
    }

    /** True when one row stands for every variant: the same row for each. */
    static boolean same(Map<Variant, Integer> rows) {
        return rows != null && rows.get(Variant.MIN).equals(rows.get(Variant.EXPECTED))
                && rows.get(Variant.MAX).equals(rows.get(Variant.EXPECTED));
    }

    /** Zero after the plan years: the begroting has no investments there. */
    static String investedIn(String cell, int year, YearRange years) {
        return year <= years.last() ? cell : "0";
    }
}
