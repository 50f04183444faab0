package nl.impact.report.html;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.report.SensitivityCsv;
import nl.impact.report.OutputWriter;
import nl.impact.report.RunOutputs;
import nl.impact.report.SwingMark;

/**
 * {@code report.html}: a self-contained Dutch report for the steering group. The page is rendered
 * from a FreeMarker template with HTML auto-escaping (scenario text can never become markup), its
 * charts are inline SVG with a table beside each, and it loads nothing else: no scripts, no fonts,
 * no images from anywhere.
 */
public final class HtmlReport implements OutputWriter {

    public static final String FILE = "report.html";

    private static final Configuration TEMPLATES = configuration();

    /** The tornado shows this many parameters, like the Gevoeligheid sheet. */
    private static final int TORNADO_BARS = 10;

    /**
     * The report of {@code impact run}: the base case with its one-way sensitivity (sensitivity.csv)
     * and, with {@code --draws}, the simulation (simulation.csv).
     */
    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        write(outputs.result(), extras(outputs), directory);
    }

    /** The tornado of the run's own sensitivity analysis, and the uncertainty of its simulation when it has one. */
    public static ReportExtras extras(RunOutputs outputs) {
        ReportExtras extras = ReportExtras.NONE;
        Optional<Tornado> tornado = tornado(outputs.sensitivity());
        if (tornado.isPresent()) {
            extras = extras.withTornado(tornado.get());
        }
        if (outputs.simulation().isPresent()) {
            extras = extras.withUncertainty(UncertaintyOf.simulation(outputs.simulation().get()));
        }
        return extras;
    }

    /**
     * The whole plan's net over the horizon: the largest swings, by their labels, with the figures
     * of sensitivity.csv (its rows of financier {@code total} and measure {@code net}). Empty
     * without banded parameters (or a range).
     */
    static Optional<Tornado> tornado(Sensitivity sensitivity) {
        List<Sensitivity.Swing> swings = sensitivity.largest(Sensitivity.TOTAL, Sensitivity.Measure.NET);
        if (swings.isEmpty()) {
            return Optional.empty();
        }
        List<Tornado.Bar> bars = swings.stream().limit(TORNADO_BARS)
                .map(s -> new Tornado.Bar(s.path(), SwingMark.label(s, sensitivity.range(), true), cents(s.atMin()),
                        cents(s.atMax()))).toList();
        return Optional.of(new Tornado("het netto resultaat over de looptijd", "sensitivity|" + Sensitivity.TOTAL
                + "|net", cents(swings.get(0).expected()), bars,
                sensitivity.range().on() ? SwingMark.range(sensitivity.range(), true) : ""));
    }

    private static BigDecimal cents(double value) {
        return new BigDecimal(SensitivityCsv.cents(value));
    }

    public static void write(RunResult result, ReportExtras extras, Path directory) throws IOException {
        Files.writeString(directory.resolve(FILE), render(result, extras), StandardCharsets.UTF_8);
    }

    public static String render(RunResult result, ReportExtras extras) throws IOException {
        return draft(result, extras).render(extras.uncertainty());
    }

    /**
     * A report with every section that does not wait on a simulation rendered, with the tornado of
     * {@code sensitivity}: made beside a running simulation ({@code impact simulate}), finished by
     * {@link Draft#render} once the simulation's uncertainty is known.
     */
    public static Draft draft(RunResult result, Sensitivity sensitivity) {
        ReportExtras extras = ReportExtras.NONE;
        Optional<Tornado> tornado = tornado(sensitivity);
        return draft(result, tornado.isPresent() ? extras.withTornado(tornado.get()) : extras);
    }

    private static Draft draft(RunResult result, ReportExtras extras) {
        List<Section> before = new ArrayList<>();
        before.add(FlowSections.keyFigures(result));
        if (!result.kernaanpakken().isEmpty()) {
            before.add(FlowSections.perKernaanpak(result));
        }
        if (result.areas() != null) {
            before.addAll(AreaSections.of(result.areas()));
        }
        if (!result.kernaanpakken().isEmpty()) {
            before.add(FlowSections.benefitsPerYear(result));
        }
        before.add(FlowSections.cumulativeNet(result));
        if (!result.kernaanpakken().isEmpty()) {
            before.add(FlowSections.benefitsPerFinancier(result));
        }
        KpiSections.of(result).ifPresent(before::add);
        extras.monitor().ifPresent(progress -> before.addAll(MonitorSection.of(progress)));
        extras.tornado().map(AnalysisSections::tornado).ifPresent(before::add);
        var years = result.scenario().years();
        ReportEdition edition = ReportEdition.of(result.scenario());
        Map<String, Object> page = Map.of(
                "name", result.scenario().name(),
                "description", result.scenario().description() == null ? "" : result.scenario().description(),
                "years", years.first() + "-" + years.effectsUntil(),
                "discount", result.scenario().discountRate().signum() == 0 ? "niet verdisconteerd"
                        : "netto contante waarde tegen " + Dutch.number(result.scenario().discountRate()
                                .movePointRight(2)) + "% per jaar",
                "date", edition.dateText(),
                "shortDate", Dutch.date(edition.date()),
                "version", edition.versionText(),
                "commit", edition.commitText(),
                "file", result.scenario().file() == null ? "" : String.valueOf(result.scenario().file().getFileName()));
        return new Draft(page, List.copyOf(before), SourcesSection.of(result), BaseCase.of(result));
    }

    /**
     * What the uncertainty sections compare the simulation with: the whole plan's net at minimal,
     * expected and maximal effect, and the KPIs' names by id.
     */
    public record BaseCase(BigDecimal netMin, BigDecimal netExpected, BigDecimal netMax, Map<String, String> kpiNames) {

        static BaseCase of(RunResult result) {
            NetFlow total = BusinessCase.of(result).stream()
                    .filter(f -> f.dimension() == Totals.Dimension.TOTAL).findFirst().orElseThrow();
            Map<String, String> names = new LinkedHashMap<>();
            result.kpis().forEach(k -> names.put(k.kpi().id(), k.kpi().name()));
            return new BaseCase(total.net().min().total(), total.net().expected().total(), total.net().max().total(),
                    Map.copyOf(names));
        }
    }

    /**
     * A report's page and sections, but for the sections of a simulation (uncertainty, the KPIs'
     * probabilities) between the tornado and the sources.
     */
    public record Draft(Map<String, Object> page, List<Section> before, Section sources, BaseCase base) {

        public void write(Optional<Uncertainty> uncertainty, Path directory) throws IOException {
            Files.writeString(directory.resolve(FILE), render(uncertainty), StandardCharsets.UTF_8);
        }

        String render(Optional<Uncertainty> uncertainty) throws IOException {
            List<Section> sections = new ArrayList<>(before);
            uncertainty.ifPresent(u -> {
                sections.add(AnalysisSections.uncertainty(u, MinMaxText.uncertainty(base, u)));
                KpiRiskSection.of(u, base.kpiNames()).ifPresent(sections::add);
            });
            sections.add(sources);
            Map<String, Object> model = new java.util.HashMap<>(page);
            model.put("sections", sections);
            try (StringWriter out = new StringWriter()) {
                Template template = TEMPLATES.getTemplate("report.ftlh");
                template.process(model, out);
                return out.toString();
            } catch (TemplateException e) {
                throw new IllegalStateException("report.html template failed: " + e.getMessage(), e);
            }
        }
    }

    /** The report's templates, for the page of {@code impact serve} too. */
    static Configuration templates() {
        return TEMPLATES;
    }

    private static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(HtmlReport.class, "/nl/impact/report/html");
        cfg.setDefaultEncoding("UTF-8");
        // Numbers are formatted in Java; these only make sure nothing depends on the machine.
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        return cfg;
    }

}
