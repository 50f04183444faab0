package nl.impact.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.model.Printable;

/** The five inputs whose swing moves the whole plan's net the most, on stdout, by their labels. */
public final class SensitivityConsole {

    private static final int SHOWN = 5;

    private SensitivityConsole() {
    }

    public static void print(Sensitivity sensitivity, PrintWriter out) {
        List<Sensitivity.Swing> largest = sensitivity.largest(Sensitivity.TOTAL, Sensitivity.Measure.NET).stream()
                .limit(SHOWN).toList();
        if (largest.isEmpty()) {
            return;
        }
        List<String> labels = largest.stream().map(s -> Printable.sanitise(SwingMark.label(s, sensitivity.range(), false)))
                .toList();
        int width = Math.max(40, labels.stream().mapToInt(String::length).max().orElse(0) + 2);
        String line = "%-" + width + "s %15s %15s %15s%n";
        out.println();
        out.printf(line, "largest swings of net (sensitivity.csv)", "at min", "at max", "swing");
        for (int i = 0; i < largest.size(); i++) {
            Sensitivity.Swing s = largest.get(i);
            out.printf(line, labels.get(i), human(s.atMin()), human(s.atMax()), human(s.swing()));
        }
        if (sensitivity.range().on()) {
            out.println("(" + SwingMark.range(sensitivity.range(), false) + "): no band; swung by --sensitivity-range");
        }
        out.flush();
    }

    private static String human(double value) {
        return HumanNumbers.of(BigDecimal.valueOf(value));
    }
}
