package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.model.AreaTable;
import nl.impact.model.Begroting;
import nl.impact.model.Domain;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Kpi;
import nl.impact.model.Settlement;
import nl.impact.model.Limits;
import nl.impact.model.MilestonePlan;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Paths;
import nl.impact.model.Scenario;
import nl.impact.model.YearRange;

/**
 * Reads and validates a scenario file (YAML or JSON). It reports every problem it finds, each with
 * file, line, column, path and what was expected, and returns a scenario only when there are none.
 */
public final class ScenarioReader {

    /** The top-level keys this reader knows; other stages may read their own sections. */
    static final Set<String> KEYS = Set.of("name", "description", "version", "date", "years", "domains", "parameters",
            "kernaanpakken", BegrotingReader.SECTION, Settlement.SECTION, "discountRate", "kpis", AreaReader.SECTION,
            Citations.SECTION, CorrelationReader.SECTION, MilestoneReader.SECTION);
    private static final Set<String> YEAR_KEYS = Set.of("first", "last", "effectsUntil");
    private static final Set<String> DOMAIN_KEYS = Set.of("law", "financier", "description");

    private final CalculatorRegistry calculators;
    private final KpiCalculatorRegistry kpiCalculators;

    /** A reader that finds the KPI calculators on the context class path. */
    public ScenarioReader(CalculatorRegistry calculators) {
        this(calculators, KpiCalculatorRegistry.load());
    }

    public ScenarioReader(CalculatorRegistry calculators, KpiCalculatorRegistry kpiCalculators) {
        this.calculators = calculators;
        this.kpiCalculators = kpiCalculators;
    }

    public Scenario read(Path file) throws InvalidInputException {
        return read(SourceDocument.read(file));
    }

    /** Reads the file with the command line's {@code --set} overrides applied to it. */
    public Scenario read(Path file, List<ScenarioOverride> overrides) throws InvalidInputException {
        return read(SourceDocument.read(file, overrides));
    }

    /** The same, with the folders besides the scenario's own its tables and workbooks may be read from. */
    public Scenario read(Path file, List<ScenarioOverride> overrides, InputFolders folders) throws InvalidInputException {
        return read(SourceDocument.read(file, overrides, folders));
    }

    /** Reads a parsed document: a file, or a tree another stage put together (a diff's intermediate steps). */
    public Scenario read(SourceDocument document) throws InvalidInputException {
        Path file = document.file();
        Problems problems = document.problems();
        Fields fields = new Fields(problems);
        JsonNode root = document.root();
        if (!fields.isObject(root, "", "a scenario (a map with name, years, domains and kernaanpakken)")) {
            problems.throwIfAny();
        }
        fields.onlyKeys(root, "", KEYS);
        String name = fields.text(root, "name", "", true).orElse("");
        String description = fields.text(root, "description", "", false).orElse("");
        String version = version(root, fields);
        java.time.LocalDate date = date(root, fields);
        Optional<YearRange> years = years(root.get("years"), fields);
        Map<String, Domain> domains = domains(root.get("domains"), fields);
        if (years.isEmpty()) {
            // Without years no value per year can be checked; report what was found so far.
            problems.throwIfAny();
        }
        ParameterReader parameterReader = new ParameterReader(fields, years.get(), file,
                Citations.read(root.get(Citations.SECTION), fields), document.folders());
        Map<String, Parameter> shared = sharedParameters(root.get("parameters"), fields, parameterReader);
        AreaTable areas = new AreaReader(fields, parameterReader, document).read(root, shared).orElse(null);
        // A scenario of targets only (the Regioplan) has KPIs and no kernaanpakken; a plan of costs
        // only has a begroting and no kernaanpakken.
        boolean hasKpis = root.has("kpis") || root.has(BegrotingReader.SECTION);
        List<Kernaanpak> kernaanpakken = kernaanpakken(root.get("kernaanpakken"), fields,
                new KernaanpakReader(fields, parameterReader, calculators, domains), hasKpis);
        if (areas != null) {
            KernaanpakReader.refuseCapacityPerArea(kernaanpakken, problems);
        }
        List<Kpi> kpis = kpis(root.get("kpis"), fields,
                new KpiReader(fields, parameterReader, kpiCalculators, years.get(), shared, kernaanpakIds(root)));
        BegrotingReader begrotingReader = new BegrotingReader(fields, parameterReader, years.get(),
                domains.values().stream().map(Domain::financier).distinct().toList(), kernaanpakIds(root));
        Begroting begroting = begrotingReader.read(root.get(BegrotingReader.SECTION));
        Set<String> financiers = new java.util.LinkedHashSet<>(domains.values().stream().map(Domain::financier).toList());
        financiers.addAll(begroting.financiers());
        List<Settlement> settlements = new SettlementReader(fields, parameterReader, begrotingReader, financiers,
                kernaanpakken, domains.keySet()).read(root.get(Settlement.SECTION));
        MilestonePlan milestones = new MilestoneReader(fields, parameterReader, years.get(), kernaanpakIds(root),
                begroting).read(root.get(MilestoneReader.SECTION));
        BigDecimal discountRate = discountRate(root.get("discountRate"), fields, parameterReader);
        List<nl.impact.model.Correlation> correlations = new CorrelationReader(fields, parameterReader)
                .read(root.get(CorrelationReader.SECTION));
        if (problems.isEmpty()) {
            Map<String, Set<String>> names = new HashMap<>();
            for (Kernaanpak k : kernaanpakken) {
                List<CalculationPlan.PlanProblem> found = new ArrayList<>();
                CalculationPlan plan = CalculationPlan.build(AreaReader.withColumns(shared, areas), k,
                        calculators.find(k.calculator()).orElseThrow(), found);
                found.forEach(p -> problems.add(p.path(), p.message()));
                names.put(k.id(), plan.nodes().stream().map(CalculationPlan.Node::name).collect(Collectors.toSet()));
            }
            BegrotingReader.checkNames(begroting.lines(), names, problems);
            BegrotingReader.checkNames(settlements.stream().filter(st -> !st.isShare()).map(Settlement::asLine).toList(),
                    names, problems);
            MilestoneReader.checkVolumeNames(milestones, names, problems);
            if (problems.isEmpty()) {
                List<nl.impact.model.BudgetLine> lines = new ArrayList<>(begroting.lines());
                settlements.stream().filter(st -> !st.isShare()).map(Settlement::asLine).forEach(lines::add);
                checkFormulaLines(lines, AreaReader.withColumns(shared, areas), kernaanpakken, problems);
            }
        }
        problems.throwIfAny();
        return new Scenario(file, name, description, years.get(), domains, shared, kernaanpakken,
                document.sourceMap(), begroting, discountRate, kpis, areas, correlations, parameterReader.workbooks(),
                settlements, milestones, version, date);
    }

    /** The longest version label: it is printed in every page's footer. */
    static final int MAX_VERSION_LENGTH = 40;

    /** The earliest and latest date a scenario may carry: the dates a workbook's zip entries can hold. */
    static final java.time.LocalDate EARLIEST_DATE = java.time.LocalDate.of(1980, 1, 1);
    static final java.time.LocalDate LATEST_DATE = java.time.LocalDate.of(2107, 12, 31);

    /** The scenario's own version label: one line of text, short enough for a footer; null when absent. */
    private static String version(JsonNode root, Fields fields) {
        JsonNode node = root.get("version");
        if (node != null && node.isNumber()) {
            fields.problems().add("version", "expected a version label in quotes (version: \"" + node.asText()
                    + "\"), got the number " + node.asText() + ": unquoted, 1.10 would be read as 1.1");
            return null;
        }
        Optional<String> version = fields.text(root, "version", "", false);
        if (version.isEmpty()) {
            return null;
        }
        String text = version.get().strip();
        if (text.isEmpty() || text.length() > MAX_VERSION_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
            fields.problems().add("version", "expected a version label of one line, 1 to " + MAX_VERSION_LENGTH
                    + " characters (for example \"1.2\" or \"concept 3\"), got '"
                    + nl.impact.model.Printable.quote(version.get()) + "'");
            return null;
        }
        return text;
    }

    /**
     * The scenario's own date, written {@code YYYY-MM-DD}: the date its bijlagen carry (docs/workbooks.md);
     * null when absent.
     */
    private static java.time.LocalDate date(JsonNode root, Fields fields) {
        JsonNode node = root.get("date");
        if (node == null || node.isNull()) {
            return null;
        }
        String expected = "expected a date written YYYY-MM-DD, from " + EARLIEST_DATE + " to " + LATEST_DATE
                + " (for example 2025-03-14)";
        if (!node.isTextual() || !node.asText().strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            fields.problems().add("date", expected + ", got " + (node.isTextual()
                    ? "'" + nl.impact.model.Printable.quote(node.asText()) + "'" : Fields.describe(node)));
            return null;
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(node.asText().strip());
            if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
                fields.problems().add("date", expected + ", got " + date);
                return null;
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            fields.problems().add("date", "no such day: '" + nl.impact.model.Printable.quote(node.asText())
                    + "'; " + expected);
            return null;
        }
    }

    /** Plans every budget line (and settlement cost) with formula figures, so unknown names and cycles are found here. */
    private void checkFormulaLines(List<nl.impact.model.BudgetLine> lines, Map<String, Parameter> shared,
            List<Kernaanpak> kernaanpakken, Problems problems) {
        for (nl.impact.model.BudgetLine line : lines) {
            if (!line.hasFormulas() && line.parameters().isEmpty()) {
                continue;
            }
            Kernaanpak kernaanpak = kernaanpakken.stream().filter(k -> k.id().equals(line.kernaanpak())).findFirst()
                    .orElse(null);
            List<CalculationPlan.PlanProblem> found = new ArrayList<>();
            nl.impact.calc.BudgetLinePlan.build(shared, line, kernaanpak,
                    kernaanpak == null ? null : calculators.find(kernaanpak.calculator()).orElseThrow(), found);
            found.forEach(p -> problems.add(p.path(), p.message()));
        }
    }

    /** The kernaanpak ids as written, whether or not each could be read. */
    private static Set<String> kernaanpakIds(JsonNode root) {
        Set<String> ids = new LinkedHashSet<>();
        JsonNode node = root.get("kernaanpakken");
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(ids::add);
        }
        return ids;
    }

    /**
     * The yearly rate for the net present value: a plain fraction, or a parameter with one
     * {@code value} and its provenance. Absent means 0, the plan's convention of undiscounted flows.
     */
    private static BigDecimal discountRate(JsonNode node, Fields fields, ParameterReader reader) {
        if (node == null) {
            return BigDecimal.ZERO;
        }
        if (node.isNumber()) {
            Optional<BigDecimal> read = fields.number(node, "discountRate");
            if (read.isEmpty()) {
                return BigDecimal.ZERO;
            }
            BigDecimal rate = read.get();
            Optional<String> wrong = ParameterKind.FRACTION.check(rate);
            wrong.ifPresent(w -> fields.problems().add("discountRate", w));
            return wrong.isPresent() ? BigDecimal.ZERO : rate;
        }
        Optional<Parameter> rate = reader.read("discountRate", node, "discountRate", ParameterKind.FRACTION, "per jaar");
        if (rate.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (rate.get().isFormula() || rate.get().banded() || !rate.get().values().expected().isConstant()) {
            fields.problems().add("discountRate", "a discount rate is one number for every year and variant: "
                    + "give a number, or 'value' with its provenance");
            return BigDecimal.ZERO;
        }
        return rate.get().values().expected().constant();
    }

    private static Optional<YearRange> years(JsonNode node, Fields fields) {
        if (node == null) {
            fields.problems().add("", "missing 'years' (first, last and effectsUntil)");
            return Optional.empty();
        }
        if (!fields.isObject(node, "years", "a map with first, last and effectsUntil")) {
            return Optional.empty();
        }
        fields.onlyKeys(node, "years", YEAR_KEYS);
        Optional<Integer> first = fields.year(node, "first", "years", true);
        Optional<Integer> last = fields.year(node, "last", "years", true);
        Optional<Integer> until = fields.year(node, "effectsUntil", "years", false);
        // An empty effectsUntil (~) is one not given, as for every optional number: effects end with last.
        boolean untilGiven = node.hasNonNull("effectsUntil");
        if (first.isEmpty() || last.isEmpty() || untilGiven && until.isEmpty()) {
            return Optional.empty();
        }
        int effectsUntil = until.orElse(last.get());
        if (last.get() < first.get()) {
            fields.problems().add("years.last", "expected a year not before first (" + first.get() + "), got " + last.get());
            return Optional.empty();
        }
        if (effectsUntil < last.get()) {
            fields.problems().add("years.effectsUntil", "expected a year not before last (" + last.get() + "), got "
                    + effectsUntil);
            return Optional.empty();
        }
        if (effectsUntil - first.get() + 1 > Limits.MAX_PLAN_YEARS) {
            fields.problems().add(untilGiven ? "years.effectsUntil" : "years.last",
                    "expected at most " + Limits.MAX_PLAN_YEARS + " years from first to effectsUntil (the limit on "
                            + "plan years), got " + (effectsUntil - first.get() + 1));
            return Optional.empty();
        }
        return Optional.of(new YearRange(first.get(), last.get(), effectsUntil));
    }

    private static Map<String, Domain> domains(JsonNode node, Fields fields) {
        Map<String, Domain> domains = new LinkedHashMap<>();
        if (node == null) {
            // Optional: a scenario whose money comes only from financiers the begroting declares has
            // no domains; anything that names a domain is then refused where it names it.
            return domains;
        }
        if (!fields.isObject(node, "domains", "a map of domain: {law, financier}")) {
            return domains;
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String path = Paths.child("domains", entry.getKey());
            JsonNode domain = entry.getValue();
            if (!fields.isObject(domain, path, "a domain (a map with law and financier)")) {
                continue;
            }
            fields.onlyKeys(domain, path, DOMAIN_KEYS);
            Optional<String> financier = fields.text(domain, "financier", path, true);
            String law = fields.text(domain, "law", path, false).orElse(entry.getKey());
            financier.ifPresent(f -> domains.put(entry.getKey(), new Domain(entry.getKey(), law, f)));
        }
        return domains;
    }

    private static Map<String, Parameter> sharedParameters(JsonNode node, Fields fields, ParameterReader reader) {
        Map<String, Parameter> shared = new LinkedHashMap<>();
        if (node == null || !fields.isObject(node, "parameters", "a map of name: parameter")) {
            return shared;
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String path = Paths.child("parameters", entry.getKey());
            if (fields.identifier(entry.getKey(), path)) {
                reader.read(entry.getKey(), entry.getValue(), path, null, null)
                        .ifPresent(p -> shared.put(p.name(), p));
            }
        }
        return shared;
    }

    private static List<Kernaanpak> kernaanpakken(JsonNode node, Fields fields, KernaanpakReader reader,
            boolean hasKpis) {
        List<Kernaanpak> list = new ArrayList<>();
        if (node == null) {
            if (!hasKpis) {
                fields.problems().add("", "missing 'kernaanpakken' (at least one, unless the scenario has a "
                        + "'begroting' or 'kpis')");
            }
            return list;
        }
        if (!fields.isObject(node, "kernaanpakken", "a map of id: kernaanpak")) {
            return list;
        }
        if (node.isEmpty() && !hasKpis) {
            fields.problems().add("kernaanpakken", "expected at least one kernaanpak");
        }
        Set<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            String path = Paths.child("kernaanpakken", entry.getKey());
            reader.read(entry.getKey(), entry.getValue(), path).ifPresent(k -> {
                if (!names.add(k.name())) {
                    fields.problems().add(Paths.child(path, "name"), "the name '" + k.name()
                            + "' is used by another kernaanpak too");
                }
                list.add(k);
            });
        }
        return list;
    }

    private static List<Kpi> kpis(JsonNode node, Fields fields, KpiReader reader) {
        List<Kpi> list = new ArrayList<>();
        if (node == null || !fields.isObject(node, "kpis", "a map of id: KPI")) {
            return list;
        }
        for (Map.Entry<String, JsonNode> entry : Fields.entries(node)) {
            reader.read(entry.getKey(), entry.getValue(), Paths.child("kpis", entry.getKey())).ifPresent(list::add);
        }
        return list;
    }
}
