package nl.impact.cli;

import nl.impact.report.CsvDialect;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --csv-dialect}: how the CSV outputs are spelled (docs/outputs.md). */
public final class CsvDialectOption {

    @Option(names = "--csv-dialect", paramLabel = "DIALECT", defaultValue = "standard", converter = Converter.class,
            description = {"How CSV files are spelled: standard (comma, decimal point, UTF-8, LF; the default) or "
                    + "excel-nl (semicolon, decimal comma, UTF-8 with BOM, CRLF: opens as numbers in Dutch Excel)."})
    CsvDialect dialect = CsvDialect.STANDARD;

    /** Names as on the command line, not the enum's constants. */
    static final class Converter implements ITypeConverter<CsvDialect> {
        @Override
        public CsvDialect convert(String value) {
            return CsvDialect.of(value);
        }
    }
}
