package nl.impact.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import nl.impact.model.Printable;
import nl.impact.report.CsvDialect;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --csv-dialect}: how the CSV outputs are spelled (docs/outputs.md). */
public final class CsvDialectOption {

    @Option(names = "--csv-dialect", paramLabel = "DIALECT", defaultValue = "standard", converter = Converter.class,
            completionCandidates = Names.class,
            description = {"How CSV files are spelled: standard (comma, decimal point, UTF-8, LF; the default) or "
                    + "excel-nl (semicolon, decimal comma, UTF-8 with BOM, CRLF: opens as numbers in Dutch Excel)."})
    CsvDialect dialect = CsvDialect.STANDARD;

    /** The names completion offers: as written on the command line, not the enum's constants. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(CsvDialect.values()).map(CsvDialect::key).iterator();
        }
    }

    /** A name in either case, with - or _ ({@code excel-nl}, {@code EXCEL_NL}); anything else in plain words. */
    static final class Converter implements ITypeConverter<CsvDialect> {
        @Override
        public CsvDialect convert(String value) {
            String key = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (CsvDialect d : CsvDialect.values()) {
                if (d.key().equals(key)) {
                    return d;
                }
            }
            throw new TypeConversionException("'" + Printable.quote(value) + "' is not a CSV dialect; expected "
                    + String.join(" or ", new Names()));
        }
    }
}
