package nl.impact.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import nl.impact.model.Limits;
import nl.impact.model.Printable;
import nl.impact.report.HumanNumbers;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the numbers options take, whose refusals say in plain words what was expected
 * ("'abc' is not a whole number") instead of a Java type or exception ("'abc' is not a long",
 * "java.lang.NumberFormatException: ..."), and a decimal within the limits of an input number.
 */
final class PlainValues {

    private PlainValues() {
    }

    /** Registers the converters on {@code cli} and the commands it has. */
    static void register(CommandLine cli) {
        ITypeConverter<Long> whole = value -> whole(value, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
        ITypeConverter<Integer> small = value -> whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE).intValueExact();
        cli.registerConverter(Long.class, whole).registerConverter(Long.TYPE, whole)
                .registerConverter(Integer.class, small).registerConverter(Integer.TYPE, small)
                .registerConverter(BigDecimal.class, PlainValues::decimal);
    }

    private static BigInteger whole(String value, long min, long max) {
        BigInteger number;
        try {
            number = new BigInteger(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException(shown(value) + " is not a whole number");
        }
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new TypeConversionException(shown(value) + " is out of range (" + HumanNumbers.of(min) + " to "
                    + HumanNumbers.of(max) + ")");
        }
        return number;
    }

    /** A number as a scenario may hold it: within the limits on magnitude and decimals every input number has. */
    private static BigDecimal decimal(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException(shown(value) + " is not a number (write a decimal point: 12.5)");
        }
        String wrong = Limits.checkInput(number);
        if (wrong != null) {
            throw new TypeConversionException(wrong);
        }
        return number;
    }

    private static String shown(String value) {
        return "'" + Printable.quote(value) + "'";
    }
}
