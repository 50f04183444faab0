package nl.impact.scenario;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XML of one sheet into rows of cell texts as the parser streams it (POI's event API: a
 * handler of the sheet part, as in POI's own XSSF-and-SAX example). POI's ready-made
 * {@code XSSFSheetXMLHandler} is not used because it passes over a formula cell without a computed
 * value, delivers an empty cached value as an empty cell, and writes an error value as text.
 *
 * <p>A cell's text is what Excel shows, with full precision: a number as Excel writes it (0.1 stays
 * 0.1, not the nearest binary fraction), a text stripped of surrounding blanks, a boolean as
 * {@code true}/{@code false}. A cell that holds no usable value is not made empty or zero: it is
 * returned with the reason, and the caller decides whether the cell matters.
 */
final class SheetCells extends DefaultHandler {

    static final String ADVICE = "open and save the workbook in Excel or LibreOffice, or give the value";
    static final String NO_VALUE = "a formula without a computed value (the program that wrote the workbook "
            + "does not compute formulas): " + ADVICE;
    static final String RECOMPUTE = "a formula whose stored value cannot be trusted: the workbook asks to "
            + "recompute every formula when it is opened, as programs that do not compute formulas mark it: " + ADVICE;
    static final String DAMAGED = "a value the workbook cannot hold: the workbook is damaged";

    /** Excel's error values (#DIV/0!, #N/A, #VALUE!, ...), which are named in messages as they are. */
    private static final Pattern ERROR = Pattern.compile("#[A-Z0-9/_]{1,15}[!?]?");
    /** Longer than any number Excel writes (at most 17 digits, a sign, a point and an exponent). */
    private static final int LONGEST_NUMBER = 100;
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

    /** Carries a reason to stop reading through the parser: the sink's problem, or the sink's wish. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient Exception cause;

        Stop(Exception cause) {
            super(cause == null ? "stop" : cause.getMessage());
            this.cause = cause;
        }

        Exception reason() {
            return cause;
        }
    }

    private final SharedTexts texts;
    private final boolean recompute;
    private final int longest;
    private final XlsxWorkbook.RowSink sink;

    private int row;
    private int column;
    private String type;
    private boolean inCell;
    private boolean formula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    private boolean inText;
    private boolean inPhonetic;
    private final StringBuilder text = new StringBuilder();
    private String[] cells = new String[16];
    private int width;
    private final TreeMap<Integer, String> unreadable = new TreeMap<>();
    private final BitSet numbers = new BitSet();

    /**
     * @param texts the workbook's shared strings, or null when it has none
     * @param recompute whether the workbook asks to recompute every formula on opening, so that no
     *     cached value can be trusted
     * @param longest the longest text a caller accepts: longer texts are cut one character beyond it
     */
    SheetCells(SharedTexts texts, boolean recompute, int longest, XlsxWorkbook.RowSink sink) {
        this.texts = texts;
        this.recompute = recompute;
        this.longest = longest;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
            case "f" -> formula = inCell;
            case "v" -> {
                inValue = inCell;
                hasValue |= inCell;
            }
            case "is" -> inInline = inCell;
            case "t" -> inText = inInline && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (!NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> {
                hasValue |= inInline;
                inInline = false;
            }
            case "c" -> endCell();
            case "row" -> endRow();
            case "sheetData" -> throw new Stop(null);
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inText) {
            int room = Math.max(longest, LONGEST_NUMBER) + 1 - text.length();
            text.append(ch, start, Math.min(length, Math.max(0, room)));
        }
    }

    private void startRow(String number) throws Stop {
        int next = row + 1;
        if (number != null) {
            try {
                next = Integer.parseInt(number.strip());
            } catch (NumberFormatException e) {
                next = -1;
            }
        }
        if (next < 1 || next > LAST_ROW) {
            throw damaged("a row numbered beyond Excel's rows (1 to " + LAST_ROW + ")");
        }
        row = next;
        column = -1;
        // Only the last row's cells can be set: a row far to the right makes the array long, not every row slow.
        Arrays.fill(cells, 0, width, null);
        width = 0;
        unreadable.clear();
        numbers.clear();
    }

    private void startCell(String reference, String cellType) throws Stop {
        int next = reference == null ? column + 1 : columnOf(reference);
        if (next < 0 || next > LAST_COLUMN) {
            throw damaged("a cell outside its row or beyond Excel's columns in row " + row);
        }
        column = next;
        type = cellType;
        inCell = true;
        formula = false;
        hasValue = false;
        text.setLength(0);
    }

    /**
     * The column (0-based) of a reference such as {@code AB12}, or -1 when it is none or lies in
     * another row. Read here rather than by POI's CellReference, whose patterns cost a third of
     * the reading of a large sheet.
     */
    private int columnOf(String reference) {
        int at = 0;
        int index = 0;
        while (at < reference.length() && at < 4) {
            char c = reference.charAt(at);
            if (c >= 'A' && c <= 'Z') {
                index = index * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                index = index * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            at++;
        }
        if (at == 0 || at > 3 || at == reference.length()) {
            return -1;
        }
        try {
            return Integer.parseInt(reference, at, reference.length(), 10) == row ? index - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void endCell() {
        inCell = false;
        String raw = text.toString();
        if (formula && (!hasValue || raw.isEmpty() && !"str".equals(type))) {
            unreadable.put(column, NO_VALUE);
            return;
        }
        if (formula && recompute) {
            unreadable.put(column, RECOMPUTE);
            return;
        }
        if (!hasValue) {
            return;
        }
        String value;
        String type = this.type == null ? "n" : this.type;
        switch (type) {
            case "e" -> {
                String code = raw.strip();
                unreadable.put(column, "the error value " + (ERROR.matcher(code).matches() ? code + " " : "")
                        + "instead of a value: correct the formula in the workbook, or give the value");
                return;
            }
            case "s" -> value = shared(raw);
            case "inlineStr", "str", "d" -> value = cut(raw.strip());
            case "b" -> value = raw.strip().equals("1") ? "true" : raw.strip().equals("0") ? "false" : null;
            case "n" -> value = number(raw);
            default -> value = null;
        }
        if (value == null) {
            unreadable.put(column, DAMAGED);
        } else if (!value.isEmpty()) {
            put(value);
            // A number cell, not a text that reads as one: 1.918 in a number cell is no Dutch 1918.
            numbers.set(column, "n".equals(type));
        }
    }

    private String shared(String raw) {
        if (texts == null) {
            return null;
        }
        try {
            String value = texts.get(Integer.parseInt(raw.strip()));
            return value == null ? null : cut(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number as Excel shows it with full precision; an empty cached value is an empty cell. */
    private static String number(String raw) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return "";
        }
        if (value.length() > LONGEST_NUMBER) {
            return null;
        }
        if (isWholeNumber(value)) {
            return value;
        }
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? NumberToTextConverter.toText(number) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number of at most 15 digits (Excel's precision), without leading zeros: shown as written. */
    private static boolean isWholeNumber(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        int digits = value.length() - start;
        if (digits < 1 || digits > 15 || value.charAt(start) == '0' && (digits > 1 || start == 1)) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private String cut(String value) {
        return value.length() > longest + 1 ? value.substring(0, longest + 1) : value;
    }

    private void put(String value) {
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = value;
        width = Math.max(width, column + 1);
    }

    private void endRow() throws Stop {
        if (width == 0 && unreadable.isEmpty()) {
            return;
        }
        List<String> values = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            values.add(cells[c] == null ? "" : cells[c]);
        }
        try {
            if (!sink.row(new XlsxWorkbook.Row(row, values,
                    Collections.unmodifiableSortedMap(new TreeMap<>(unreadable)), (BitSet) numbers.clone()))) {
                throw new Stop(null);
            }
        } catch (InvalidInputException e) {
            throw new Stop(e);
        }
    }

    private Stop damaged(String what) {
        return new Stop(new XlsxWorkbook.Unreadable("the workbook is damaged: " + what));
    }
}
