package nl.impact.report.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes every sheet of a finished workbook read and print well, the way a person checks it:
 * nothing clipped or printed over (columns widened for the numbers and texts they hold, long texts
 * wrapped, rows as high as their wrapped text), A4 at a legible scale (landscape when wide; a sheet
 * too wide for {@link #MIN_SCALE} is split over pages that repeat its title rows and name
 * columns), and a header and footer with the plan, the bijlage, the page number and the date.
 * Widths come from {@link TextWidth}'s fixed table, so the same scenario gives the same file.
 */
final class PageLayout {

    /** The smallest print scale, in percent: 11 pt text prints at 8.8 pt, the notes at 8 pt. */
    static final int MIN_SCALE = 80;

    /** The widest a text column is made before its texts wrap, in digit widths. */
    static final int TEXT_CAP = 40;

    /**
     * The widest a column is made for the longest word of a wrapped text: a longer word (a path in
     * the scenario) is broken over lines rather than widening the sheet.
     */
    static final int WORD_CAP = 26;

    /** Left and right margins, in inches; top and bottom leave room for the header and footer. */
    static final double SIDE_MARGIN = 0.4;
    static final double TOP_MARGIN = 0.7;
    static final double HEADER_MARGIN = 0.3;

    /** A4 in points (1/72 inch), landscape width and portrait width. */
    static final double A4_LONG = 842;
    static final double A4_SHORT = 595;

    /** What the header and footer say: the plan, which bijlage, the scenario's version (or null) and the document's date. */
    record Heading(String plan, String bijlage, String version, Instant date) {

        /** The footer's right part: the version when the scenario has one, and the date. */
        String edition() {
            return (version == null ? "" : "versie " + version + ", ") + PageLayout.date(date);
        }
    }

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    private final XSSFWorkbook workbook;
    private final Map<Short, XSSFCellStyle> wrapped = new HashMap<>();
    /** What the layout reads of each style, by its index: POI builds a new style object on every read. */
    private final Map<Short, Look> looks = new HashMap<>();
    /** Numbers as their formats show them, by value and format: the same figures recur across sheets. */
    private final Map<Shown, String> numbers = new HashMap<>();
    /** The current sheet's column widths in digit widths, read from POI once and kept as set. */
    private double[] widths = new double[0];
    private Sheet widthsOf;

    /** A cell style's font size and weight, wrapping and number format. */
    private record Look(boolean bold, double points, boolean wrap, short format, String formatString) {
        static Look of(XSSFCellStyle style) {
            XSSFFont font = style.getFont();
            return new Look(font.getBold(), font.getFontHeightInPoints(), style.getWrapText(), style.getDataFormat(),
                    style.getDataFormatString());
        }
    }

    /** A number and the format it is shown in. */
    private record Shown(double value, short format) {
    }

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[ \n]");
    /** DataFormatter is not thread-safe; runs may write workbooks in parallel. */
    private static final ThreadLocal<DataFormatter> FORMATTER =
            ThreadLocal.withInitial(() -> new DataFormatter(java.util.Locale.ROOT));

    private PageLayout(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static void apply(SXSSFWorkbook streaming, Heading heading) {
        XSSFWorkbook workbook = streaming.getXSSFWorkbook();
        PageLayout layout = new PageLayout(workbook);
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            XSSFCellStyle style = workbook.getCellStyleAt(i);
            // Tall rows (wrapped notes) read best with every cell at the top of its row.
            style.setVerticalAlignment(VerticalAlignment.TOP);
            // A style that does not apply its font gets LibreOffice's default (a wider sans at 10
            // pt), not the workbook's Calibri 11: every style applies its font.
            style.setFont(style.getFont());
        }
        for (int i = 0; i < streaming.getNumberOfSheets(); i++) {
            layout.sheet(streaming.getSheetAt(i), heading);
        }
    }

    /**
     * The row with the column titles: the last frozen row, which also repeats on every page (0 when
     * none). Read from the pane: POI cannot parse back the print titles of a sheet named with quotes.
     */
    static int headerRow(Sheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        return pane == null || pane.getHorizontalSplitTopRow() == 0 ? 0 : pane.getHorizontalSplitTopRow() - 1;
    }

    /** The last column of the table: the last cell of any row from the header down. */
    static int lastColumn(Sheet sheet) {
        int last = 0;
        for (int r = headerRow(sheet); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                last = Math.max(last, row.getLastCellNum() - 1);
            }
        }
        return last;
    }

    /** A column's width in digit widths, as set. */
    static double width(Sheet sheet, int column) {
        return sheet.getColumnWidth(column) / 256.0;
    }

    /**
     * A column width in points as it prints: LibreOffice makes a width unit one digit of 11 pt
     * Calibri, 5.58 pt (Excel 7 pixels, 5.25 pt); the wider of the two decides what fits a page.
     */
    static double points(double width) {
        return width * 5.58;
    }

    /** The width a page offers the table, in points. */
    static double printable(boolean landscape) {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * SIDE_MARGIN * 72;
    }

    /** The header's and footer's date: the document date, written out in Dutch. */
    static String date(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private void sheet(Sheet sheet, Heading heading) {
        widthsOf = sheet;
        widths = new double[0];
        int header = headerRow(sheet);
        int last = lastColumn(sheet);
        fitColumns(sheet, header, last);
        int pageColumns = page(sheet, last);
        int bottom = chartsOnTheirOwnPage(sheet);
        // The table's columns only: a chart's anchor ending at the next column adds no empty pages.
        printArea(sheet, last, Math.max(sheet.getLastRowNum(), bottom));
        notesAbove(sheet, header, pageColumns);
        rowHeights(sheet);
        heading(sheet, heading);
    }

    /** Widens columns for the numbers and texts they hold, and wraps what would still not fit. */
    private void fitColumns(Sheet sheet, int header, int last) {
        for (int r = header; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c <= last; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    continue;
                }
                Look look = look(cell);
                CellType type = shownType(cell);
                if (look.wrap()) {
                    // A wrapped text breaks between words: its longest word must fit.
                    double longest = 0;
                    for (String word : WORD_BREAK.split(shown(cell, type, look))) {
                        longest = Math.max(longest, TextWidth.of(word, look.bold(), look.points()));
                    }
                    widen(c, Math.min(WORD_CAP, longest + TextWidth.PADDING));
                    continue;
                }
                String text = shown(cell, type, look);
                double need = TextWidth.of(text, look.bold(), look.points()) + TextWidth.PADDING;
                if (type != CellType.STRING) {
                    // A number never wraps and never spills over: its own column must hold it.
                    widen(c, need);
                    continue;
                }
                if (need <= room(row, c, last)) {
                    continue;
                }
                widen(c, Math.min(TEXT_CAP, need));
                if (need > room(row, c, last)) {
                    cell.setCellStyle(wrap((XSSFCellStyle) cell.getCellStyle()));
                }
            }
        }
    }

    /** What a text may take on one line: its column and the empty ones right of it in the table. */
    static double room(Sheet sheet, Row row, int column, int last) {
        return room(row, column, last, c -> width(sheet, c));
    }

    private static double room(Row row, int column, int last, java.util.function.IntToDoubleFunction width) {
        double room = width.applyAsDouble(column);
        for (int c = column + 1; c <= last; c++) {
            Cell next = row.getCell(c);
            if (next != null && next.getCellType() != CellType.BLANK) {
                break;
            }
            room += width.applyAsDouble(c);
        }
        return room;
    }

    /** As {@link #room(Sheet, Row, int, int)}, from the kept widths. */
    private double room(Row row, int column, int last) {
        return room(row, column, last, this::width);
    }

    private void widen(int column, double width) {
        if (width > width(column)) {
            int units = (int) Math.ceil(width * 256);
            widthsOf.setColumnWidth(column, units);
            widths[column] = units / 256.0;
        }
    }

    /** The current sheet's width of {@code column}, as {@link #width(Sheet, int)} reads it. */
    private double width(int column) {
        if (column >= widths.length) {
            int from = widths.length;
            widths = java.util.Arrays.copyOf(widths, Math.max(column + 1, 2 * from));
            java.util.Arrays.fill(widths, from, widths.length, Double.NaN);
        }
        if (Double.isNaN(widths[column])) {
            widths[column] = width(widthsOf, column);
        }
        return widths[column];
    }

    /** How the layout reads {@code cell}'s style, read from POI once per style. */
    private Look look(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        return looks.computeIfAbsent(style.getIndex(), k -> Look.of(style));
    }

    /** As {@link #shown(Cell)}, numbers formatted once per value and format. */
    private String shown(Cell cell, CellType type, Look look) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> numbers.computeIfAbsent(new Shown(cell.getNumericCellValue(), look.format()),
                    k -> formatted(k.value(), k.format(), look.formatString()));
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** The type of what a cell shows: a formula's cached result, or its own value. */
    static CellType shownType(Cell cell) {
        CellType type = cell.getCellType();
        return type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
    }

    /**
     * A4, landscape when the table is wider than a portrait page, at the largest scale up to 100%
     * that fits its width on one page, but never below {@link #MIN_SCALE}: a wider table is split
     * over pages, each repeating the frozen name columns. Returns how many columns the first page
     * holds.
     */
    private int page(Sheet sheet, int last) {
        double total = 0;
        for (int c = 0; c <= last; c++) {
            total += points(width(sheet, c));
        }
        boolean landscape = total > printable(false);
        int scale = (int) Math.max(MIN_SCALE, Math.min(100, Math.floor(printable(landscape) / total * 100)));
        PrintSetup print = sheet.getPrintSetup();
        sheet.setFitToPage(false);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setScale((short) scale);
        // Down, then over: all rows of the first columns, then the rest beside them.
        print.setLeftToRight(false);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, TOP_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
        sheet.setHorizontallyCenter(false);
        double page = printable(landscape) * 100 / scale;
        int frozen = frozenColumns(sheet);
        if (total <= page) {
            return last;
        }
        // The frozen name columns repeat; a sheet without them repeats its first column, which names its rows.
        repeatColumns(sheet, Math.max(1, frozen));
        double used = 0;
        int c = 0;
        while (c <= last && used + points(width(sheet, c)) <= page) {
            used += points(width(sheet, c++));
        }
        return Math.max(0, c - 1);
    }

    /**
     * The first {@code columns} columns repeat on every page beside the title rows. Written as a
     * formula here: POI's own setter cannot parse back a sheet name that holds quotes.
     */
    private void repeatColumns(Sheet sheet, int columns) {
        String at = SheetNames.quoted(sheet.getSheetName()) + "!";
        String cols = at + "$A:$" + org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1);
        int header = headerRow(sheet) + 1;
        int index = workbook.getSheetIndex(sheet.getSheetName());
        for (org.apache.poi.xssf.usermodel.XSSFName name
                : workbook.getNames(org.apache.poi.xssf.usermodel.XSSFName.BUILTIN_PRINT_TITLE)) {
            if (name.getSheetIndex() == index) {
                name.setRefersToFormula(cols + "," + at + "$" + header + ":$" + header);
                return;
            }
        }
        org.apache.poi.xssf.usermodel.XSSFName name = workbook.createName();
        name.setNameName(org.apache.poi.xssf.usermodel.XSSFName.BUILTIN_PRINT_TITLE);
        name.setSheetIndex(index);
        name.setRefersToFormula(cols);
    }

    static int frozenColumns(Sheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        return pane == null ? 0 : pane.getVerticalSplitLeftColumn();
    }

    /** The print area, named as Excel names it; the sheet name quoted as any formula quotes it. */
    private void printArea(Sheet sheet, int lastColumn, int lastRow) {
        org.apache.poi.xssf.usermodel.XSSFName name = workbook.createName();
        name.setNameName(org.apache.poi.xssf.usermodel.XSSFName.BUILTIN_PRINT_AREA);
        name.setSheetIndex(workbook.getSheetIndex(sheet.getSheetName()));
        name.setRefersToFormula(SheetNames.quoted(sheet.getSheetName()) + "!"
                + new CellRangeAddress(0, lastRow, 0, lastColumn).formatAsString(null, true));
    }

    /** A chart is not cut by a page break: the charts below a table start a new page. */
    private static int chartsOnTheirOwnPage(Sheet sheet) {
        if (!(sheet.getDrawingPatriarch() instanceof org.apache.poi.xssf.usermodel.XSSFDrawing drawing)) {
            return 0;
        }
        int first = Integer.MAX_VALUE;
        int bottom = 0;
        for (org.apache.poi.xssf.usermodel.XSSFShape shape : drawing.getShapes()) {
            if (shape.getAnchor() instanceof org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor) {
                first = Math.min(first, anchor.getRow1());
                bottom = Math.max(bottom, anchor.getRow2());
            }
        }
        if (first != Integer.MAX_VALUE && first > 0) {
            sheet.setRowBreak(first - 1);
        }
        return bottom;
    }

    /**
     * The title and the notes above the table: a note wider than the first page becomes a cell
     * merged over that page's columns, wrapped.
     */
    private void notesAbove(Sheet sheet, int header, int pageColumns) {
        double room = 0;
        for (int c = 0; c <= pageColumns; c++) {
            room += width(sheet, c);
        }
        for (int r = 0; r < header; r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getPhysicalNumberOfCells() != 1 || row.getCell(0) == null
                    || !isText(row.getCell(0)) || pageColumns == 0) {
                continue;
            }
            Cell cell = row.getCell(0);
            XSSFFont font = ((XSSFCellStyle) cell.getCellStyle()).getFont();
            if (TextWidth.of(shown(cell), font.getBold(), font.getFontHeightInPoints()) + TextWidth.PADDING > room) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, pageColumns));
                cell.setCellStyle(wrap((XSSFCellStyle) cell.getCellStyle()));
            }
        }
    }

    /** Every row as high as its tallest cell: the lines of its wrapped texts, or its largest font. */
    private void rowHeights(Sheet sheet) {
        Map<Integer, Double> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            double width = 0;
            for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                width += width(c);
            }
            merged.put(region.getFirstRow() * 16384 + region.getFirstColumn(), width);
        }
        double single = TextWidth.lineHeight(11);
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            double height = single;
            for (Cell cell : row) {
                height = Math.max(height, height(cell, merged));
            }
            if (height > single) {
                row.setHeightInPoints((float) Math.ceil(height));
            }
        }
    }

    /** The height a cell needs, in points: its wrapped text's lines, or one line of its font. */
    private double height(Cell cell, Map<Integer, Double> merged) {
        Look look = look(cell);
        int lines = 1;
        if (look.wrap()) {
            CellType type = shownType(cell);
            if (type == CellType.STRING) {
                Double width = merged.get(cell.getRowIndex() * 16384 + cell.getColumnIndex());
                lines = TextWidth.lines(shown(cell, type, look), look.bold(), look.points(),
                        (width != null ? width : width(cell.getColumnIndex())) - TextWidth.PADDING);
            }
        }
        return lines * TextWidth.lineHeight(look.points()) + (lines > 1 ? 2 : 0);
    }

    private static void heading(Sheet sheet, Heading heading) {
        sheet.getHeader().setLeft(escape(heading.plan()));
        sheet.getHeader().setRight(escape(heading.bijlage()));
        sheet.getFooter().setLeft(escape(sheet.getSheetName()));
        sheet.getFooter().setCenter("pagina &P van &N");
        sheet.getFooter().setRight(escape(heading.edition()));
    }

    /** Header text from a scenario: {@code &} starts a code there, so it is doubled. */
    static String escape(String text) {
        return text.replace("&", "&&");
    }

    static boolean isText(Cell cell) {
        return shownType(cell) == CellType.STRING;
    }

    /** The text a cell shows: its string, or its number in its format (same length in a Dutch locale). */
    static String shown(Cell cell) {
        return switch (shownType(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> formatted(cell);
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /**
     * A number in its cell's format. A format of several sections goes through POI's CellFormat in
     * the thread's POI user locale (LocaleUtil, the JVM's default unless set): pinned to the root
     * locale here, so the widths do not depend on the machine's locale nor on the thread.
     */
    private static String formatted(Cell cell) {
        return formatted(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
    }

    private static String formatted(double value, short format, String formatString) {
        java.util.Locale before = org.apache.poi.util.LocaleUtil.getUserLocale();
        org.apache.poi.util.LocaleUtil.setUserLocale(java.util.Locale.ROOT);
        try {
            return FORMATTER.get().formatRawCellContents(value, format, formatString);
        } finally {
            org.apache.poi.util.LocaleUtil.setUserLocale(before);
        }
    }

    private XSSFCellStyle wrap(XSSFCellStyle base) {
        if (base.getWrapText()) {
            return base;
        }
        return wrapped.computeIfAbsent(base.getIndex(), k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }
}
