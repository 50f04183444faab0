package nl.impact.report.html;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import nl.impact.engine.RunResult;
import nl.impact.report.OutputWriter;

/**
 * {@code report.html}: a self-contained Dutch report for the steering group. The page is rendered
 * from a FreeMarker template with HTML auto-escaping (scenario text can never become markup), its
 * charts are inline SVG with a table beside each, and it loads nothing else: no scripts, no fonts,
 * no images from anywhere.
 */
public final class HtmlReport implements OutputWriter {

    public static final String FILE = "report.html";

    private static final Configuration TEMPLATES = configuration();

    @Override
    public void write(RunResult result, Path directory) throws IOException {
        write(result, ReportExtras.NONE, directory);
    }

    public static void write(RunResult result, ReportExtras extras, Path directory) throws IOException {
        Files.writeString(directory.resolve(FILE), render(result, extras), StandardCharsets.UTF_8);
    }

    public static String render(RunResult result, ReportExtras extras) throws IOException {
        List<Section> sections = new ArrayList<>();
        sections.add(FlowSections.keyFigures(result));
        if (!result.kernaanpakken().isEmpty()) {
            sections.add(FlowSections.benefitsPerYear(result));
        }
        sections.add(FlowSections.cumulativeNet(result));
        if (!result.kernaanpakken().isEmpty()) {
            sections.add(FlowSections.benefitsPerFinancier(result));
        }
        KpiSections.of(result).ifPresent(sections::add);
        if (!extras.monitor().isEmpty()) {
            sections.add(MonitorSection.of(extras.monitor()));
        }
        extras.tornado().map(AnalysisSections::tornado).ifPresent(sections::add);
        extras.uncertainty().map(AnalysisSections::uncertainty).ifPresent(sections::add);
        sections.add(SourcesSection.of(result));
        var years = result.scenario().years();
        Map<String, Object> model = Map.of(
                "name", result.scenario().name(),
                "description", result.scenario().description() == null ? "" : result.scenario().description(),
                "years", years.first() + "-" + years.effectsUntil(),
                "discount", result.scenario().discountRate().signum() == 0 ? "niet verdisconteerd"
                        : "netto contante waarde tegen " + Dutch.number(result.scenario().discountRate()
                                .movePointRight(2)) + "% per jaar",
                "sections", sections);
        try (StringWriter out = new StringWriter()) {
            Template template = TEMPLATES.getTemplate("report.ftlh");
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new IllegalStateException("report.html template failed: " + e.getMessage(), e);
        }
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
