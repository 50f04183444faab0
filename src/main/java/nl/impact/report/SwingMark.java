package nl.impact.report;

import nl.impact.engine.sensitivity.Sensitivity;

/**
 * How an input swung by {@code --sensitivity-range} is marked beside its label wherever the tornado
 * shows it (stdout, the Gevoeligheid sheet, report.html): {@code (±10%)}. An input swung between
 * the ends of its band has no mark.
 */
public final class SwingMark {

    private SwingMark() {
    }

    /** {@code " (±10%)"} for a swing of the range, empty for a band; Dutch decimals ({@code ±2,5%}) when asked. */
    public static String of(Sensitivity.Swing swing, Sensitivity.Range range, boolean dutch) {
        return swing.variation() == Sensitivity.Variation.RANGE ? " (" + range(range, dutch) + ")" : "";
    }

    /** The range as {@code ±10%}. */
    public static String range(Sensitivity.Range range, boolean dutch) {
        String percent = range.percent().toPlainString();
        return "\u00b1" + (dutch ? percent.replace('.', ',') : percent) + "%";
    }

    /** The label of a swing with its mark. */
    public static String label(Sensitivity.Swing swing, Sensitivity.Range range, boolean dutch) {
        return swing.label() + of(swing, range, dutch);
    }
}
