package nl.impact.report.html;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.plan.Input;
import nl.impact.engine.RunResult;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.model.Band;
import nl.impact.model.YearValues;

/**
 * The page of {@code impact serve}: the figures of report.html (the same sections, templates and
 * charts) beside a control for every input of the register, from one FreeMarker template with HTML
 * auto-escaping, self-contained (inline style and script, nothing fetched). The figures are
 * rendered again, by the same template, after every change ({@link #figures}).
 */
public final class ServePage {

    /**
     * A control of the page: a slider within the band of a banded input whose band is the same in
     * every year, else a number field.
     *
     * @param id the control's id in the page (not the path: a path may hold any character)
     * @param value the expected value, or empty when it differs from year to year
     * @param values the values as the scenario gives them, shown beside the control
     */
    public record Control(String id, String path, String label, String unit, boolean slider, String min, String max,
            String step, String value, String values, boolean cell) {
    }

    /** Area cells are offered as controls up to this many; a national table's are set by --set. */
    public static final int MAX_CELL_CONTROLS = 500;

    private final RunResult base;
    /** The tornado of the file as it is, drawn once: as it is, and with the note that it is the file's. */
    private final Optional<Section> tornado;
    private final Optional<Section> tornadoOfTheFile;

    /** The page of {@code base}, the run of the file as it is, with the tornado of its sensitivity. */
    public ServePage(RunResult base, Sensitivity sensitivity) {
        this.base = base;
        this.tornado = HtmlReport.tornado(sensitivity).map(AnalysisSections::tornado);
        this.tornadoOfTheFile = tornado.map(section -> {
            List<String> paragraphs = new ArrayList<>(section.paragraphs());
            paragraphs.add("Deze gevoeligheid hoort bij het scenario zoals het in het bestand staat, zonder de "
                    + "wijzigingen hiernaast.");
            return new Section(section.id(), section.heading(), List.copyOf(paragraphs), section.charts(),
                    section.tables());
        });
    }

    /** The whole page; {@code api} is the path the page's requests go to (it carries the token). */
    public String page(String api) throws IOException {
        Map<String, Object> model = new HashMap<>(header(base));
        model.put("api", api);
        String file = base.scenario().file().getFileName().toString();
        model.put("fileName", file);
        model.put("diffName", file.replaceFirst("\\.[^.]*$", "") + "-diff.md");
        model.put("controls", controls(base.plan().inputs().all(), false));
        List<Input> cells = base.plan().inputs().cells();
        model.put("cells", cells.size() <= MAX_CELL_CONTROLS ? controls(cells, true) : List.of());
        model.put("cellCount", cells.size());
        model.put("figures", figures(base, false));
        return render("serve.ftlh", model);
    }

    /**
     * The figures of {@code run} as report.html shows them; the tornado is that of the file as it
     * is, said so when {@code changed}.
     */
    public String figures(RunResult run, boolean changed) throws IOException {
        List<Section> sections = new ArrayList<>();
        sections.add(FlowSections.keyFigures(run));
        if (!run.kernaanpakken().isEmpty()) {
            sections.add(FlowSections.benefitsPerYear(run));
        }
        sections.add(FlowSections.cumulativeNet(run));
        if (!run.kernaanpakken().isEmpty()) {
            sections.add(FlowSections.benefitsPerFinancier(run));
        }
        KpiSections.of(run).ifPresent(sections::add);
        (changed ? tornadoOfTheFile : tornado).ifPresent(sections::add);
        Map<String, Object> model = new HashMap<>();
        model.put("sections", sections);
        return render("figures.ftlh", model);
    }

    private static Map<String, Object> header(RunResult run) {
        var years = run.scenario().years();
        return Map.of("name", run.scenario().name(),
                "years", years.first() + "-" + years.effectsUntil(),
                "discount", run.scenario().discountRate().signum() == 0 ? "niet verdisconteerd"
                        : "netto contante waarde tegen " + Dutch.number(run.scenario().discountRate().movePointRight(2))
                                + "% per jaar");
    }

    private List<Control> controls(List<Input> inputs, boolean cells) {
        int first = base.plan().years().first();
        List<Control> out = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            String id = (cells ? "cel-" : "invoer-") + out.size();
            Band<YearValues> values = input.values();
            boolean constant = values.expected().isConstant();
            String value = constant ? plain(values.expected().at(first)) : "";
            boolean slider = input.banded() && constant && values.min().isConstant() && values.max().isConstant()
                    && values.max().constant().compareTo(values.min().constant()) > 0;
            String min = slider ? plain(values.min().constant()) : "";
            String max = slider ? plain(values.max().constant()) : "";
            out.add(new Control(id, input.path(), input.label(), input.unit() == null ? "" : input.unit(), slider, min,
                    max, slider ? step(input, values) : "any", value, describe(values), cells));
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
