package nl.impact.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts drawn by JFreeChart into SVG by JFreeSVG, the same bytes on every run and in every locale:
 * fixed colours, fonts and sizes, a fixed prefix for every id in the SVG's defs, Dutch axis numbers
 * with fixed symbols and coordinates with two decimals.
 */
final class SvgCharts {

    /** How the series are drawn. */
    enum Kind { BARS, STACKED_BARS, LINES, HORIZONTAL_BARS,
        /** Five percentile lines P5, P25, P50, P75, P95: pale outside, the median bold. */
        FAN }

    /** One series: a value per category (a year, a parameter), in order. */
    record Series(String name, Map<String, BigDecimal> values) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 340;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Paint[] COLOURS = {new Color(0x1F4E79), new Color(0xC55A11), new Color(0x548235),
        new Color(0x7F6000), new Color(0x7030A0), new Color(0x808080), new Color(0x2E75B6), new Color(0xBF9000)};

    private static final Paint[] FAN_COLOURS = {new Color(0x9DC3E6), new Color(0x2E75B6), new Color(0x1F4E79),
        new Color(0x2E75B6), new Color(0x9DC3E6)};
    private static final float[] FAN_WIDTHS = {1.5f, 2f, 3.5f, 2f, 1.5f};

    private SvgCharts() {
    }

    static String svg(String id, Kind kind, String categoryAxis, String valueAxis, List<Series> series) {
        return draw(id, chart(kind, categoryAxis, valueAxis, series), kind, series.size(), HEIGHT);
    }

    /** Height per bar of a tornado: room for a label of up to three lines. */
    private static final int TORNADO_BAR = 40;
    /** A tornado's labels take up to this share of its width, wrapped onto up to three lines. */
    private static final float TORNADO_LABEL_WIDTH = 0.42f;

    /**
     * A tornado: horizontal bars per input, the first at the top, its label wrapped onto up to three
     * lines beside it; the chart as tall as its bars need.
     */
    static String tornado(String id, String categoryAxis, String valueAxis, List<Series> series) {
        JFreeChart chart = chart(Kind.HORIZONTAL_BARS, categoryAxis, valueAxis, series);
        CategoryAxis labels = chart.getCategoryPlot().getDomainAxis();
        labels.setMaximumCategoryLabelLines(3);
        labels.setCategoryLabelPositions(new CategoryLabelPositions(
                CategoryLabelPositions.STANDARD.getLabelPosition(org.jfree.chart.ui.RectangleEdge.TOP),
                CategoryLabelPositions.STANDARD.getLabelPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM),
                new CategoryLabelPosition(RectangleAnchor.RIGHT, TextBlockAnchor.CENTER_RIGHT,
                        CategoryLabelWidthType.RANGE, TORNADO_LABEL_WIDTH),
                CategoryLabelPositions.STANDARD.getLabelPosition(org.jfree.chart.ui.RectangleEdge.RIGHT)));
        int bars = series.isEmpty() ? 0 : series.get(0).values().size();
        return draw(id, chart, Kind.HORIZONTAL_BARS, series.size(), Math.max(HEIGHT, 90 + TORNADO_BAR * bars));
    }

    private static JFreeChart chart(Kind kind, String categoryAxis, String valueAxis, List<Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            s.values().forEach((category, value) -> data.addValue(value == null ? null : value.doubleValue(), s.name(), category));
        }
        return switch (kind) {
            case BARS -> ChartFactory.createBarChart(null, categoryAxis, valueAxis, data);
            case STACKED_BARS -> ChartFactory.createStackedBarChart(null, categoryAxis, valueAxis, data);
            case LINES, FAN -> ChartFactory.createLineChart(null, categoryAxis, valueAxis, data);
            case HORIZONTAL_BARS -> ChartFactory.createBarChart(null, categoryAxis, valueAxis, data,
                    PlotOrientation.HORIZONTAL, true, false, false);
        };
    }

    private static String draw(String id, JFreeChart chart, Kind kind, int seriesCount, int height) {
        style(chart, kind, seriesCount);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        // Without a prefix JFreeSVG names clip paths after the clock: not reproducible, nor unique per page.
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(SvgCharts::coordinate);
        g.setTransformDoubleConverter(SvgCharts::coordinate);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        return g.getSVGElement(id + "-svg", false, new ViewBox(0, 0, WIDTH, height), null, null);
    }

    private static void style(JFreeChart chart, Kind kind, int seriesCount) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.getLegend().setItemFont(FONT);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBFBFBF));
        plot.setOutlineVisible(false);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setLabelFont(FONT);
        categories.setTickLabelFont(FONT);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setLabelFont(FONT);
        values.setTickLabelFont(FONT);
        values.setNumberFormatOverride(axisFormat());
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setItemMargin(0.05);
        }
        if (renderer instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(kind != Kind.FAN);
        }
        if (kind == Kind.FAN) {
            for (int i = 0; i < seriesCount; i++) {
                renderer.setSeriesPaint(i, FAN_COLOURS[i % FAN_COLOURS.length]);
                renderer.setSeriesStroke(i, new BasicStroke(FAN_WIDTHS[i % FAN_WIDTHS.length]));
            }
        }
    }

    private static DecimalFormat axisFormat() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.##", symbols);
    }

    private static String coordinate(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        String text = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
