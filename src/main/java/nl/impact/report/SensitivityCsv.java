package nl.impact.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.model.Parameter;
import nl.impact.model.Variant;
import nl.impact.model.YearValues;

/**
 * {@code sensitivity.csv}: the one-way sensitivity of net and NPV per financier and in all, one row
 * per swung input (path and Dutch label), sorted by swing within each financier and measure. See
 * docs/outputs.md.
 */
public final class SensitivityCsv implements OutputWriter {

    public static final String FILE = "sensitivity.csv";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE), "parameter", "label", "financier", "measure",
                "value_at_min", "value_at_max", "result_at_min", "result_expected", "result_at_max", "swing",
                "varied_by")) {
            for (Sensitivity.Swing s : outputs.sensitivity().swings()) {
                csv.row(List.of(CsvText.safe(s.path()), CsvText.safe(s.label()), CsvText.safe(s.financier()),
                        s.measure().key(), value(s.swung().low()), value(s.swung().high()), cents(s.atMin()),
                        cents(s.expected()), cents(s.atMax()), cents(s.swing()), s.variation().key()));
            }
        }
    }

    /** A parameter's value in a variant, as {@link #value(YearValues)} writes it. */
    public static String value(Parameter parameter, Variant variant) {
        return value(parameter.values().get(variant));
    }

    /** An input's value at one end of its swing: the number, or {@code year=value} per plan year separated by {@code ;}. */
    public static String value(YearValues values) {
        if (values.isConstant()) {
            return values.constant().toPlainString();
        }
        return values.perYear().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining(";"));
    }

    /** A double result in euros, rounded half up to cents on output. */
    public static String cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
