package nl.impact.calc.plan;

import java.util.Locale;
import nl.impact.model.Band;
import nl.impact.model.Distribution;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Provenance;
import nl.impact.model.YearValues;

/**
 * One number the plan uses, as the register of inputs lists it: where it stands in the scenario
 * ({@code path}), what a reader calls it ({@code label}, Dutch, from the scenario's own names), and
 * the parameter that carries its unit, values per variant and year, band, provenance and distribution.
 *
 * @param index its place in the register
 */
public record Input(int index, String path, String label, Kind kind, Parameter parameter) {

    /** What kind of number it is, as a reader would say. */
    public enum Kind {
        COUNT, MONEY, RATE, SHARE, YEAR, NUMBER;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind of a parameter of {@code kind} in {@code unit}. */
        static Kind of(ParameterKind kind, String unit) {
            return switch (kind) {
                case COUNT -> COUNT;
                case AMOUNT, COST -> MONEY;
                case RATE -> RATE;
                case FRACTION -> SHARE;
                case NUMBER -> unit != null && (unit.equals("jaar") || unit.equals("year")) ? YEAR : NUMBER;
            };
        }
    }

    public String unit() {
        return parameter.unit();
    }

    public Provenance provenance() {
        return parameter.provenance();
    }

    public Band<YearValues> values() {
        return parameter.values();
    }

    /** True when the scenario gives it a min/max band. */
    public boolean banded() {
        return parameter.banded();
    }

    public Distribution distribution() {
        return parameter.distribution();
    }
}
