package nl.impact.report.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.plan.Input;
import nl.impact.engine.RunResult;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.Band;
import nl.impact.model.YearValues;

/**
 * The page of {@code impact serve}: the figures of report.html (the same sections, templates and
 * charts) beside a control for every input of the register, from one FreeMarker template with HTML
 * auto-escaping, self-contained (inline style and script, nothing fetched). After every change the
 * figures are computed again ({@link #figures}); the page is sent their HTML when they are no longer
 * the same page but for numbers and charts, else only the numbers and the charts that changed. The
 * tornado of the changed scenario follows in a later answer ({@link #tornado(Sensitivity)}).
 */
public final class ServePage {

    /**
     * A control of the page: a slider within the band of a banded input whose band is the same in
     * every year, else a number field.
     *
     * @param id the control's id in the page (not the path: a path may hold any character)
     * @param value the expected value, or empty when it differs from year to year
     * @param values the values as the scenario gives them, shown beside the control
     * @param atMin the value at minimal effect, or empty when it differs from year to year
     * @param atMax the value at maximal effect, or empty when it differs from year to year
     * @param banded whether the file gives a min/max band: a change sets the expected value only,
     *     else every variant's
     */
    public record Control(String id, String path, String label, String unit, boolean slider, String min, String max,
            String step, String value, String values, boolean cell, String atMin, String atMax, boolean banded) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Area cells are offered as controls up to this many; a larger table's are found by a search. */
    public static final int MAX_CELL_CONTROLS = 500;
    /** The areas whose cells one search shows at most: the room names the area it means. */
    public static final int MAX_AREAS_FOUND = 20;
    /** The longest search text: a code, a name or a gemeente is shorter. */
    public static final int MAX_SEARCH_LENGTH = 100;

    /** An area a search found, with a control for each of its cells. */
    public record FoundArea(String code, String name, String gemeente, List<Control> controls) {
    }

    /**
     * What a search of the area table found: the first {@link #MAX_AREAS_FOUND} matching areas in
     * the table's order, and how many matched in all.
     */
    public record CellSearch(List<FoundArea> areas, int matched) {
    }

    private final RunResult base;
    /** The tornado of the file as it is, drawn once. */
    private final Optional<Section> tornado;

    /** The page of {@code base}, the run of the file as it is, with the tornado of its sensitivity. */
    public ServePage(RunResult base, Sensitivity sensitivity) {
        this.base = base;
        this.tornado = HtmlReport.tornado(sensitivity).map(AnalysisSections::tornado);
    }

    /** The whole page; {@code api} is the path the page's requests go to (it carries the token). */
    public String page(String api) throws IOException {
        Map<String, Object> model = new HashMap<>(header(base));
        model.put("api", api);
        String file = base.scenario().file().getFileName().toString();
        model.put("fileName", file);
        model.put("diffName", file.replaceFirst("\\.[^.]*$", "") + "-diff.md");
        model.put("controls", controls(base.plan().inputs().all(), "invoer-", false));
        List<Input> cells = base.plan().inputs().cells();
        model.put("cells", cells.size() <= MAX_CELL_CONTROLS ? controls(cells, "cel-", true) : List.of());
        model.put("cellCount", cells.size());
        model.put("maxAreas", MAX_AREAS_FOUND);
        model.put("maxSearch", MAX_SEARCH_LENGTH);
        Figures figures = figures(base);
        model.put("figures", html(figures));
        model.put("shape", figures.shape());
        model.put("chartDigests", JSON.writeValueAsString(figures.chartDigests()));
        model.put("tornado", tornado());
        return render("serve.ftlh", model);
    }

    /**
     * The figures of a run, as the page draws them: the sections of report.html, and what a page
     * that already shows figures of the same {@code shape} needs to show these: the paragraphs and
     * the cells of the tables in the order they stand in the page, and each chart's drawing by its id.
     *
     * @param shape a digest of everything in the sections but the paragraphs' texts, the contents
     *     of the tables' cells and the charts' drawings: equal shapes are the same page but for those
     * @param paragraphs every section's paragraphs, in the order of the page (a conclusion quotes figures)
     * @param cells every cell of the sections' tables but the row headers (a chart's table, then
     *     the section's tables), in the order of the page
     * @param charts each chart's SVG by the chart's id
     * @param chartDigests each chart's SVG digest by the chart's id: a chart is sent when it differs
     */
    public record Figures(List<Section> sections, String shape, List<String> paragraphs, List<Table.Cell> cells,
            Map<String, String> charts, Map<String, String> chartDigests) {
    }

    /**
     * The figures of {@code run} as report.html shows them (per financier, per kernaanpak, per
     * gemeente for a scenario with an area table, per year, the KPIs), with the key
     * figures of each variant first (the page shows the chosen one). The tornado is not among them:
     * its sensitivity takes longer than the figures, so the page asks for it apart ({@link #tornado(Sensitivity)}).
     */
    public Figures figures(RunResult run) {
        List<Section> sections = new ArrayList<>();
        sections.add(FlowSections.keyFiguresPerVariant(run));
        sections.add(FlowSections.keyFigures(run));
        if (!run.kernaanpakken().isEmpty()) {
            sections.add(FlowSections.perKernaanpak(run));
        }
        if (run.areas() != null) {
            // A recomputed run keeps the business case of the gemeenten, not of every area (areas.csv
            // of impact run --set has those): the page shows the gemeenten.
            sections.add(AreaSections.perGemeente(run.areas()));
        }
        if (!run.kernaanpakken().isEmpty()) {
            sections.add(FlowSections.benefitsPerYear(run));
        }
        sections.add(FlowSections.cumulativeNet(run));
        if (!run.kernaanpakken().isEmpty()) {
            sections.add(FlowSections.benefitsPerFinancier(run));
        }
        KpiSections.of(run).ifPresent(sections::add);
        Digest shape = new Digest();
        List<String> paragraphs = new ArrayList<>();
        List<Table.Cell> cells = new ArrayList<>();
        Map<String, String> charts = new LinkedHashMap<>();
        Map<String, String> digests = new LinkedHashMap<>();
        for (Section section : sections) {
            shape.add(section.id()).add(section.heading()).add(section.paragraphs().size());
            paragraphs.addAll(section.paragraphs());
            shape.add(section.charts().size());
            for (Chart chart : section.charts()) {
                shape.add(chart.id()).add(chart.title()).add(chart.description());
                table(chart.table(), shape, cells);
                charts.put(chart.id(), chart.svg());
                digests.put(chart.id(), new Digest().add(chart.svg()).text());
            }
            shape.add(section.tables().size());
            section.tables().forEach(table -> table(table, shape, cells));
        }
        return new Figures(List.copyOf(sections), shape.text(), List.copyOf(paragraphs), List.copyOf(cells), charts,
                digests);
    }

    /**
     * The areas of the table whose code, name or gemeente holds {@code text} (ignoring case), the
     * cells of the first {@link #MAX_AREAS_FOUND} as controls; none for an empty text. A text longer
     * than {@link #MAX_SEARCH_LENGTH} is the caller's to refuse.
     */
    public CellSearch cells(String text) {
        AreaTable table = base.scenario().areas();
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        List<Input> cells = base.plan().inputs().cells();
        if (table == null || cells.isEmpty() || wanted.isEmpty()) {
            return new CellSearch(List.of(), 0);
        }
        int columns = table.columns().size();
        List<FoundArea> found = new ArrayList<>();
        int matched = 0;
        for (int a = 0; a < table.areas().size(); a++) {
            Area area = table.areas().get(a);
            if (!holds(area.code(), wanted) && !holds(area.name(), wanted) && !holds(area.gemeente(), wanted)) {
                continue;
            }
            matched++;
            if (found.size() < MAX_AREAS_FOUND) {
                List<Control> controls = controls(cells.subList(a * columns, (a + 1) * columns), "gebied-"
                        + found.size() + "-", true);
                found.add(new FoundArea(area.code(), area.name(), area.gemeente(), controls));
            }
        }
        return new CellSearch(List.copyOf(found), matched);
    }

    /** The controls of the areas found, as the page shows the cells of a small table. */
    public String html(CellSearch search) throws IOException {
        return render("serve-cells.ftlh", Map.of("areas", search.areas()));
    }

    private static boolean holds(String text, String wanted) {
        return text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The HTML of the tornado of the file as it is, as report.html draws it; empty when it has none. */
    public String tornado() throws IOException {
        return html(tornado.stream().toList());
    }

    /**
     * The HTML of the tornado of the scenario with the page's changes, from {@code sensitivity}: that
     * of {@code impact run --set} with those changes, said to be so.
     */
    public String tornado(Sensitivity sensitivity) throws IOException {
        return html(HtmlReport.tornado(sensitivity).map(AnalysisSections::tornado).map(section -> {
            List<String> paragraphs = new ArrayList<>(section.paragraphs());
            paragraphs.add("Deze gevoeligheid hoort bij het scenario met de wijzigingen hiernaast, zoals impact run "
                    + "met de --set-opties van deze stand haar berekent.");
            return new Section(section.id(), section.heading(), List.copyOf(paragraphs), section.charts(),
                    section.tables());
        }).stream().toList());
    }

    private static String html(List<Section> sections) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("sections", sections);
        return render("figures.ftlh", model);
    }

    /** The figures' HTML, as report.html's templates write them. */
    public String html(Figures figures) throws IOException {
        return html(figures.sections());
    }

    /** Adds {@code table} but its cells' contents to {@code shape}, and its cells to {@code cells}. */
    private static void table(Table table, Digest shape, List<Table.Cell> cells) {
        shape.add(table.caption()).add(table.columns().size());
        table.columns().forEach(shape::add);
        shape.add(table.rows().size());
        for (Table.Row row : table.rows()) {
            shape.add(row.header()).add(row.cells().size());
            for (Table.Cell cell : row.cells()) {
                shape.add(cell.numeric() ? "number " + cell.key() : "text");
                cells.add(cell);
            }
        }
    }

    /** A SHA-256 digest of texts, each length-prefixed so that no two lists of texts run together. */
    private static final class Digest {
        private final MessageDigest digest;

        Digest() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java", e);
            }
        }

        Digest add(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            return this;
        }

        Digest add(int count) {
            return add("#" + count);
        }

        String text() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
        }
    }

    private static Map<String, Object> header(RunResult run) {
        var years = run.scenario().years();
        return Map.of("name", run.scenario().name(),
                "years", years.first() + "-" + years.effectsUntil(),
                "discount", run.scenario().discountRate().signum() == 0 ? "niet verdisconteerd"
                        : "netto contante waarde tegen " + Dutch.number(run.scenario().discountRate().movePointRight(2))
                                + "% per jaar");
    }

    private List<Control> controls(List<Input> inputs, String ids, boolean cells) {
        int first = base.plan().years().first();
        List<Control> out = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            String id = ids + out.size();
            Band<YearValues> values = input.values();
            boolean constant = values.expected().isConstant();
            String value = constant ? plain(values.expected().at(first)) : "";
            boolean slider = input.banded() && constant && values.min().isConstant() && values.max().isConstant()
                    && values.max().constant().compareTo(values.min().constant()) > 0;
            String min = slider ? plain(values.min().constant()) : "";
            String max = slider ? plain(values.max().constant()) : "";
            out.add(new Control(id, input.path(), input.label(), input.unit() == null ? "" : input.unit(), slider, min,
                    max, slider ? step(input, values) : "any", value, describe(values), cells,
                    values.min().isConstant() ? plain(values.min().at(first)) : "",
                    values.max().isConstant() ? plain(values.max().at(first)) : "", input.banded()));
        }
        return out;
    }

    /** A hundredth of the band, a whole number for counts and years. */
    private static String step(Input input, Band<YearValues> values) {
        if (input.kind() == Input.Kind.COUNT || input.kind() == Input.Kind.YEAR) {
            return "1";
        }
        BigDecimal width = values.max().constant().subtract(values.min().constant());
        return plain(width.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP));
    }

    /** The values as a reader reads them: one number, per year, or min, expected and max. */
    private static String describe(Band<YearValues> values) {
        String expected = describe(values.expected());
        if (describe(values.min()).equals(expected) && describe(values.max()).equals(expected)) {
            return expected;
        }
        return "min " + describe(values.min()) + ", verwacht " + expected + ", max " + describe(values.max());
    }

    private static String describe(YearValues values) {
        if (values.isConstant()) {
            return Dutch.number(values.constant());
        }
        StringBuilder out = new StringBuilder();
        values.perYear().forEach((year, value) -> out.append(out.length() > 0 ? "; " : "").append(year).append(": ")
                .append(Dutch.number(value)));
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String render(String name, Map<String, Object> model) throws IOException {
        try (StringWriter out = new StringWriter()) {
            Template template = HtmlReport.templates().getTemplate(name);
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new IllegalStateException(name + " template failed: " + e.getMessage(), e);
        }
    }
}
