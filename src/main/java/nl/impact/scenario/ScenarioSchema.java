package nl.impact.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.kpi.KpiParameterSpec;
import nl.impact.model.BudgetCategory;
import nl.impact.model.ParameterKind;
import nl.impact.model.Provenance;

/**
 * The JSON Schema of scenario files, built from the calculators on the class path so that editors
 * complete and check each calculator's parameters. {@link ScenarioReader} stays the authority: it
 * checks what a schema cannot (references between names, cycles, plan years).
 */
public final class ScenarioSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * The schema's identity: stable, not a web address (nothing is served there), versioned by the
     * trailing number, which goes up when a scenario valid before would no longer be valid.
     */
    public static final String ID = "urn:impact:scenario-schema:1";

    private ScenarioSchema() {
    }

    /** The schema with the KPI calculators found on the context class path. */
    public static ObjectNode generate(CalculatorRegistry calculators) {
        return generate(calculators, KpiCalculatorRegistry.load());
    }

    public static ObjectNode generate(CalculatorRegistry calculators, KpiCalculatorRegistry kpiCalculators) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ID);
        schema.put("title", "impact scenario");
        schema.put("description", "A maatschappelijke business case scenario; see docs/scenario-format.md.");
        schema.put("type", "object");
        // The reader refuses unknown top-level keys, so a misspelt one is an error here too.
        schema.put("additionalProperties", false);
        schema.set("required", strings("name", "years"));
        // A scenario of targets only (the Regioplan) has KPIs and no kernaanpakken; a plan of costs
        // only has a begroting.
        ArrayNode either = schema.putArray("anyOf");
        either.addObject().set("required", strings("kernaanpakken"));
        either.addObject().set("required", strings("kpis"));
        either.addObject().set("required", strings(BegrotingReader.SECTION));
        ObjectNode properties = schema.putObject("properties");
        properties.set("name", text("Name of the scenario."));
        properties.set("description", text("What the scenario is about."));
        // As ScenarioReader reads them: a version label of one line, quoted (1.10 unquoted is the number 1.1),
        // and a calendar date YYYY-MM-DD from 1980 to 2107 (docs/scenario-format.md, "Top level").
        properties.set("version", text("The scenario's version label, printed with its date on every page of the "
                + "bijlagen: one line, 1 to " + ScenarioReader.MAX_VERSION_LENGTH + " characters, in quotes.")
                .put("minLength", 1).put("maxLength", ScenarioReader.MAX_VERSION_LENGTH)
                .put("pattern", "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"));
        properties.set("date", text("The scenario's own date, YYYY-MM-DD (1980-01-01 to 2107-12-31): the date its "
                + "bijlagen carry; without it, the date of the scenario file's last commit, else the run's date.")
                .put("pattern", "^(19[89][0-9]|20[0-9][0-9]|210[0-7])-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"));
        ObjectNode years = object("The plan's years.", "first", "last");
        years.withObject("/properties").set("first", integer("First plan year: cases start from here."));
        years.withObject("/properties").set("last", integer("Last plan year: the last year cases start."));
        years.withObject("/properties").set("effectsUntil", integer("Last year in which effects are counted."));
        properties.set("years", years);
        ObjectNode domain = object("A domain: a pot money comes from (usually a law, but also employers, a "
                + "province, a fund) and the financier who pays it.", "financier");
        domain.withObject("/properties").set("law", text("The law, in full; optional (a domain need not be a law)."));
        domain.withObject("/properties").set("financier", text("Who pays: gemeente, zorgverzekeraar, ..."));
        domain.withObject("/properties").set("description", text("Free text."));
        properties.set("domains", mapOf(domain, "Domains by name (Wmo, Zvw, werkgevers, ...); optional when "
                + "nothing names a domain."));
        properties.set("parameters", mapOf(ref("parameter"), "Parameters every kernaanpak can use."));
        properties.set("kernaanpakken", mapOf(ref("kernaanpak"), "Kernaanpakken by id."));
        properties.set("kpis", mapOf(ref("kpi"), "KPIs by id; see docs/kpis.md."));
        properties.set(Citations.SECTION, mapOf(document(), "The documents a structured 'source' cites, by key."));
        ObjectNode rate = JSON.objectNode();
        rate.put("description", "Yearly discount rate for the net present value; default 0 (undiscounted). "
                + "See docs/budget.md.");
        rate.putArray("oneOf").add(JSON.objectNode().put("type", "number").put("minimum", 0).put("maximum", 1))
                .add(ref("parameter"));
        properties.set("discountRate", rate);
        properties.set(BegrotingReader.SECTION, begroting());
        properties.set(nl.impact.model.Settlement.SECTION, mapOf(settlement(), "Settlements (verrekeningen) by id: "
                + "money the plan moves between financiers; see docs/budget.md."));
        properties.set(AreaReader.SECTION, areas());
        properties.set(CorrelationReader.SECTION, correlations());
        properties.set(MilestoneReader.SECTION, milestones());

        ObjectNode defs = schema.putObject("$defs");
        defs.set("yearValues", yearValues());
        defs.set("parameter", parameter());
        defs.set("formula", formula());
        defs.set("effect", effect());
        defs.set("kernaanpak", kernaanpak(calculators));
        defs.set("kpi", kpi(kpiCalculators));
        defs.set("budgetLine", budgetLine());
        defs.set("citation", citation());
        defs.set("milestone", milestone());
        return schema;
    }

    /** The mijlpalenplanning: milestones per half year, and the volumes a monitoring report may realise. */
    private static ObjectNode milestones() {
        ObjectNode node = object("The mijlpalenplanning (bijlage 3): milestones (PPI's) per half year, each with its "
                + "target and the tranche that depends on it; see docs/monitoring.md.");
        ObjectNode rule = JSON.objectNode();
        rule.put("description", "sum: what starts in each half year adds up (households, clients); average: a level "
                + "(fte, teams, wijken), the year's is the mean of its halves.");
        rule.set("enum", strings("sum", "average"));
        node.withObject("/properties").set(MilestoneReader.VOLUMES, mapOf(mapOf(rule,
                "Per name of the kernaanpak's calculation: how its half years make a year."),
                "Per kernaanpak, the volumes a realisations file may give."));
        ObjectNode halfYears = node.putObject("patternProperties");
        halfYears.set("^[0-9]{4}-H[12]$", mapOf(ref("milestone"), "The milestones of the half year, by id."));
        return node;
    }

    private static ObjectNode milestone() {
        ObjectNode node = object("A milestone: a process indicator due in its half year.", "description",
                "kernaanpakken", "target");
        ObjectNode p = node.withObject("/properties");
        p.set("description", text("What is reached, in words."));
        ObjectNode ids = JSON.objectNode().put("type", "array").put("minItems", 1)
                .put("description", "The kernaanpak ids it belongs to, or 'programma' for the programme as a whole.");
        ids.set("items", text("A kernaanpak id."));
        p.set("kernaanpakken", ids);
        p.set("note", text("Free text."));
        ObjectNode target = withProvenance(object("What to reach: a count, done (yes or no), or a date."));
        ObjectNode t = target.withObject("/properties");
        t.set("count", JSON.objectNode().put("type", "number").put("exclusiveMinimum", 0)
                .put("description", "The number to reach (at least)."));
        t.set("unit", text("What the count counts (teams, wijken, huishoudens)."));
        t.set("done", JSON.objectNode().put("const", true).put("description", "Something done, or not."));
        t.set("date", JSON.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
                .put("description", "Done by this date (YYYY-MM-DD), within the half year."));
        ArrayNode kinds = JSON.arrayNode();
        kinds.addObject().set("required", strings("count"));
        kinds.addObject().set("required", strings("done"));
        kinds.addObject().set("required", strings("date"));
        target.putArray("allOf").addObject().set("oneOf", kinds);
        p.set("target", target);
        ObjectNode tranche = withProvenance(object("The tranche of transformatiemiddelen paid when the milestone is "
                + "reached.", "amount", "financier", "line"));
        ObjectNode tp = tranche.withObject("/properties");
        tp.set("amount", JSON.objectNode().put("type", "number").put("exclusiveMinimum", 0).put("description", "Euros."));
        tp.set("financier", text("Who pays it: a financier of the line."));
        tp.set("line", text("The id of the budget line it funds."));
        p.set("tranche", tranche);
        return node;
    }

    private static ObjectNode yearValues() {
        ObjectNode node = JSON.objectNode();
        node.put("description", "A number, or a map of plan year to number.");
        ArrayNode oneOf = node.putArray("oneOf");
        oneOf.addObject().put("type", "number");
        ObjectNode perYear = oneOf.addObject().put("type", "object");
        perYear.putObject("propertyNames").put("pattern", "^[0-9]{4}$");
        perYear.putObject("additionalProperties").put("type", "number");
        return node;
    }

    private static ObjectNode parameter() {
        ObjectNode node = object("A parameter: value, perYear, min/max (with optional expected) or formula; "
                + "and one provenance.");
        ObjectNode p = node.withObject("/properties");
        p.set("value", JSON.objectNode().put("type", "number").put("description", "One value for every year and variant."));
        p.set("perYear", ref("yearValues"));
        p.set("min", ref("yearValues"));
        p.set("max", ref("yearValues"));
        p.set("expected", ref("yearValues"));
        p.set("formula", text("A formula over other names of the kernaanpak."));
        p.set("unit", text("Unit shown in outputs."));
        ObjectNode kind = text("What kind of number.");
        ArrayNode kinds = kind.putArray("enum");
        for (ParameterKind k : ParameterKind.values()) {
            kinds.add(k.key());
        }
        p.set("kind", kind);
        p.set("description", text("Free text."));
        p.set("distribution", distribution());
        ArrayNode provenance = node.putArray("oneOf");
        ArrayNode anyProvenance = JSON.arrayNode();
        for (Provenance.Kind k : Provenance.Kind.inFiles()) {
            p.set(k.key(), provenanceValue(k));
            provenance.addObject().set("required", strings(k.key()));
            anyProvenance.addObject().set("required", strings(k.key()));
        }
        // A value from a workbook cell has that cell as its source unless another is given.
        ObjectNode excel = object("A value from a cell of an xlsx workbook (see docs/scenario-format.md).", "file");
        excel.withObject("/properties").set("file", text("The workbook, relative to the scenario file."));
        excel.withObject("/properties").set("sheet", text("The sheet, with 'cell'."));
        excel.withObject("/properties").set("cell", text("The cell, such as B4."));
        excel.withObject("/properties").set("name", text("A named range of one cell, instead of sheet and cell."));
        p.set(ExcelValues.KEY, excel);
        ObjectNode fromExcel = provenance.addObject();
        fromExcel.set("required", strings(ExcelValues.KEY));
        fromExcel.putObject("not").set("anyOf", anyProvenance);
        return node;
    }

    /** How a banded parameter is drawn in `impact simulate`; see docs/uncertainty.md. */
    private static ObjectNode distribution() {
        ObjectNode node = JSON.objectNode();
        node.put("description", "How a banded parameter is drawn in a simulation (default pert); see docs/uncertainty.md.");
        ArrayNode types = JSON.arrayNode();
        for (nl.impact.model.Distribution.Type t : nl.impact.model.Distribution.Type.values()) {
            types.add(t.key());
        }
        ArrayNode oneOf = node.putArray("oneOf");
        oneOf.addObject().put("type", "string").set("enum", types);
        ObjectNode full = object("A distribution with its shape parameters.", "type");
        ObjectNode p = full.withObject("/properties");
        p.set("type", JSON.objectNode().put("type", "string").set("enum", types.deepCopy()));
        for (String shape : java.util.List.of("sd", "sigma", "alpha", "beta", "shape")) {
            p.set(shape, JSON.objectNode().put("type", "number").put("exclusiveMinimum", 0)
                    .put("description", "Shape parameter " + shape + "."));
        }
        p.set("truncate", JSON.objectNode().put("type", "boolean")
                .put("description", "Keep normal, lognormal and gamma draws within the band (default true)."));
        oneOf.add(full);
        return node;
    }

    private static ObjectNode formula() {
        ObjectNode node = JSON.objectNode();
        ArrayNode oneOf = node.putArray("oneOf");
        oneOf.add(text("The formula."));
        ObjectNode full = object("A formula with unit and description.", "formula");
        full.withObject("/properties").set("formula", text("The formula."));
        full.withObject("/properties").set("unit", text("Unit."));
        full.withObject("/properties").set("description", text("Free text."));
        oneOf.add(full);
        return node;
    }

    private static ObjectNode effect() {
        ObjectNode node = object("A monetised effect.", "name", "amounts", "timing");
        ObjectNode p = node.withObject("/properties");
        p.set("name", text("Name of the effect."));
        p.set("per", text("The quantity or parameter the amount is per (cases, clients, ...). Leave it out for "
                + "a lump sum: the amounts are then euros per plan year."));
        ObjectNode amount = JSON.objectNode();
        amount.putArray("oneOf").add(ref("parameter")).add(text("Name of a parameter or quantity."));
        p.set("amounts", mapOf(amount, "Euros per unit, per domain; a cost is negative. With 'unit': hours, FTE "
                + "or persons per unit instead (capacity, outside the euro business case)."));
        ObjectNode unit = text("What the amounts count: euro (the default), or uur, fte or personen: labour capacity, "
                + "written to capacity.csv and never added to the euros.");
        unit.set("enum", strings(java.util.Arrays.stream(nl.impact.model.EffectUnit.values())
                .map(nl.impact.model.EffectUnit::key).toArray(String[]::new)));
        p.set("unit", unit);
        p.set("correction", amount.deepCopy());
        ObjectNode timing = JSON.objectNode();
        ArrayNode oneOf = timing.putArray("oneOf");
        oneOf.addObject().set("enum", strings("direct", "next-year"));
        ObjectNode offset = object("Years after the start, and for how many years.", "offset");
        offset.withObject("/properties").set("offset", integer("Years after the case starts."));
        offset.withObject("/properties").set("years", integer("Consecutive years the effect recurs."));
        oneOf.add(offset);
        p.set("timing", timing);
        p.set("note", text("Free text."));
        return node;
    }

    private static ObjectNode begroting() {
        ObjectNode node = object("The budget (begroting): the investment side; see docs/budget.md.", "lines");
        ObjectNode p = node.withObject("/properties");
        ObjectNode financiers = JSON.objectNode().put("type", "array")
                .put("description", "Financiers besides those of the domains (a party that pays but has no domain).");
        financiers.set("items", text("A financier."));
        p.set("financiers", financiers);
        p.set("lines", mapOf(ref("budgetLine"), "Budget lines by id."));
        return node;
    }

    private static ObjectNode budgetLine() {
        ObjectNode node = object("A budget line: an investment, given as a positive cost.", "post", "kernaanpak",
                "category");
        ObjectNode p = node.withObject("/properties");
        p.set("post", text("What the line pays for."));
        p.set("kernaanpak", text("The kernaanpak id, or 'programma' for a programme-wide line."));
        ObjectNode category = text("What kind of cost.");
        ArrayNode categories = category.putArray("enum");
        BudgetCategory.keys().forEach(categories::add);
        p.set("category", category);
        p.set("financier", text("The one financier who pays all of it."));
        p.set("financiers", mapOf(ref("parameter"), "Share per financier (fractions adding up to 1)."));
        cost(p, "line");
        p.set("note", text("Free text, e.g. the plan lines the post comes from."));
        p.set("parameters", mapOf(ref("parameter"), "The line's own inputs, by the name its formulas use "
                + "(amount, quantity and tariff may be formulas over these, the shared parameters and the names of "
                + "the line's kernaanpak)."));
        ArrayNode allOf = node.putArray("allOf");
        ArrayNode payer = allOf.addObject().putArray("oneOf");
        payer.addObject().set("required", strings("financier"));
        payer.addObject().set("required", strings("financiers"));
        ArrayNode cost = allOf.addObject().putArray("oneOf");
        cost.addObject().set("required", strings("amount"));
        cost.addObject().set("required", strings("quantity", "tariff"));
        return node;
    }

    /** A cost as a budget line and a settlement give it: an amount, or a quantity times a tariff. */
    private static void cost(ObjectNode properties, String owner) {
        properties.set("amount", ref("parameter"));
        ObjectNode quantity = JSON.objectNode();
        quantity.putArray("oneOf").add(text("A parameter or quantity of the " + owner + "'s kernaanpak, by name."))
                .add(ref("parameter"));
        properties.set("quantity", quantity);
        properties.set("tariff", ref("parameter"));
    }

    /** A settlement: who pays, who receives, and a cost as a budget line's or a share of effects. */
    private static ObjectNode settlement() {
        ObjectNode node = object("A settlement (verrekening): money moved from one financier to another, neither "
                + "a benefit nor an investment.", "from", "to");
        ObjectNode p = node.withObject("/properties");
        p.set("name", text("What the settlement is, in Dutch."));
        p.set("from", text("The financier who pays."));
        p.set("to", text("The financier who receives."));
        p.set("kernaanpak", text("With a cost: the kernaanpak whose names it reads, or 'programma' (the default)."));
        cost(p, "settlement");
        p.set("parameters", mapOf(ref("parameter"), "The settlement's own inputs, by the name its formulas use."));
        p.set("share", ref("parameter"));
        ObjectNode of = object("The effects a share is taken of.", "effects");
        ObjectNode items = JSON.objectNode().put("description", "kernaanpak/effect; either part may be *.");
        items.putArray("oneOf").add(text("One kernaanpak/effect.")).add(JSON.objectNode().put("type", "array")
                .put("minItems", 1).set("items", text("kernaanpak/effect")));
        of.withObject("/properties").set("effects", items);
        ObjectNode domains = JSON.objectNode().put("description", "Only the amounts in these domains (default: all).");
        domains.putArray("oneOf").add(text("A domain.")).add(JSON.objectNode().put("type", "array")
                .set("items", text("A domain.")));
        of.withObject("/properties").set("domains", domains);
        p.set("of", of);
        p.set("note", text("Free text."));
        ArrayNode amount = node.putArray("oneOf");
        amount.addObject().set("required", strings("amount"));
        amount.addObject().set("required", strings("quantity", "tariff"));
        amount.addObject().set("required", strings("share", "of"));
        return node;
    }

    private static ObjectNode kernaanpak(CalculatorRegistry calculators) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        node.put("description", "A kernaanpak; keys besides the reserved ones are the calculator's parameters.");
        node.set("required", strings("calculator"));
        ObjectNode p = node.putObject("properties");
        p.set("name", text("Name shown in outputs."));
        p.set("description", text("Free text."));
        ObjectNode calculator = text("The calculator's id; see `impact calculators`.");
        ArrayNode ids = calculator.putArray("enum");
        calculators.all().forEach(c -> ids.add(c.id()));
        p.set("calculator", calculator);
        p.set("formulas", mapOf(ref("formula"), "Extra quantities as formulas."));
        p.putObject("effects").put("type", "array").set("items", ref("effect"));
        ObjectNode rollout = object("Where the kernaanpak runs: only where the column 'where' is non-zero, "
                + "from the year in the column 'from'.");
        rollout.withObject("/properties").set("where", text("An area column: runs where it is non-zero."));
        rollout.withObject("/properties").set("from", text("An area column: the first year cases start."));
        ObjectNode areas = JSON.objectNode().put("description", "Where the kernaanpak runs; default all areas. "
                + "See docs/areas.md.");
        areas.putArray("oneOf").add(JSON.objectNode().put("const", "all")).add(rollout);
        p.set(AreaReader.SECTION, areas);
        node.set("additionalProperties", ref("parameter"));
        ArrayNode allOf = node.putArray("allOf");
        for (KernaanpakCalculator c : calculators.all()) {
            if (c.acceptsAnyParameter()) {
                continue;
            }
            ObjectNode rule = allOf.addObject();
            rule.putObject("if").putObject("properties").putObject("calculator").put("const", c.id());
            ObjectNode then = rule.putObject("then");
            // Sorted: a Set.of's order changes from one JVM to the next, the printed schema must not.
            List<String> names = new ArrayList<>(new TreeSet<>(KernaanpakReader.RESERVED));
            c.parameters().stream().map(ParameterSpec::name).forEach(names::add);
            then.set("required", strings(c.parameters().stream().map(ParameterSpec::name).toArray(String[]::new)));
            then.putObject("propertyNames").set("enum", strings(names.toArray(String[]::new)));
            // Hovering a parameter in an editor shows what it means and its unit.
            ObjectNode described = then.putObject("properties");
            for (ParameterSpec spec : c.parameters()) {
                described.set(spec.name(), ref("parameter").put("description", spec.description() + " (" + spec.kind().key()
                        + (spec.unit() == null || spec.unit().isBlank() ? "" : ", " + spec.unit()) + ")"));
            }
        }
        return node;
    }

    private static ObjectNode kpi(KpiCalculatorRegistry calculators) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        node.put("description", "A KPI, with a calculator (keys besides the reserved ones are its parameters) or a "
                + "formula over the names it declares under 'names' (see docs/kpis.md).");
        node.set("required", strings("deelopgave", "unit", "accumulation", "direction", "target"));
        ArrayNode either = node.putArray("oneOf");
        either.addObject().set("required", strings("calculator"));
        either.addObject().set("required", strings("formula"));
        node.putObject("dependentRequired").set("names", strings("formula"));
        ObjectNode p = node.putObject("properties");
        p.set("name", text("Name shown in outputs."));
        p.set("deelopgave", text("The Regioplan deelopgave the KPI belongs to."));
        p.set("description", text("Free text."));
        p.set("note", text("Free text."));
        p.set("unit", text("euro, persons, percent (25 = 25%), count, ..."));
        p.set("accumulation", JSON.objectNode().set("enum", strings("per-year", "cumulative")));
        p.set("direction", JSON.objectNode().set("enum", strings("higher-is-better", "lower-is-better")));
        ObjectNode target = withProvenance(object("The target: year, optional value in the KPI's unit, provenance.",
                "year"));
        target.withObject("/properties").set("year", integer("The year by which the target should be reached."));
        target.withObject("/properties").set("value", JSON.objectNode().put("type", "number"));
        target.withObject("/properties").set("description", text("The target in words."));
        p.set("target", target);
        ObjectNode kpiYears = object("The KPI's own years: its trajectory and bands run to 'last', beyond the "
                + "plan's effect years; effects hold their last year's value after years.effectsUntil.", "last");
        kpiYears.withObject("/properties").set("last", integer("The KPI's last year (at least years.effectsUntil)."));
        p.set("years", kpiYears);
        ObjectNode band = withProvenance(object("Minimal effect (min) and maximal effect (max) in the year.",
                "min", "max"));
        band.withObject("/properties").set("min", bound("The minimal effect"));
        band.withObject("/properties").set("max", bound("The maximal effect"));
        band.withObject("/properties").set("note", text("Free text."));
        ObjectNode bands = mapOf(band, "The band per year, or per range of years (2025-2029).");
        bands.putObject("propertyNames").put("pattern", "^[0-9]{4}(-[0-9]{4})?$");
        p.set("band", bands);
        ObjectNode calculator = text("The KPI calculator's id; see `impact calculators`.");
        ArrayNode ids = calculator.putArray("enum");
        calculators.all().forEach(c -> ids.add(c.id()));
        p.set("calculator", calculator);
        p.set("formula", text("The KPI as a formula over the names under 'names' and the shared parameters; "
                + "instead of a calculator."));
        p.set("names", mapOf(kpiName(), "The names the formula reads: effects, capacity or quantities of the "
                + "kernaanpakken added up, or numbers."));
        ObjectNode activities = withProvenance(object("The kernaanpakken tied to the KPI, whose future activities the "
                + "spelregels allow the insurer to stop (docs/monitoring.md).", "kernaanpakken"));
        ObjectNode tied = JSON.objectNode().put("type", "array").put("minItems", 1);
        tied.set("items", text("A kernaanpak id."));
        activities.withObject("/properties").set("kernaanpakken", tied);
        p.set("activities", activities);
        ObjectNode parameter = JSON.objectNode();
        parameter.putArray("oneOf").add(ref("parameter")).add(text("A text, or the name of a shared parameter."))
                .add(JSON.objectNode().put("type", "array").set("items", text("A text.")));
        node.set("additionalProperties", parameter);
        ArrayNode allOf = node.putArray("allOf");
        for (KpiCalculator c : calculators.all()) {
            ObjectNode rule = allOf.addObject();
            ObjectNode condition = rule.putObject("if");
            condition.set("required", strings("calculator"));
            condition.putObject("properties").putObject("calculator").put("const", c.id());
            ObjectNode then = rule.putObject("then");
            List<String> names = new ArrayList<>(new TreeSet<>(KpiReader.RESERVED));
            c.parameters().stream().map(KpiParameterSpec::name).forEach(names::add);
            then.set("required", strings(c.parameters().stream().filter(KpiParameterSpec::required)
                    .map(KpiParameterSpec::name).toArray(String[]::new)));
            then.putObject("propertyNames").set("enum", strings(names.toArray(String[]::new)));
            ObjectNode described = then.putObject("properties");
            c.parameters().forEach(spec -> described.putObject(spec.name()).put("description", spec.description()));
        }
        // A KPI written as a formula takes no other keys: its names are under 'names'.
        ObjectNode formula = allOf.addObject();
        formula.putObject("if").set("required", strings("formula"));
        formula.putObject("then").putObject("propertyNames").set("enum",
                strings(new TreeSet<>(KpiReader.RESERVED).toArray(String[]::new)));
        return node;
    }

    /** A band's min or max: a number, or a formula over the KPI's numbers with one value. */
    private static ObjectNode bound(String what) {
        ObjectNode bound = JSON.objectNode().put("description", what + " in the year: a number, or a formula over "
                + "the KPI's numbers and shared parameters that have one value (YEAR() is the year).");
        bound.putArray("oneOf").add(JSON.objectNode().put("type", "number")).add(JSON.objectNode().put("type", "string"));
        return bound;
    }

    /** A name of a KPI's formula: a selection of the plan's results, a number, or a shared parameter's name. */
    private static ObjectNode kpiName() {
        ObjectNode items = JSON.objectNode().put("description", "kernaanpak/name; either part may be *.");
        items.putArray("oneOf").add(text("One kernaanpak/name.")).add(JSON.objectNode().put("type", "array")
                .put("minItems", 1).set("items", text("kernaanpak/name")));
        ObjectNode domains = JSON.objectNode().put("description", "Only the amounts in these domains (default: all).");
        domains.putArray("oneOf").add(text("A domain.")).add(JSON.objectNode().put("type", "array")
                .set("items", text("A domain.")));
        ObjectNode effects = object("Effects in euros added up.", "effects");
        effects.withObject("/properties").set("effects", items);
        effects.withObject("/properties").set("domains", domains);
        effects.withObject("/properties").set("description", text("Free text."));
        ObjectNode capacity = object("Effects in uur, fte or personen added up, in one unit.", "capacity", "unit");
        capacity.withObject("/properties").set("capacity", items);
        capacity.withObject("/properties").set("domains", domains);
        capacity.withObject("/properties").set("unit", JSON.objectNode().set("enum", strings("uur", "fte", "personen")));
        capacity.withObject("/properties").set("description", text("Free text."));
        ObjectNode quantities = object("Quantities of the kernaanpakken added up.", "quantities");
        quantities.withObject("/properties").set("quantities", items);
        quantities.withObject("/properties").set("description", text("Free text."));
        ObjectNode number = ref("parameter");
        ObjectNode name = JSON.objectNode();
        ArrayNode oneOf = name.putArray("oneOf");
        oneOf.add(effects).add(capacity).add(quantities);
        // A number: a parameter that is not a formula and selects nothing.
        ObjectNode plain = JSON.objectNode();
        plain.putArray("allOf").add(number).addObject().putObject("not").putArray("anyOf")
                .add(JSON.objectNode().set("required", strings("formula")))
                .add(JSON.objectNode().set("required", strings("effects")))
                .add(JSON.objectNode().set("required", strings("capacity")))
                .add(JSON.objectNode().set("required", strings("quantities")));
        oneOf.add(plain);
        oneOf.add(text("The name of a shared parameter."));
        return name;
    }

    /** Adds the four provenance keys, exactly one of which is required. */
    /** The area table: see docs/areas.md. */
    private static ObjectNode areas() {
        ObjectNode node = withProvenance(object("Areas (gemeenten, wijken, buurten) from a table, one row per area; "
                + "every kernaanpak is computed per area. See docs/areas.md.", "table"));
        ObjectNode p = node.withObject("/properties");
        ObjectNode sheet = object("A sheet of an xlsx workbook.", "file", "sheet");
        sheet.withObject("/properties").set("file", text("The workbook, relative to the scenario file."));
        sheet.withObject("/properties").set("sheet", text("The sheet's name."));
        ObjectNode table = JSON.objectNode().put("description", "A CSV file relative to the scenario file, "
                + "or a sheet of an xlsx workbook.");
        table.putArray("oneOf").add(text("A CSV file (UTF-8).")).add(sheet);
        p.set("table", table);
        p.set("code", text("The header of the code column (default 'code'): CBS codes GM0917, WK091701, BU09170101."));
        p.set("name", text("The header of the name column (default 'naam')."));
        p.set("gemeente", text("The header of the gemeente column (default 'gemeente')."));
        p.set("municipalFinancier", text("Domains of this financier land with each area's own gemeente "
                + "(default 'gemeente')."));
        p.set("description", text("Free text."));
        ObjectNode column = object("A column formulas can use by its name.");
        column.withObject("/properties").set("column", text("Its header in the table (default: the name)."));
        ObjectNode kind = text("What kind of number.");
        ArrayNode kinds = kind.putArray("enum");
        for (ParameterKind k : ParameterKind.values()) {
            kinds.add(k.key());
        }
        column.withObject("/properties").set("kind", kind);
        column.withObject("/properties").set("unit", text("Unit shown in outputs."));
        column.withObject("/properties").set("description", text("Free text."));
        p.set("columns", mapOf(column, "The columns formulas may use, by name."));
        ObjectNode shares = object("The insurers' market shares per area: what the financier gains or pays in an "
                + "area is split among the insurers by their shares there. See docs/areas.md.", "insurers");
        shares.withObject("/properties").set("financier", text("The financier that is split (default "
                + "'zorgverzekeraar')."));
        shares.withObject("/properties").set("insurers", mapOf(text("The declared column with this insurer's share "
                + "(0 to 1)."), "Each insurer and the column with its share; an area's shares add up to 1 (within "
                + "0.001)."));
        p.set("marketShares", shares);
        return node;
    }

    /** A provenance's text; a source may also be a citation of a document by section and page. */
    private static ObjectNode provenanceValue(Provenance.Kind kind) {
        if (kind != Provenance.Kind.SOURCE) {
            return text("Provenance: " + kind.key() + ".");
        }
        ObjectNode source = JSON.objectNode();
        source.put("description", "Provenance: source. Text, or a citation of a document (see docs/scenario-format.md).");
        source.putArray("oneOf").add(JSON.objectNode().put("type", "string")).add(ref("citation"));
        return source;
    }

    private static ObjectNode document() {
        ObjectNode document = object("A document sources cite: the plan, a report.", "title");
        document.withObject("/properties").set("title", text("Its title, as a reader knows it; shown in every citation."));
        document.withObject("/properties").set("description", text("Free text (date, version, where to find it)."));
        return document;
    }

    private static ObjectNode citation() {
        ObjectNode citation = object("Where in a document: section or page, line only as a supplement.", "document");
        ObjectNode p = citation.withObject("/properties");
        p.set("document", text("The document's key under 'documents'."));
        p.set("section", text("Section or paragraph title, e.g. '4.b Impact kernaanpakken: Doorbraakmethode'."));
        ObjectNode textOrNumber = JSON.objectNode();
        textOrNumber.putArray("type").add("string").add("integer");
        p.set("page", textOrNumber.deepCopy().put("description", "Page or pages (12, \"12-13\")."));
        p.set("line", textOrNumber.deepCopy().put("description", "Line or lines of the text extraction; a supplement."));
        p.set("note", text("What the source says there."));
        ArrayNode place = citation.putArray("anyOf");
        place.addObject().set("required", strings("section"));
        place.addObject().set("required", strings("page"));
        return citation;
    }

    /** Rank correlations between banded parameters; the reader checks the paths and the matrix. */
    private static ObjectNode correlations() {
        ObjectNode item = withProvenance(object("A rank (Spearman) correlation between two banded parameters, "
                + "drawn jointly in a simulation; see docs/uncertainty.md.", "between", "rank"));
        ObjectNode p = item.withObject("/properties");
        ObjectNode between = JSON.objectNode();
        between.put("type", "array");
        between.put("description", "The paths of the two parameters, as messages and sensitivity.csv show them.");
        between.set("items", text("The path of a parameter with a min/max band."));
        between.put("minItems", 2);
        between.put("maxItems", 2);
        p.set("between", between);
        p.set("rank", JSON.objectNode().put("type", "number").put("minimum", -1).put("maximum", 1)
                .put("description", "The rank correlation, from -1 to 1."));
        p.set("description", text("Free text."));
        ObjectNode list = JSON.objectNode();
        list.put("type", "array");
        list.put("description", "Rank correlations between banded parameters; pairs not named are independent.");
        list.set("items", item);
        return list;
    }

    private static ObjectNode withProvenance(ObjectNode node) {
        ArrayNode oneOf = node.putArray("oneOf");
        for (Provenance.Kind k : Provenance.Kind.inFiles()) {
            node.withObject("/properties").set(k.key(), provenanceValue(k));
            oneOf.addObject().set("required", strings(k.key()));
        }
        return node;
    }

    private static ObjectNode object(String description, String... required) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        node.put("description", description);
        if (required.length > 0) {
            node.set("required", strings(required));
        }
        node.putObject("properties");
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode mapOf(ObjectNode values, String description) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        node.put("description", description);
        node.set("additionalProperties", values);
        return node;
    }

    private static ObjectNode text(String description) {
        return JSON.objectNode().put("type", "string").put("description", description);
    }

    private static ObjectNode integer(String description) {
        return JSON.objectNode().put("type", "integer").put("description", description);
    }

    private static ObjectNode ref(String name) {
        return JSON.objectNode().put("$ref", "#/$defs/" + name);
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = JSON.arrayNode();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }
}
