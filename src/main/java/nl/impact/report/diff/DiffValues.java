package nl.impact.report.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.impact.engine.diff.Attribution;
import nl.impact.engine.diff.FigureChange;
import nl.impact.engine.diff.InputChange;
import nl.impact.engine.diff.Measure;
import nl.impact.engine.diff.ScenarioDiff;
import nl.impact.model.Position;
import nl.impact.model.Variant;

/** Choices and number formats the diff reports share. */
final class DiffValues {

    private DiffValues() {
    }

    static List<FigureChange> changed(ScenarioDiff diff, Variant v, BigDecimal tolerance) {
        return diff.figures().stream().filter(f -> f.variant() == v && f.changed(tolerance)).toList();
    }

    /** The parts by size of their amount, largest first; ties in the groups' order. */
    static List<Attribution.Part> largestFirst(List<Attribution.Part> parts) {
        return parts.stream().sorted(Comparator.comparing((Attribution.Part p) -> p.amount().abs()).reversed())
                .toList();
    }

    static String value(String v) {
        return v == null ? "(none)" : v;
    }

    static String provenance(InputChange c) {
        if (c.provenanceBefore().equals(c.provenanceAfter())) {
            return c.provenanceAfter();
        }
        return (c.provenanceBefore().isEmpty() ? "-" : c.provenanceBefore()) + " -> "
                + (c.provenanceAfter().isEmpty() ? "-" : c.provenanceAfter());
    }

    static String position(Position p) {
        return p == null ? "(none)" : p.key();
    }

    /** A figure for the terminal: euros with two decimals, a ratio with two, a year as is. */
    static String figure(FigureChange f, BigDecimal value) {
        if (value == null) {
            return "-";
        }
        return f.measure() == Measure.BREAK_EVEN_YEAR ? value.toPlainString() : amount(value);
    }

    static String signed(FigureChange f, BigDecimal change) {
        String text = f.measure() == Measure.BREAK_EVEN_YEAR ? change.toPlainString() : amount(change);
        return change.signum() > 0 ? "+" + text : text;
    }

    static String signedPercent(BigDecimal p) {
        return (p.signum() > 0 ? "+" : "") + p.toPlainString();
    }

    static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
