package nl.impact.report;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * How a CSV file is spelled. {@code standard} is the public contract (comma, decimal point, UTF-8
 * without BOM, LF); {@code excel-nl} is what Excel and LibreOffice with a Dutch locale open by
 * double-click as numbers (semicolon, decimal comma, UTF-8 with BOM so the encoding is recognised,
 * CRLF). Only the spelling differs: the same cells, rows and header.
 */
public enum CsvDialect {
    STANDARD("standard", ',', "\n", false, '.'),
    EXCEL_NL("excel-nl", ';', "\r\n", true, ',');

    /** A decimal number as {@link Amounts#csv} writes it; integers are spelled alike in both dialects. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private final String key;
    private final CSVFormat format;
    private final boolean byteOrderMark;
    private final char decimalSeparator;

    CsvDialect(String key, char delimiter, String recordSeparator, boolean byteOrderMark, char decimalSeparator) {
        this.key = key;
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator(recordSeparator).build();
        this.byteOrderMark = byteOrderMark;
        this.decimalSeparator = decimalSeparator;
    }

    /** The name on the command line: {@code standard}, {@code excel-nl}. */
    public String key() {
        return key;
    }

    CSVFormat format() {
        return format;
    }

    boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** A cell as this dialect spells it: a decimal number gets this dialect's decimal separator. */
    String cell(String cell) {
        if (decimalSeparator == '.' || cell == null || !DECIMAL.matcher(cell).matches()) {
            return cell;
        }
        return cell.replace('.', decimalSeparator);
    }

    /** The dialect named {@code key}, for picocli's converter. */
    public static CsvDialect of(String key) {
        for (CsvDialect d : values()) {
            if (d.key.equals(key.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown CSV dialect '" + key + "'; expected standard or excel-nl");
    }
}
