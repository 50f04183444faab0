package nl.impact.report.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * wrapped, every row as high as its wrapped text), the table's full width on one A4 page at a legible
 * scale (portrait or landscape, whichever prints on fewer pages; the Toelichting column sized to what
 * the page leaves), page breaks chosen so that a figure's rows, a heading and what it heads, and a chart
 * stay on one page, and a header and footer with the plan, the bijlage, the page number and the date.
 * Only a table too wide for {@link #MIN_SCALE} is split over pages that repeat its name columns.
 * Widths come from {@link TextWidth}'s fixed table and every row's height is set, so the same
 * scenario gives the same file and the same pages, whatever fonts the printing machine has.
 */
final class PageLayout {

    /** The smallest text in a workbook, in points: every style is at least 11 pt. */
    static final double SMALLEST_FONT = 11;

    /** The smallest a text may print, in points. */
    static final double SMALLEST_PRINTED = 8;

    /** The smallest print scale, in percent: 11 pt text prints at 8.03 pt. */
    static final int MIN_SCALE = (int) Math.ceil(SMALLEST_PRINTED / SMALLEST_FONT * 100);

    /** The widest a text column is made before its texts wrap, in digit widths. */
    static final int TEXT_CAP = 40;

    /**
     * The widest a column is made for the longest word of a wrapped text: a longer word (a path in
     * the scenario) is broken over lines rather than widening the sheet.
     */
    static final int WORD_CAP = 26;

    /** The narrowest and widest a Toelichting column is made, in digit widths: what the page leaves, within these. */
    static final int NOTE_MIN = 30;
    static final int NOTE_MAX = 70;

    /** Left and right margins, in inches; top and bottom leave room for the header and footer. */
    static final double SIDE_MARGIN = 0.4;
    static final double TOP_MARGIN = 0.7;
    static final double HEADER_MARGIN = 0.3;

    /** A4 in points (1/72 inch), landscape width and portrait width. */
    static final double A4_LONG = 842;
    static final double A4_SHORT = 595;

    /**
     * The share of a page's height the page breaks fill: a spreadsheet measures row heights in its own
     * units and rounds each, so a page filled to the last point could still overflow onto another.
     */
    static final double FILL = 0.97;

    /** The height of a row without a text of its own: one line of 11 pt. */
    static final double SINGLE = TextWidth.lineHeight(SMALLEST_FONT);

    /** What the header and footer say: the plan, which bijlage, the scenario's version (or null) and the document's date. */
    record Heading(String plan, String bijlage, String version, Instant date) {

        /** The footer's right part: the version when the scenario has one, and the date. */
        String edition() {
            return (version == null ? "" : "versie " + version + ", ") + PageLayout.date(date);
        }
    }

    /** How a sheet prints: orientation, scale, the Toelichting's width, the page breaks and the columns of the first page. */
    private record Plan(boolean landscape, int scale, double noteWidth, List<Integer> breaks, int pages, int pageColumns) {
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

    static void apply(SXSSFWorkbook streaming, Heading heading, Map<String, PrintHints> hints) {
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
            Sheet sheet = streaming.getSheetAt(i);
            layout.sheet(sheet, heading, hints.getOrDefault(sheet.getSheetName(), new PrintHints()));
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

    private void sheet(Sheet sheet, Heading heading, PrintHints hints) {
        widthsOf = sheet;
        widths = new double[0];
        int header = headerRow(sheet);
        int tableLast = lastColumn(sheet);
        int last = hints.lastColumn() >= 0 ? Math.min(hints.lastColumn(), tableLast) : tableLast;
        int note = hints.noteColumn() >= 0 && hints.noteColumn() <= last ? hints.noteColumn() : -1;
        fitColumns(sheet, header, tableLast, last, note, hints);
        int bottom = hints.lastRow() >= 0 ? hints.lastRow() : Math.max(sheet.getLastRowNum(), chartsBottom(sheet));
        mergeNotes(sheet, header, note, bottom);
        int mergedBefore = sheet.getNumMergedRegions();
        if (note >= 0) {
            // The Toelichting is at least this wide: a long line wrapped to fit it fits whatever the page gives it.
            setWidth(note, NOTE_MIN);
        }
        longLines(sheet, sheet.getLastRowNum(), last);
        Plan plan = plan(sheet, header, last, note, hints.noteWidth(), bottom);
        if (plan.pageColumns() < last) {
            // Split over pages: a long line spans the first page's columns only.
            while (sheet.getNumMergedRegions() > mergedBefore) {
                sheet.removeMergedRegion(sheet.getNumMergedRegions() - 1);
            }
            longLines(sheet, sheet.getLastRowNum(), plan.pageColumns());
        }
        if (note >= 0) {
            setWidth(note, plan.noteWidth());
        }
        setup(sheet, plan, last);
        // Every row's height, also of the rows below the printed ones (they serve formulas, on screen).
        double[] heights = rowHeights(sheet, Math.max(bottom, sheet.getLastRowNum()));
        for (int r = 0; r < heights.length; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                row.setHeightInPoints((float) heights[r]);
            }
        }
        // Rows without cells keep the sheet's default height, which is one line of 11 pt everywhere.
        defaultRowHeight(sheet);
        for (int b : breaks(sheet, header, bottom, heights, capacity(plan.landscape(), plan.scale()))) {
            sheet.setRowBreak(b);
        }
        printArea(sheet, last, bottom);
        heading(sheet, heading);
    }

    /**
     * The orientation and scale that print the table's full width on a page in the fewest pages
     * (then at the larger scale), with the Toelichting as wide as the page leaves at the smallest
     * scale, within {@link #NOTE_MIN}..{@link #NOTE_MAX}. A table too wide even so is split over
     * landscape pages at the smallest scale.
     */
    private Plan plan(Sheet sheet, int header, int last, int note, int widestNote, int bottom) {
        double others = 0;
        for (int c = 0; c <= last; c++) {
            if (c != note) {
                others += points(width(c));
            }
        }
        Plan best = null;
        for (boolean landscape : new boolean[] {false, true}) {
            double noteWidth = note < 0 ? 0 : Math.max(NOTE_MIN, Math.min(widestNote,
                    Math.floor((printable(landscape) * 100 / MIN_SCALE - others) / points(1))));
            double total = others + points(noteWidth);
            int fit = (int) Math.min(100, Math.floor(printable(landscape) / total * 100));
            if (fit < MIN_SCALE) {
                continue;
            }
            if (note >= 0) {
                setWidth(note, noteWidth);
            }
            double[] heights = rowHeights(sheet, bottom);
            // The fewest pages this orientation can give (at the smallest scale), at the largest scale that gives them.
            int fewest = breaks(sheet, header, bottom, heights, capacity(landscape, MIN_SCALE)).size() + 1;
            for (int scale = fit; scale >= MIN_SCALE; scale--) {
                List<Integer> breaks = breaks(sheet, header, bottom, heights, capacity(landscape, scale));
                if (breaks.size() + 1 == fewest) {
                    Plan plan = new Plan(landscape, scale, noteWidth, breaks, fewest, last);
                    if (best == null || plan.pages() < best.pages()
                            || plan.pages() == best.pages() && plan.scale() > best.scale()) {
                        best = plan;
                    }
                    break;
                }
            }
        }
        if (best != null) {
            return best;
        }
        // Too wide for one page: landscape at the smallest scale, the columns split over pages.
        double noteWidth = note < 0 ? 0 : NOTE_MIN;
        if (note >= 0) {
            setWidth(note, noteWidth);
        }
        double page = printable(true) * 100 / MIN_SCALE;
        double used = 0;
        int c = 0;
        while (c <= last && used + points(width(c)) <= page) {
            used += points(width(c++));
        }
        List<Integer> breaks = breaks(sheet, header, bottom, rowHeights(sheet, bottom), capacity(true, MIN_SCALE));
        return new Plan(true, MIN_SCALE, noteWidth, breaks, breaks.size() + 1, Math.max(0, c - 1));
    }

    /** The height of a page's body at {@code scale}, in points of the sheet, as far as the breaks fill it. */
    private static double capacity(boolean landscape, int scale) {
        double paper = landscape ? A4_SHORT : A4_LONG;
        return (paper - 2 * TOP_MARGIN * 72) * 100 / scale * FILL;
    }

    /** A4 at the plan's orientation and scale, the margins, and the name columns repeated on a split sheet. */
    private void setup(Sheet sheet, Plan plan, int last) {
        PrintSetup print = sheet.getPrintSetup();
        sheet.setFitToPage(false);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(plan.landscape());
        print.setScale((short) plan.scale());
        // Down, then over: all rows of the first columns, then the rest beside them.
        print.setLeftToRight(false);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, TOP_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
        sheet.setHorizontallyCenter(false);
        if (plan.pageColumns() < last) {
            // The frozen name columns repeat; a sheet without them repeats its first column, which names its rows.
            repeatColumns(sheet, Math.max(1, frozenColumns(sheet)));
        }
    }

    /**
     * Where the pages break (after each row listed) so that every page holds as much as fits while a
     * figure's rows, a heading and the rows it heads, and a chart are never cut: each such run of rows
     * starts a new page when it does not fit on the current one. A run taller than a page is cut where
     * the page is full. The title row repeats on every page after the first.
     */
    private List<Integer> breaks(Sheet sheet, int header, int bottom, double[] heights, double capacity) {
        boolean[] keepWithNext = keepWithNext(sheet, header, bottom);
        double repeated = hasTitleRow(sheet) ? heights[header] : 0;
        List<Integer> breaks = new ArrayList<>();
        double used = 0;
        int r = 0;
        while (r <= bottom) {
            int end = r;
            double run = heights[r];
            while (end < bottom && keepWithNext[end]) {
                run += heights[++end];
            }
            // What a page holds before its first row: the repeated title row, from the second page on.
            double floor = breaks.isEmpty() ? 0 : repeated;
            if (used + run > capacity && used > floor) {
                breaks.add(r - 1);
                used = repeated;
                floor = repeated;
            }
            if (used + run <= capacity) {
                used += run;
            } else {
                // Taller than a page: as many of its rows as fit, then the rest on the next pages.
                for (int i = r; i <= end; i++) {
                    if (used + heights[i] > capacity && used > floor) {
                        breaks.add(i - 1);
                        used = repeated;
                        floor = repeated;
                    }
                    used += heights[i];
                }
            }
            r = end + 1;
        }
        return breaks;
    }

    private static boolean hasTitleRow(Sheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        return pane != null && pane.getHorizontalSplitTopRow() > 0;
    }

    /**
     * Which rows must print on the same page as the next: the title block and the column titles with
     * the first row of the table; the variant rows of one figure (the same name, each with a
     * variant); a heading (a row of texts in at most two cells, or of bold texts only) with what it
     * heads; the rows a chart stands on.
     */
    private boolean[] keepWithNext(Sheet sheet, int header, int bottom) {
        boolean[] keep = new boolean[bottom + 1];
        for (int r = 0; r < Math.min(header, bottom); r++) {
            keep[r] = true;
        }
        if (header < bottom && hasTitleRow(sheet)) {
            keep[header] = true;
        }
        for (int r = header + 1; r < bottom; r++) {
            Row row = sheet.getRow(r);
            Row next = sheet.getRow(r + 1);
            if (row == null || next == null) {
                continue;
            }
            if (isVariant(row) && isVariant(next) && !name(row).isEmpty() && name(row).equals(name(next))) {
                keep[r] = true;
            } else if (isHeading(row) && !isBlank(next)) {
                keep[r] = true;
            }
        }
        for (int[] span : chartRows(sheet)) {
            for (int r = Math.max(0, span[0] - 1); r < Math.min(span[1], bottom); r++) {
                keep[r] = true;
            }
        }
        // A note merged over several rows prints whole only on one page.
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r < Math.min(region.getLastRow(), bottom); r++) {
                keep[r] = true;
            }
        }
        return keep;
    }

    /** True for a row whose variant column names a variant: one of a figure's rows. */
    private static boolean isVariant(Row row) {
        Cell cell = row.getCell(YearColumns.VARIANT);
        if (cell == null || cell.getCellType() != CellType.STRING) {
            return false;
        }
        String variant = cell.getStringCellValue();
        return variant.equals("minimaal") || variant.equals("verwacht") || variant.equals("maximaal")
                || variant.equals(BudgetSheet.ALL_VARIANTS);
    }

    private static String name(Row row) {
        Cell cell = row.getCell(0);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }

    /** A row of texts in at most two cells, or of bold texts only: it heads what follows. */
    private boolean isHeading(Row row) {
        int texts = 0;
        boolean allBold = true;
        for (Cell cell : row) {
            CellType type = shownType(cell);
            if (type == CellType.NUMERIC || type == CellType.BOOLEAN) {
                return false;
            }
            if (type == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                texts++;
                allBold &= look(cell).bold();
            }
        }
        return texts > 0 && (texts <= 2 || allBold);
    }

    private static boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (shownType(cell) != CellType.BLANK && !(cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** The rows each chart stands on, first and last. */
    private static List<int[]> chartRows(Sheet sheet) {
        List<int[]> spans = new ArrayList<>();
        if (sheet.getDrawingPatriarch() instanceof org.apache.poi.xssf.usermodel.XSSFDrawing drawing) {
            for (org.apache.poi.xssf.usermodel.XSSFShape shape : drawing.getShapes()) {
                if (shape.getAnchor() instanceof org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor) {
                    // An anchor ending at the top of a row (no offset into it) does not stand on that row.
                    int last = anchor.getDy2() == 0 ? anchor.getRow2() - 1 : anchor.getRow2();
                    spans.add(new int[] {anchor.getRow1(), Math.max(anchor.getRow1(), last)});
                }
            }
        }
        return spans;
    }

    /** The last row any chart stands on, or 0. */
    private static int chartsBottom(Sheet sheet) {
        return chartRows(sheet).stream().mapToInt(s -> s[1]).max().orElse(0);
    }

    /** Rows without cells print one line of 11 pt high, in every spreadsheet. */
    private static void defaultRowHeight(Sheet sheet) {
        if (sheet instanceof org.apache.poi.xssf.streaming.SXSSFSheet streaming) {
            org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetFormatPr format =
                    streaming.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName()).getCTWorksheet()
                            .getSheetFormatPr();
            if (format != null) {
                format.setDefaultRowHeight(SINGLE);
                format.setCustomHeight(true);
            }
        }
    }

    /**
     * A note spans the rows it explains, so that a note of a few lines beside them makes none taller:
     * a figure's note the figure's other rows (one per variant: the same name, no note of their own),
     * a heading's note the rows under the heading up to the next blank row, heading or note.
     */
    private void mergeNotes(Sheet sheet, int header, int note, int bottom) {
        if (note < 0) {
            return;
        }
        for (int r = header + 1; r <= bottom; r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(note);
            if (cell == null || !isText(cell) || cell.getStringCellValue().isEmpty()) {
                continue;
            }
            boolean figure = isVariant(row);
            if (!figure && !isHeading(row)) {
                continue;
            }
            int end = r;
            while (end < bottom) {
                Row next = sheet.getRow(end + 1);
                if (next == null || isBlank(next) || hasNote(next, note)
                        || (figure ? !isVariant(next) || !name(next).equals(name(row)) : isHeading(next))) {
                    break;
                }
                end++;
            }
            if (end > r) {
                sheet.addMergedRegion(new CellRangeAddress(r, end, note, note));
                r = end;
            }
        }
    }

    private static boolean hasNote(Row row, int note) {
        Cell cell = row.getCell(note);
        return cell != null && shownType(cell) != CellType.BLANK && !(isText(cell) && cell.getStringCellValue().isEmpty());
    }

    /**
     * Widens columns for the numbers and texts they hold, and wraps what would still not fit. The
     * Toelichting column ({@code note}) is sized later, to what the page leaves: its texts wrap.
     */
    private void fitColumns(Sheet sheet, int header, int last, int printed, int note, PrintHints hints) {
        for (int r = header; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isLine(row)) {
                // A line alone in its row spans the printed columns (longLines), whatever its length.
                continue;
            }
            for (int c = 0; c <= last; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    continue;
                }
                Look look = look(cell);
                CellType type = shownType(cell);
                if (c == note && r > header) {
                    if (type == CellType.STRING) {
                        cell.setCellStyle(wrap((XSSFCellStyle) cell.getCellStyle()));
                    }
                    continue;
                }
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
                if (c > printed) {
                    // Not printed (a whole Toelichting beside its short one): on screen it may run on, it never makes a row tall.
                    widen(c, Math.min(hints.cap(c), need));
                    continue;
                }
                if (need <= room(row, c, last)) {
                    continue;
                }
                widen(c, Math.min(hints.cap(c), need));
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
            setWidth(column, width);
        }
    }

    /** Sets {@code column}'s width, in digit widths (rounded up to POI's 1/256). */
    private void setWidth(int column, double width) {
        int units = (int) Math.ceil(width * 256);
        widthsOf.setColumnWidth(column, units);
        width(column);
        widths[column] = units / 256.0;
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

    /**
     * A line of text alone in its row (a title, the note under it, a remark between tables) that is
     * wider than the printed columns {@code 0..columns}: merged over them and wrapped, so that it is
     * neither cut at the page's edge nor squeezed into the first column.
     */
    private void longLines(Sheet sheet, int bottom, int columns) {
        if (columns == 0) {
            linesOnly(sheet, bottom);
            return;
        }
        double room = 0;
        for (int c = 0; c <= columns; c++) {
            room += width(c);
        }
        // A line its writer merged already keeps that merge.
        java.util.Set<Integer> merged = new java.util.HashSet<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                merged.add(r);
            }
        }
        for (int r = 0; r <= bottom; r++) {
            Row row = sheet.getRow(r);
            if (!isLine(row) || merged.contains(r)) {
                continue;
            }
            Cell cell = row.getCell(0);
            Look look = look(cell);
            double need = TextWidth.of(cell.getStringCellValue(), look.bold(), look.points()) + TextWidth.PADDING;
            if (need > width(0)) {
                // Merged, it may use the row's whole width: an empty text beside it would stop it there.
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns));
                if (need > room) {
                    cell.setCellStyle(wrap((XSSFCellStyle) cell.getCellStyle()));
                }
            }
        }
    }

    /**
     * A sheet of lines only (a sheet that says there is nothing to show): its one column is made as
     * wide as its longest line, at most a portrait page at full scale, and a line longer still wraps.
     */
    private void linesOnly(Sheet sheet, int bottom) {
        double page = Math.floor(printable(false) / points(1));
        for (int r = 0; r <= bottom; r++) {
            Row row = sheet.getRow(r);
            if (!isLine(row)) {
                continue;
            }
            Cell cell = row.getCell(0);
            Look look = look(cell);
            double need = TextWidth.of(cell.getStringCellValue(), look.bold(), look.points()) + TextWidth.PADDING;
            widen(0, Math.min(page, need));
            if (need > page) {
                cell.setCellStyle(wrap((XSSFCellStyle) cell.getCellStyle()));
            }
        }
    }

    /** True for a row of one text, in its first column. */
    private static boolean isLine(Row row) {
        if (row == null || row.getCell(0) == null || !isText(row.getCell(0))) {
            return false;
        }
        for (Cell cell : row) {
            if (cell.getColumnIndex() > 0 && !(isText(cell) && cell.getStringCellValue().isEmpty())
                    && shownType(cell) != CellType.BLANK) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every row's height up to {@code bottom}: the tallest of its cells (the lines of a wrapped text,
     * or one line of its font), at least one line of 11 pt; a note merged over several rows adds what
     * it needs beyond their heights evenly to them.
     */
    private double[] rowHeights(Sheet sheet, int bottom) {
        Map<Integer, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merged.put(region.getFirstRow() * 16384 + region.getFirstColumn(), region);
        }
        double[] heights = new double[bottom + 1];
        List<CellRangeAddress> spans = new ArrayList<>();
        List<Double> spanNeeds = new ArrayList<>();
        for (int r = 0; r <= bottom; r++) {
            heights[r] = SINGLE;
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                CellRangeAddress region = merged.get(r * 16384 + cell.getColumnIndex());
                double width = 0;
                if (region != null) {
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        width += width(c);
                    }
                } else {
                    width = width(cell.getColumnIndex());
                }
                double need = height(cell, width);
                if (region != null && region.getLastRow() > region.getFirstRow()) {
                    spans.add(region);
                    spanNeeds.add(need);
                } else {
                    heights[r] = Math.max(heights[r], need);
                }
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            CellRangeAddress span = spans.get(i);
            int last = Math.min(span.getLastRow(), bottom);
            double have = 0;
            for (int r = span.getFirstRow(); r <= last; r++) {
                have += heights[r];
            }
            double extra = (spanNeeds.get(i) - have) / (last - span.getFirstRow() + 1);
            for (int r = span.getFirstRow(); extra > 0 && r <= last; r++) {
                heights[r] += extra;
            }
        }
        for (int r = 0; r <= bottom; r++) {
            heights[r] = Math.ceil(heights[r]);
        }
        return heights;
    }

    /** The height a cell needs, in points: its wrapped text's lines at {@code width}, or one line of its font. */
    private double height(Cell cell, double width) {
        Look look = look(cell);
        int lines = 1;
        if (look.wrap()) {
            CellType type = shownType(cell);
            if (type == CellType.STRING) {
                lines = TextWidth.lines(shown(cell, type, look), look.bold(), look.points(), width - TextWidth.PADDING);
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
