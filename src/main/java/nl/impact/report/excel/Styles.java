package nl.impact.report.excel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import nl.impact.model.ParameterKind;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The style sheet of a workbook, created once: a workbook holds at most 64,000 styles, and one
 * style per cell would also make the file larger and slower to open. Inputs look like inputs in
 * financial models (blue on light yellow), formulas are plain black, totals bold with a rule above.
 */
public final class Styles {

    /** How a number is shown. */
    public enum Format {
        /**
         * Whole euros, as a plan writes its amounts; the codes are Excel's, which shows them as
         * {@code € 1.234} in a Dutch locale. The cell keeps every decimal: only the display is rounded.
         */
        EURO("\"€ \"#,##0;[Red]\"€ \"-#,##0"),
        /** Euros and cents, for a typed-in tariff or amount per unit that has cents ({@link #euro}). */
        EURO_CENTS("\"€ \"#,##0.00;[Red]\"€ \"-#,##0.00"),
        NUMBER("#,##0.00"),
        /** A whole number: a count a milestone must reach. */
        WHOLE("#,##0"),
        PERCENT("0.00%"),
        /** A calendar year: no thousands separator. */
        YEAR("0");

        final String code;

        Format(String code) {
            this.code = code;
        }

        /** Euros with cents when {@code value} has cents (a tariff of € 12,50), else whole euros. */
        public static Format euro(java.math.BigDecimal value) {
            return value.setScale(2, java.math.RoundingMode.HALF_EVEN).remainder(java.math.BigDecimal.ONE).signum() == 0
                    ? EURO : EURO_CENTS;
        }

        /** {@code format}, and for euros: with cents when {@code value} has them. */
        public static Format of(Format format, java.math.BigDecimal value) {
            return format == EURO ? euro(value) : format;
        }

        public static Format of(ParameterKind kind) {
            return switch (kind) {
                case AMOUNT, COST -> EURO;
                case FRACTION -> PERCENT;
                case COUNT, RATE, NUMBER -> NUMBER;
            };
        }
    }

    /** What a number cell is: typed in, computed, or a total. */
    public enum Role { INPUT, FORMULA, TOTAL }

    private static final XSSFColor INPUT_FILL = rgb(0xFF, 0xF2, 0xCC);
    private static final XSSFColor INPUT_FONT = rgb(0x00, 0x00, 0xC0);
    private static final XSSFColor HEADER_FILL = rgb(0xD9, 0xE1, 0xF2);
    private static final XSSFColor SECTION_FILL = rgb(0x1F, 0x4E, 0x78);
    private static final XSSFColor ASSUMPTION_FILL = rgb(0xF8, 0xCB, 0xAD);
    private static final XSSFColor NOTE_FONT = rgb(0x59, 0x59, 0x59);

    private final XSSFWorkbook workbook;
    private final Map<Role, Map<Format, XSSFCellStyle>> numbers = new EnumMap<>(Role.class);
    private final Map<String, XSSFCellStyle> texts = new HashMap<>();
    private final XSSFCellStyle title;
    private final XSSFCellStyle header;
    private final XSSFCellStyle section;

    public Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        // The default font names its theme's font, but POI writes no theme: LibreOffice then falls
        // back to a far wider font and clips every plain cell. Calibri by name, like the others.
        workbook.getFontAt(0).setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
        XSSFFont bold = font(true, false, null, 11);
        XSSFFont input = font(false, false, INPUT_FONT, 11);
        for (Role role : Role.values()) {
            Map<Format, XSSFCellStyle> byFormat = new EnumMap<>(Format.class);
            for (Format format : Format.values()) {
                XSSFCellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format.code));
                if (role == Role.INPUT) {
                    style.setFont(input);
                    fill(style, INPUT_FILL);
                    style.setLocked(false);
                } else if (role == Role.TOTAL) {
                    style.setFont(bold);
                    style.setBorderTop(BorderStyle.THIN);
                }
                byFormat.put(format, style);
            }
            numbers.put(role, byFormat);
        }
        title = workbook.createCellStyle();
        title.setFont(font(true, false, null, 14));
        header = workbook.createCellStyle();
        header.setFont(bold);
        fill(header, HEADER_FILL);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        section = workbook.createCellStyle();
        section.setFont(font(true, false, rgb(0xFF, 0xFF, 0xFF), 11));
        fill(section, SECTION_FILL);
    }

    public XSSFCellStyle number(Role role, Format format) {
        return numbers.get(role).get(format);
    }

    public XSSFCellStyle title() {
        return title;
    }

    public XSSFCellStyle header() {
        return header;
    }

    /** A header over numbers: right-aligned like the numbers below it. */
    public XSSFCellStyle numberHeader() {
        return texts.computeIfAbsent("numberHeader", k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(header);
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        });
    }

    /** A header over a group of columns (a year over its columns): centred over them. */
    public XSSFCellStyle groupHeader() {
        return texts.computeIfAbsent("groupHeader", k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(header);
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        });
    }

    public XSSFCellStyle section() {
        return section;
    }

    /**
     * Plain text. {@code quoted} marks the cell as text for Excel's editor too (a leading
     * apostrophe), for text that starts like a formula.
     */
    public XSSFCellStyle text(Text kind, boolean quoted) {
        return texts.computeIfAbsent(kind + "/" + quoted, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            switch (kind) {
                case PLAIN -> { }
                case BOLD -> style.setFont(font(true, false, null, 11));
                case NOTE -> style.setFont(font(false, true, NOTE_FONT, 11));
                case ASSUMPTION -> fill(style, ASSUMPTION_FILL);
                case WRAP -> {
                    style.setWrapText(true);
                    style.setVerticalAlignment(VerticalAlignment.TOP);
                }
                case WRAP_ASSUMPTION -> {
                    style.setWrapText(true);
                    style.setVerticalAlignment(VerticalAlignment.TOP);
                    fill(style, ASSUMPTION_FILL);
                }
            }
            style.setQuotePrefixed(quoted);
            return style;
        });
    }

    /** {@code base} marked as text for Excel's editor (a leading apostrophe), for text that starts like a formula. */
    public XSSFCellStyle quoted(XSSFCellStyle base) {
        return texts.computeIfAbsent("quoted/" + base.getIndex(), k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    /** Kinds of text cell. */
    public enum Text { PLAIN, BOLD, NOTE, ASSUMPTION, WRAP, WRAP_ASSUMPTION }

    private XSSFFont font(boolean bold, boolean italic, XSSFColor color, int points) {
        XSSFFont font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints((short) points);
        if (color != null) {
            font.setColor(color);
        }
        return font;
    }

    private static void fill(XSSFCellStyle style, XSSFColor color) {
        style.setFillForegroundColor(color);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }
}
