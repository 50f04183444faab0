package nl.impact.report.excel;

import java.util.List;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Native Excel charts (DrawingML, through POI's XDDF) over rows of a sheet: they refer to the
 * cells, so they follow a changed input. Their cached points are read from the cells' cached
 * values (the engine's, written with each formula), so charts are drawn after the cells.
 */
final class Charts {

    /** One series: its name's cell and the row of values, on the chart's sheet. */
    record Series(int titleRow, int titleColumn, int valuesRow) {
    }

    /** Where a chart goes: the anchor's top-left and bottom-right cells. */
    record Place(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    private Charts() {
    }

    /** Columns (one bar per year) with the series stacked on each other. */
    static void stackedBars(SXSSFSheet sheet, Place place, String title, int headerRow, int firstColumn, int lastColumn,
            List<Series> series) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        inTextLocale(() -> years.setTitle("jaar"));
        XDDFValueAxis euros = valueAxis(chart, Axis.EUROS);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, years, euros);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        List<XDDFChartData.Series> added = add(sheet, data, headerRow, firstColumn, lastColumn, series);
        for (int i = 0; i < added.size(); i++) {
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(color(i)));
            added.get(i).setShapeProperties(shape);
        }
        chart.plot(data);
        fullOverlap(chart);
    }

    /**
     * A tornado: horizontal bars per category (a row each, the first at the top), two series
     * overlapping around zero: the change in the result at each end of the parameter's band.
     */
    static void tornado(SXSSFSheet sheet, Place place, String title, int headerRow, int firstRow, int lastRow,
            int categoryColumn, int lowColumn, int highColumn) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis parameters = chart.createCategoryAxis(AxisPosition.LEFT);
        parameters.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        parameters.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.LOW);
        XDDFValueAxis euros = chart.createValueAxis(AxisPosition.BOTTOM);
        euros.setCrosses(AxisCrosses.AUTO_ZERO);
        euros.setCrossBetween(AxisCrossBetween.BETWEEN);
        euros.setNumberFormat(Axis.EUROS.format());
        inTextLocale(() -> euros.setTitle(Axis.EUROS.title()));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, parameters, euros);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFDataSource<String> names = new CachedTexts(sheet,
                new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
        int i = 0;
        for (int column : new int[] {lowColumn, highColumn}) {
            XDDFNumericalDataSource<Double> values = new CachedValues(sheet,
                    new CellRangeAddress(firstRow, lastRow, column, column));
            XDDFChartData.Series series = data.addSeries(names, values);
            CellReference titleCell = new CellReference(sheet.getSheetName(), headerRow, column, true, true);
            series.setTitle(sheet.getRow(headerRow).getCell(column).getStringCellValue(), titleCell);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(color(i++)));
            series.setShapeProperties(shape);
        }
        chart.plot(data);
        fullOverlap(chart);
    }

    /** One line per series over the years. */
    static void lines(SXSSFSheet sheet, Place place, String title, int headerRow, int firstColumn, int lastColumn,
            List<Series> series) {
        lines(sheet, place, title, headerRow, firstColumn, lastColumn, series, Axis.EUROS);
    }

    /**
     * A fan chart: the percentile lines P5, P25, P50, P75 and P95 over the years (in that order in
     * {@code series}), the outer pair pale and thin, the inner pair darker, the median bold, so the
     * band from P5 to P95 reads as a fan around P50.
     */
    static void fan(SXSSFSheet sheet, Place place, String title, int headerRow, int firstColumn, int lastColumn,
            List<Series> series) {
        String[] shades = {"BDD7EE", "5B9BD5", "1F4E79", "5B9BD5", "BDD7EE"};
        double[] widths = {1.5, 2.0, 3.0, 2.0, 1.5};
        lines(sheet, place, title, headerRow, firstColumn, lastColumn, series, Axis.EUROS, MarkerStyle.NONE,
                i -> hex(shades[i % shades.length]), i -> widths[i % widths.length]);
    }

    /** What a value axis counts: its title (the unit) and the number format of its labels. */
    record Axis(String title, String format) {
        static final Axis EUROS = new Axis("euro", "\"€ \"#,##0");

        /** Euros when the unit is euros, else the unit itself with plain numbers. */
        static Axis of(String unit) {
            return unit.equalsIgnoreCase("euro") || unit.equals("€") ? EUROS : new Axis(unit, "#,##0");
        }
    }

    /** One line per series over the years, on a value axis in {@code axis}'s unit. */
    static void lines(SXSSFSheet sheet, Place place, String title, int headerRow, int firstColumn, int lastColumn,
            List<Series> series, Axis axis) {
        lines(sheet, place, title, headerRow, firstColumn, lastColumn, series, axis, MarkerStyle.CIRCLE, Charts::color,
                i -> 2.0);
    }

    /** Lines over the years, series {@code i} drawn in {@code colour(i)} at {@code width(i)} points. */
    private static void lines(SXSSFSheet sheet, Place place, String title, int headerRow, int firstColumn,
            int lastColumn, List<Series> series, Axis axis, MarkerStyle marker,
            java.util.function.IntFunction<XDDFColor> colour, java.util.function.IntToDoubleFunction width) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        inTextLocale(() -> years.setTitle("jaar"));
        XDDFValueAxis euros = valueAxis(chart, axis);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, years, euros);
        data.setVaryColors(false);
        List<XDDFChartData.Series> added = add(sheet, data, headerRow, firstColumn, lastColumn, series);
        for (int i = 0; i < added.size(); i++) {
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) added.get(i);
            line.setSmooth(false);
            line.setMarkerStyle(marker);
            // Without explicit line properties LibreOffice draws markers only, all in one colour.
            XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(colour.apply(i)));
            stroke.setWidth(width.applyAsDouble(i));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    /**
     * Stacked bars must overlap fully ({@code <c:overlap val="100"/>}), or Excel draws each series
     * offset. XDDFBarChartData.setOverlap needs a schema type that POI's lite schema jar lacks, so
     * the element is written with a cursor, in its place in the schema's order: before the axis ids.
     */
    private static void fullOverlap(XSSFChart chart) {
        for (CTBarChart bar : chart.getCTChart().getPlotArea().getBarChartList()) {
            try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
                cursor.beginElement(new QName(CHART_NS, "overlap", "c"));
                cursor.insertAttributeWithValue("val", "100");
            }
        }
    }

    /** Distinct colours for series, in a fixed order so charts look the same everywhere. */
    private static final String[] PALETTE = {"1F4E79", "ED7D31", "70AD47", "7F7F7F", "FFC000", "5B9BD5", "C00000"};

    private static XDDFColor color(int index) {
        return hex(PALETTE[index % PALETTE.length]);
    }

    private static XDDFColor hex(String hex) {
        return XDDFColor.from(new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)});
    }

    /** The language of the workbooks' text, as the plans are written. */
    private static final Locale TEXT_LOCALE = Locale.forLanguageTag("nl-NL");

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** Runs {@code action} with POI's user locale pinned to the text's, as for the chart title below. */
    private static void inTextLocale(Runnable action) {
        Locale before = LocaleUtil.getUserLocale();
        LocaleUtil.setUserLocale(TEXT_LOCALE);
        try {
            action.run();
        } finally {
            LocaleUtil.setUserLocale(before);
        }
    }

    private static XSSFChart chart(SXSSFSheet sheet, Place place, String title) {
        // The streaming sheet's drawing is its XSSF sheet's: charts are XML parts either way.
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.firstColumn(), place.firstRow(),
                place.lastColumn(), place.lastRow());
        XSSFChart chart = drawing.createChart(anchor);
        // POI tags a title's text with the JVM's locale (LocaleUtil.getUserLocale); pin it, so the
        // workbook's bytes do not depend on the machine.
        Locale before = LocaleUtil.getUserLocale();
        LocaleUtil.setUserLocale(TEXT_LOCALE);
        try {
            chart.setTitleText(title);
        } finally {
            LocaleUtil.setUserLocale(before);
        }
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        textSizes(chart);
        return chart;
    }

    /** The size of a chart's texts, in hundredths of a point: at the smallest print scale they print at 8 pt. */
    static final int TEXT_SIZE = 1100;
    static final int TITLE_SIZE = 1200;

    /**
     * Every text of the chart at {@link #TEXT_SIZE} (the chart's default text properties) and its
     * title at {@link #TITLE_SIZE}, bold: without them a spreadsheet picks its own sizes, which the
     * print scale shrinks below 8 pt.
     */
    private static void textSizes(XSSFChart chart) {
        org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody text = chart.getCTChartSpace().isSetTxPr()
                ? chart.getCTChartSpace().getTxPr() : chart.getCTChartSpace().addNewTxPr();
        text.addNewBodyPr();
        text.addNewLstStyle();
        text.addNewP().addNewPPr().addNewDefRPr().setSz(TEXT_SIZE);
        org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle title = chart.getCTChart().getTitle();
        if (title != null && title.isSetTx() && title.getTx().isSetRich()) {
            for (org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph p : title.getTx().getRich().getPArray()) {
                org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties pPr = p.isSetPPr() ? p.getPPr()
                        : p.addNewPPr();
                org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties def = pPr.isSetDefRPr()
                        ? pPr.getDefRPr() : pPr.addNewDefRPr();
                def.setSz(TITLE_SIZE);
                def.setB(true);
                for (org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun run : p.getRArray()) {
                    org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties rPr = run.isSetRPr()
                            ? run.getRPr() : run.addNewRPr();
                    rPr.setSz(TITLE_SIZE);
                    rPr.setB(true);
                }
            }
        }
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, Axis unit) {
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        axis.setCrossBetween(AxisCrossBetween.BETWEEN);
        axis.setNumberFormat(unit.format());
        inTextLocale(() -> axis.setTitle(unit.title()));
        return axis;
    }

    private static List<XDDFChartData.Series> add(SXSSFSheet sheet, XDDFChartData data, int headerRow, int firstColumn,
            int lastColumn, List<Series> series) {
        XDDFDataSource<String> years = new CachedTexts(sheet,
                new CellRangeAddress(headerRow, headerRow, firstColumn, lastColumn));
        return series.stream().map(s -> {
            XDDFNumericalDataSource<Double> values = new CachedValues(sheet,
                    new CellRangeAddress(s.valuesRow(), s.valuesRow(), firstColumn, lastColumn));
            XDDFChartData.Series added = data.addSeries(years, values);
            CellReference titleCell = new CellReference(sheet.getSheetName(), s.titleRow(), s.titleColumn(), true, true);
            added.setTitle(sheet.getRow(s.titleRow()).getCell(s.titleColumn()).getStringCellValue(), titleCell);
            return added;
        }).toList();
    }

    /**
     * A range of cells as a chart's points, read from what the cells hold (a formula's cached
     * value, the engine's). POI's own cell-range sources evaluate every cell (and all it depends
     * on) with its formula evaluator, and read the XSSF sheet, which a streaming sheet leaves empty
     * until it is saved.
     */
    private abstract static class CachedCells<T> {
        private final SXSSFSheet sheet;
        private final CellRangeAddress range;
        private String formatCode;

        CachedCells(SXSSFSheet sheet, CellRangeAddress range) {
            this.sheet = sheet;
            this.range = range;
        }

        public int getPointCount() {
            return range.getNumberOfCells();
        }

        /** The point of the cell, or null for an empty cell or one of another type. */
        abstract T point(SXSSFCell cell, CellType shown);

        public T getPointAt(int index) {
            // Row by row, as POI's own sources number the cells of a range.
            int columns = range.getLastColumn() - range.getFirstColumn() + 1;
            SXSSFRow row = sheet.getRow(range.getFirstRow() + index / columns);
            SXSSFCell cell = row == null ? null : row.getCell(range.getFirstColumn() + index % columns);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            return point(cell, PageLayout.shownType(cell));
        }

        public boolean isCellRange() {
            return true;
        }

        public boolean isReference() {
            return true;
        }

        public int getColIndex() {
            return range.getFirstColumn();
        }

        public String getDataRangeReference() {
            return range.formatAsString(sheet.getSheetName(), true);
        }

        public String getFormatCode() {
            return formatCode;
        }

        public void setFormatCode(String formatCode) {
            this.formatCode = formatCode;
        }
    }

    /** A row of formula cells as a chart's values. */
    private static final class CachedValues extends CachedCells<Double> implements XDDFNumericalDataSource<Double> {
        CachedValues(SXSSFSheet sheet, CellRangeAddress range) {
            super(sheet, range);
        }

        @Override
        Double point(SXSSFCell cell, CellType shown) {
            return shown == CellType.NUMERIC ? cell.getNumericCellValue() : null;
        }

        @Override
        public boolean isNumeric() {
            return true;
        }
    }

    /** A row or column of texts as a chart's categories. */
    private static final class CachedTexts extends CachedCells<String> implements XDDFCategoryDataSource {
        CachedTexts(SXSSFSheet sheet, CellRangeAddress range) {
            super(sheet, range);
        }

        @Override
        String point(SXSSFCell cell, CellType shown) {
            return shown == CellType.STRING ? cell.getStringCellValue() : null;
        }
    }
}
