package nl.impact.cli;

import java.math.BigDecimal;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.model.Limits;
import nl.impact.model.Printable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --sensitivity-range P}: the one-way sensitivity also swings every unbanded number of the
 * plan P percent down and up, so the largest unbanded drivers show in the tornado (docs/uncertainty.md).
 */
public final class SensitivityRangeOption {

    @Option(names = "--sensitivity-range", paramLabel = "P", converter = Converter.class,
            description = "Also swing every number without a band P percent down and up in the one-way sensitivity "
                    + "(sensitivity.csv, the tornado), marked (±P%%); P above 0 and at most 100, e.g. 10. "
                    + "Default: off, only banded numbers swing.")
    Sensitivity.Range range = Sensitivity.Range.NONE;

    Sensitivity.Range range() {
        return range;
    }

    /** A percentage above 0 and at most 100, written with a decimal point. */
    static final class Converter implements ITypeConverter<Sensitivity.Range> {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        @Override
        public Sensitivity.Range convert(String value) {
            BigDecimal percent;
            try {
                percent = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a percentage above 0 and at most 100, such as 10, got '"
                        + Printable.sanitise(value) + "'");
            }
            // The limit on decimals of every input number: a range of 1e-999999999 percent cannot be computed.
            if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0 || Limits.checkInput(percent) != null) {
                throw new TypeConversionException("expected a percentage above 0 and at most 100, such as 10, with at "
                        + "most " + Limits.MAX_DECIMALS + " decimals, got " + Printable.number(percent));
            }
            return new Sensitivity.Range(percent);
        }
    }
}
