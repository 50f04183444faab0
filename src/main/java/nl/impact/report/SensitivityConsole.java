package nl.impact.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.engine.sensitivity.Sensitivity;

/** The five parameters whose band swings the whole plan's net the most, on stdout. */
public final class SensitivityConsole {

    private static final int SHOWN = 5;

    private SensitivityConsole() {
    }

    public static void print(RunResult result, PrintWriter out) {
        List<Sensitivity.Swing> largest = Sensitivity.largest(Sensitivity.of(result), Sensitivity.TOTAL,
                Sensitivity.Measure.NET);
        if (largest.isEmpty()) {
            return;
        }
        int width = Math.max(30, largest.stream().limit(SHOWN).mapToInt(s -> s.parameter().path().length()).max()
                .orElse(0) + 2);
        String line = "%-" + width + "s %15s %15s %15s%n";
        out.println();
        out.printf(line, "largest swings of net (sensitivity.csv)", "at min", "at max", "swing");
        largest.stream().limit(SHOWN).forEach(s -> out.printf(line, s.parameter().path(), human(s.atMin()),
                human(s.atMax()), human(s.swing())));
        out.flush();
    }

    private static String human(double value) {
        return Amounts.human(BigDecimal.valueOf(value));
    }
}
