package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.calc.plan.Factor;
import nl.impact.calc.plan.Flow;
import nl.impact.calc.plan.Plan;
import nl.impact.calc.plan.Scope;
import nl.impact.engine.FlowValues;
import nl.impact.engine.KernaanpakResult;
import nl.impact.engine.RunResult;
import nl.impact.model.Band;
import nl.impact.model.CapacityResult;
import nl.impact.model.Effect;
import nl.impact.model.EffectResult;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Parameter;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;

/**
 * One sheet per kernaanpak. An input block holds every parameter per variant and plan year (a
 * typed-in value, or a formula for a derived parameter); a calculation block computes the
 * quantities, the euros per start year (cohort) and the euros per effect year of every effect
 * and domain, then the subtotals per financier and the kernaanpak's total. Every computed cell is
 * a formula over cells above it, so a changed input flows through the whole workbook.
 */
final class KernaanpakSheet {

    /**
     * The rows other sheets add up: per variant the total, per financier and variant the subtotal,
     * and per domain and variant the effect rows (euros per effect year) in that domain.
     */
    /** @param effects the euro row per variant of each effect flow, by the flow's index in the plan */
    record Rows(String sheet, Map<Variant, Integer> total, Map<String, Map<Variant, Integer>> financiers,
            Map<String, Map<Variant, List<Integer>>> domains, List<CapacityRows> capacity,
            Map<Integer, Map<Variant, Integer>> effects) {
    }

    /** The rows per variant of one effect in hours, FTE or persons in one domain, for the Capaciteit sheet. */
    record CapacityRows(CapacityResult result, Map<Variant, Integer> rows) {
    }

    private final SheetWriter w;
    private final Scenario scenario;
    private final RunResult run;
    private final Plan plan;
    private final Scope scope;
    private final KernaanpakResult result;
    /** True for a scenario with an area table: the names differ per area, the sheet shows their totals. */
    private final boolean perArea;
    private final NameCells names;
    private final RangeNames ranges;
    private final SourceList sources;
    private final YearColumns cols;
    private final YearRows yearRows;
    private final YearRange years;
    private final Map<String, Map<Variant, Integer>> parameterRows = new HashMap<>();
    /**
     * The names (lower case) whose value is the same in every variant by construction: a typed-in
     * value equal in all three, or a formula over such names only. One row stands for all three
     * variants; everything computed from them only takes one row too.
     */
    private final java.util.Set<String> uniform = new java.util.HashSet<>();
    /** The source most inputs cite, said once above the table. */
    private CommonSource common;
    private final List<Runnable> pendingFormulas = new ArrayList<>();
    private int row;

    KernaanpakSheet(SheetWriter w, RunResult run, int k, NameCells names, RangeNames ranges, SourceList sources) {
        this.w = w;
        this.run = run;
        this.scenario = run.scenario();
        this.plan = run.plan();
        this.scope = plan.kernaanpak(k);
        this.result = run.kernaanpakken().get(k);
        this.perArea = plan.hasAreas();
        this.names = names;
        this.ranges = ranges;
        this.sources = sources;
        this.years = scenario.years();
        this.cols = new YearColumns(years);
        this.yearRows = new YearRows(w, cols, years.first(), years.effectsUntil());
    }

    Rows write() {
        Kernaanpak k = result.kernaanpak();
        Styles styles = w.styles();
        w.text(row++, 0, k.name(), styles.title());
        w.text(row++, 0, k.description(), Styles.Text.NOTE);
        common = CommonSource.of(cited(k));
        w.text(row++, 0, "Invoer in blauw op geel: pas die aan en het hele werkboek rekent mee. Bedragen in euro's,"
                + " onverdisconteerd; een negatief bedrag is een kostenpost. Startjaren " + years.first() + "-"
                + years.last() + ", effecten tot en met " + years.effectsUntil() + "."
                + common.head().map(h -> " Bron van de invoer, tenzij anders vermeld: " + h + ".").orElse(""),
                Styles.Text.NOTE);
        int header = row++;
        Headers.yearHeader(w, header, cols, "Naam", "Toelichting");
        // The year columns say which years: "Totaal (€)" keeps the header on one line.
        w.text(header, cols.total(), "Totaal (€)", styles.numberHeader());
        w.text(header, cols.note() + 1, "Toelichting volledig", styles.header());
        names.header(w.name(), header);
        Sheets.finish(w.sheet(), header, 2);

        uniformNames();
        section("Invoer");
        CalculationPlan names = result.plan();
        for (CalculationPlan.Node node : names.nodes()) {
            if (node.isQuantity() || plan.isColumn(node)) {
                continue;
            }
            if (node.origin() == CalculationPlan.Origin.SHARED_PARAMETER && !node.parameter().isFormula()) {
                continue; // typed in once, on the sheet of shared inputs
            }
            if (perArea && (node.parameter().isFormula() || plan.summed(scope).contains(node.name()))) {
                continue; // differs per area: its total is below, or it is shown per area only
            }
            parameter(node.name(), node.unit(), node.parameter(), node.formula(),
                    (v, y) -> value(node.name(), v, y), node.name(), node.name(), isUniform(node.name()));
        }
        List<Flow> effects = plan.effects(scope);
        for (int i = 0; i < effects.size(); i++) {
            Flow flow = effects.get(i);
            String perUnit = flow.volume() == null ? "jaar" : unitOf(((Factor.Name) flow.volume()).name());
            Factor.Figure amount = (Factor.Figure) flow.amount();
            if (!perArea || !amount.isFormula()) {
                parameter(flow.source() + " – " + flow.domain(), flow.unit().label() + " per " + perUnit,
                        amount.parameter(), amount.formula(), (v, y) -> effectParameter(amount.parameter(), v, y), null,
                        flow.source() + "_" + flow.domain(), isUniform(amount));
            }
            boolean lastOfEffect = i + 1 == effects.size() || !effects.get(i + 1).path().equals(flow.path());
            // An effect's correction serves all its amounts: it follows them.
            if (lastOfEffect && flow.correction() instanceof Factor.Figure correction
                    && (!perArea || !correction.isFormula())) {
                parameter(flow.source() + " – correctiefactor", "fractie", correction.parameter(), correction.formula(),
                        (v, y) -> effectParameter(correction.parameter(), v, y), null, flow.source() + "_correctiefactor",
                        isUniform(correction));
            }
        }

        if (perArea) {
            section("Totalen over de gebieden: hoeveelheden per jaar");
            for (String name : plan.summed(scope)) {
                summedQuantity(name);
            }
        } else {
            section("Berekening: hoeveelheden per jaar");
            for (CalculationPlan.Node node : names.nodes()) {
                if (node.isQuantity()) {
                    quantity(node);
                }
            }
        }

        pendingFormulas.forEach(Runnable::run);
        pendingFormulas.clear();

        section("Berekening: effecten in euro's per domein");
        Map<String, Map<Variant, List<Integer>>> byFinancier = new LinkedHashMap<>();
        scenario.financiers().forEach(f -> byFinancier.put(f, emptyPerVariant()));
        Map<String, Map<Variant, List<Integer>>> byDomain = new LinkedHashMap<>();
        Map<Integer, Map<Variant, Integer>> effectRows = new HashMap<>();
        String heading = null;
        for (Flow flow : plan.effects(scope)) {
            if (flow.kind() != Flow.Kind.BENEFIT) {
                continue; // below, in its own section: capacity is never added to the euros
            }
            heading = effectHeading(flow, heading);
            Map<Variant, Integer> euroRows = effect(flow);
            effectRows.put(flow.index(), euroRows);
            euroRows.forEach((v, r) -> byFinancier.get(flow.financier()).get(v).add(r));
            euroRows.forEach((v, r) -> byDomain.computeIfAbsent(flow.domain(), d -> emptyPerVariant()).get(v).add(r));
        }
        List<CapacityRows> capacity = capacity();

        section("Totalen per financier");
        Map<String, Map<Variant, Integer>> financierRows = new LinkedHashMap<>();
        Map<Variant, List<Integer>> allFinanciers = emptyPerVariant();
        for (Map.Entry<String, Map<Variant, List<Integer>>> f : byFinancier.entrySet()) {
            if (f.getValue().get(Variant.EXPECTED).isEmpty()) {
                continue; // no effect for this financier: its subtotal would be zero
            }
            List<EffectResult> paid = result.effects().stream().filter(e -> e.financier().equals(f.getKey())).toList();
            Map<Variant, Integer> rows = sumRows(f.getKey(), f.getValue(), (v, year) -> sum(paid, v, year),
                    Styles.Role.FORMULA);
            rows.forEach((v, r) -> allFinanciers.get(v).add(r));
            financierRows.put(f.getKey(), rows);
        }
        Map<Variant, Integer> totalRows = sumRows("Totaal " + k.name(), allFinanciers,
                (v, year) -> sum(result.effects(), v, year), Styles.Role.TOTAL);
        w.widths(widths());
        // A long unit ("verwijzingen per 1.000 patiënten") wraps rather than widening the table;
        // "€ per mantelzorgers" does not.
        // A long figure name ("Kortere opnameduur en minder acute opnames – Zvw") stays on one line: a
        // wrapped name makes each of its three rows tall.
        w.print().noteColumn(cols.note()).lastColumn(cols.note()).cap(YearColumns.NAME, 50).cap(YearColumns.UNIT, 19);
        return new Rows(w.name(), totalRows, financierRows, byDomain, capacity, effectRows);
    }

    /** The sources the kernaanpak's own figures cite. */
    private static List<String> cited(Kernaanpak k) {
        List<Parameter> all = new ArrayList<>(k.parameters().values());
        for (Effect e : k.effects()) {
            all.addAll(e.amounts().values());
            if (e.correction() != null) {
                all.add(e.correction());
            }
        }
        return all.stream().filter(p -> p.provenance().kind() == nl.impact.model.Provenance.Kind.SOURCE)
                .map(p -> p.provenance().text()).toList();
    }

    /** A figure's provenance as its Toelichting gives it: without the source said above the table. */
    private String provenance(Parameter p) {
        return p.provenance().kind() == nl.impact.model.Provenance.Kind.SOURCE ? common.rest(p.provenance().text())
                : p.provenance().text();
    }

    /** The heading of a flow's effect, when it differs from the last one written; the effect's path. */
    private String effectHeading(Flow flow, String last) {
        if (flow.path().equals(last)) {
            return last;
        }
        Effect effect = result.kernaanpak().effects().stream().filter(e -> e.path().equals(flow.path())).findFirst()
                .orElseThrow();
        w.text(row, YearColumns.NAME, effect.name(), Styles.Text.BOLD);
        note(row, (effect.isLumpSum() ? "bedrag per jaar (geen volume)" : "per " + effect.per())
                + ", " + Labels.timing(effect.timing())
                + (effect.note() == null || effect.note().isBlank() ? "" : ". " + effect.note()));
        row++;
        return flow.path();
    }

    /**
     * The effects in hours, FTE or persons, computed like the euro effects but in their own section,
     * outside every euro total: the Capaciteit sheet adds them up per unit.
     */
    /**
     * Rows adding up {@code rows} per variant, year by year: one row for all variants when every row
     * added stands for all of them, else one per variant.
     */
    private Map<Variant, Integer> sumRows(String label, Map<Variant, List<Integer>> rows,
            java.util.function.BiFunction<Variant, Integer, BigDecimal> expected, Styles.Role role) {
        Map<Variant, Integer> sums = new EnumMap<>(Variant.class);
        if (rows.get(Variant.MIN).equals(rows.get(Variant.EXPECTED)) && rows.get(Variant.MAX).equals(rows.get(Variant.EXPECTED))) {
            yearRows.sumRow(row, label, null, rows.get(Variant.EXPECTED), y -> expected.apply(Variant.EXPECTED, y), role);
            forAll(sums, row++);
            return sums;
        }
        for (Variant v : Variant.values()) {
            yearRows.sumRow(row, label, v, rows.get(v), y -> expected.apply(v, y), role);
            sums.put(v, row++);
        }
        return sums;
    }

    /** Every variant's row is {@code r}. */
    private static Map<Variant, Integer> forAll(Map<Variant, Integer> rows, int r) {
        for (Variant v : Variant.values()) {
            rows.put(v, r);
        }
        return rows;
    }

    /** The variants a figure takes rows for: all three, or the expected one's row standing for each. */
    private static List<Variant> variants(boolean uniform) {
        return uniform ? List.of(Variant.EXPECTED) : List.of(Variant.values());
    }

    /**
     * Finds the names that are the same in every variant by construction, in evaluation order: a
     * typed-in parameter equal in all three variants (a shared one when its sheet gives it one row), a
     * name summed over the areas when its sums are equal, a formula over such names only.
     */
    private void uniformNames() {
        for (CalculationPlan.Node node : result.plan().nodes()) {
            String key = node.name().toLowerCase(Locale.ROOT);
            boolean same;
            if (plan.isColumn(node)) {
                same = false;
            } else if (perArea && plan.summed(scope).contains(node.name())) {
                same = sameInEveryVariant((v, y) -> value(node.name(), v, y));
            } else if (node.origin() == CalculationPlan.Origin.SHARED_PARAMETER && !node.parameter().isFormula()) {
                same = names.isUniform(node.name());
            } else if (node.formula() != null) {
                same = node.formula().names().stream().allMatch(n -> uniform.contains(n.toLowerCase(Locale.ROOT)));
            } else {
                same = node.parameter() != null && sameInEveryVariant((v, y) -> node.parameter().values().get(v).at(y));
            }
            if (same) {
                uniform.add(key);
            }
        }
    }

    private boolean isUniform(String name) {
        return uniform.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A factor the same in every variant: a name that is, or a figure typed in equal or computed from such names. */
    private boolean isUniform(Factor factor) {
        if (factor == null) {
            return true;
        }
        if (factor instanceof Factor.Name name) {
            return isUniform(name.name());
        }
        if (factor instanceof Factor.Figure figure) {
            return figure.isFormula()
                    ? figure.formula().names().stream().allMatch(this::isUniform)
                    : sameInEveryVariant((v, y) -> figure.parameter().values().get(v).at(y));
        }
        return false;
    }

    /** A flow the same in every variant: each factor is (in an area scenario: its computed values are). */
    private boolean isUniform(Flow flow, FlowValues computed) {
        if (perArea) {
            return sameInEveryVariant((v, y) -> computed.cases().get(v).at(y))
                    && sameInEveryVariant((v, y) -> computed.euros().get(v).at(y), years.effectsUntil());
        }
        return isUniform(flow.volume()) && isUniform(flow.amount()) && isUniform(flow.correction());
    }

    private boolean sameInEveryVariant(java.util.function.BiFunction<Variant, Integer, BigDecimal> value) {
        return sameInEveryVariant(value, years.last());
    }

    private boolean sameInEveryVariant(java.util.function.BiFunction<Variant, Integer, BigDecimal> value, int last) {
        for (int y = years.first(); y <= last; y++) {
            BigDecimal expected = value.apply(Variant.EXPECTED, y);
            if (value.apply(Variant.MIN, y).compareTo(expected) != 0 || value.apply(Variant.MAX, y).compareTo(expected) != 0) {
                return false;
            }
        }
        return true;
    }

    private List<CapacityRows> capacity() {
        List<CapacityRows> capacity = new ArrayList<>();
        List<Flow> flows = plan.effects(scope).stream().filter(f -> f.kind() == Flow.Kind.CAPACITY).toList();
        if (flows.isEmpty()) {
            return capacity;
        }
        section("Berekening: capaciteit in uren, fte en personen (buiten de euro's)");
        int next = 0;
        String heading = null;
        for (Flow flow : flows) {
            heading = effectHeading(flow, heading);
            CapacityResult c = result.capacity().get(next++);
            capacity.add(new CapacityRows(c, effect(flow)));
        }
        return capacity;
    }

    /**
     * A figure's Toelichting: printed short beside it ({@link ShortNote}), whole in the unprinted
     * column right of it when that is shorter.
     */
    private void note(int at, String text) {
        String printed = ShortNote.of(text);
        w.text(at, cols.note(), printed, Styles.Text.PLAIN);
        if (!printed.equals(text)) {
            w.text(at, cols.note() + 1, text, Styles.Text.PLAIN);
        }
    }

    private void section(String title) {
        // No blank row above: the band marks the section, and a blank row would cost the sheet its one page.
        for (int c = 0; c <= cols.note(); c++) {
            w.text(row, c, c == 0 ? title : "", w.styles().section());
        }
        row++;
    }

    /**
     * Three rows, one per variant: typed-in values, or a formula for a derived parameter.
     *
     * @param name the name formulas refer to it by, or null for an effect's amount or correction
     * @param rangeKey the middle of its named ranges, {@code <kernaanpak>_<rangeKey>_<variant>}
     */
    private void parameter(String label, String unit, Parameter p, FormulaExpression formula,
            BiFunction<Variant, Integer, BigDecimal> expected, String name, String rangeKey, boolean same) {
        Styles.Format format = Styles.Format.of(p.kind());
        boolean assumed = p.provenance().isAssumed();
        sources.add(new SourceList.Entry(result.kernaanpak().name(), label, unit, p.provenance(), p.path(), w.name(), row));
        Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
        for (Variant v : variants(same)) {
            labels(label, same ? null : v, unit);
            w.text(row, YearColumns.PROVENANCE, Labels.provenance(p.provenance().kind()),
                    assumed ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
            String note = (formula == null ? "" : "formule: " + formula.text() + ". ") + provenance(p);
            if (v == variants(same).get(0) && !note.isEmpty()) {
                note(row, note);
            }
            for (int y = years.first(); y <= years.last(); y++) {
                if (formula == null) {
                    BigDecimal value = p.values().get(v).at(y);
                    w.input(row, cols.column(y), value, Styles.Format.of(format, value));
                } else {
                    BigDecimal value = expected.apply(v, y);
                    formulaCell(row, y, v, formula, value, Styles.Format.of(format, value));
                }
            }
            rows.put(v, row);
            row++;
        }
        if (same) {
            forAll(rows, rows.get(Variant.EXPECTED));
        }
        for (Variant v : Variant.values()) {
            if (name != null) {
                names.put(name, w.name(), v, rows.get(v));
            }
            if (formula == null) {
                // Every variant keeps its name; for a figure the same in every variant they name one row.
                ranges.define(result.kernaanpak().id() + "_" + rangeKey + "_" + Labels.variant(v),
                        SheetNames.quoted(w.name()) + "!" + absolute(rows.get(v), cols.column(years.first())) + ":"
                        + absolute(rows.get(v), cols.lastPlanColumn()));
            }
        }
        parameterRows.put(p.path(), rows);
    }

    /**
     * A formula over names, written once every name has its cell: inputs stand above the
     * quantities, yet a derived input or an effect's amount may use a quantity.
     */
    private void formulaCell(int r, int year, Variant v, FormulaExpression formula, BigDecimal expected,
            Styles.Format format) {
        pendingFormulas.add(() -> w.formula(r, cols.column(year),
                ExcelFormula.translate(formula.syntaxTree(), names.at(w.name(), v, year)), expected,
                Styles.Role.FORMULA, format));
    }

    private void quantity(CalculationPlan.Node node) {
        Styles.Format format = unitFormat(node.unit());
        boolean same = isUniform(node.name());
        for (Variant v : variants(same)) {
            labels(node.name(), same ? null : v, node.unit());
            if (v == variants(same).get(0)) {
                note(row, "formule: " + node.formula().text()
                        + (node.description() == null || node.description().isBlank() ? "" : ". " + node.description()));
            }
            for (int y = years.first(); y <= years.last(); y++) {
                formulaCell(row, y, v, node.formula(), value(node.name(), v, y), format);
            }
            for (Variant each : same ? List.of(Variant.values()) : List.of(v)) {
                names.put(node.name(), w.name(), each, row);
            }
            row++;
        }
    }

    /**
     * One flow: per variant the euros of the cases starting in each plan year (volume x amount x
     * correction, as the plan multiplies them; in a scenario with an area table their total over the
     * areas, as computed), then the euros falling in each effect year: the sum of the start years
     * whose timing reaches that year.
     */
    private Map<Variant, Integer> effect(Flow flow) {
        String unit = flow.unit().label();
        Styles.Format format = flow.unit().isEuro() ? Styles.Format.EURO : Styles.Format.NUMBER;
        FlowValues computed = run.flow(flow);
        boolean same = isUniform(flow, computed);
        Map<Variant, Integer> cohortRows = new EnumMap<>(Variant.class);
        if (perArea) {
            // Computed per area: the sums per start year, from which the effect years are added up.
            for (Variant v : variants(same)) {
                labels(flow.domain() + ": per startjaar, som over de gebieden", same ? null : v, unit);
                for (int s = years.first(); s <= years.last(); s++) {
                    w.computed(row, cols.column(s), computed.cases().get(v).at(s), format);
                }
                cohortRows.put(v, row++);
            }
        }
        Map<Variant, Integer> euroRows = new EnumMap<>(Variant.class);
        for (Variant v : variants(same)) {
            // Under the effect's heading: its domain and who gains (or pays).
            labels(flow.domain() + " (" + flow.financier() + ")", same ? null : v, unit);
            for (int y = years.first(); y <= years.effectsUntil(); y++) {
                int from = Math.max(years.first(), y - flow.timing().offset() - flow.timing().years() + 1);
                int to = Math.min(years.last(), y - flow.timing().offset());
                String formula;
                if (from > to) {
                    formula = "0";
                } else if (perArea) {
                    formula = "SUM(" + SheetWriter.local(cohortRows.get(v), cols.column(from)) + ":"
                            + SheetWriter.local(cohortRows.get(v), cols.column(to)) + ")";
                } else {
                    // The cases starting in each year whose timing reaches this one: volume x amount (x correction).
                    List<String> terms = new ArrayList<>();
                    for (int s = from; s <= to; s++) {
                        terms.add("(" + product(flow, v, s) + ")");
                    }
                    formula = String.join("+", terms);
                }
                w.formula(row, cols.column(y), formula, computed.euros().get(v).at(y), Styles.Role.FORMULA, format);
            }
            if (flow.unit().isEuro()) {
                totalCell(row, computed.euros().get(v).total(), Styles.Role.FORMULA); // FTE or persons do not add up over years
            }
            euroRows.put(v, row);
            row++;
        }
        if (same) {
            forAll(euroRows, euroRows.get(Variant.EXPECTED));
        }
        return euroRows;
    }

    /** A flow's value for cases starting in {@code year}: its factors' cells multiplied as the plan multiplies them. */
    private String product(Flow flow, Variant v, int year) {
        String formula = cell(flow.amount(), v, year);
        if (flow.volume() != null) {
            formula = cell(flow.volume(), v, year) + "*" + formula;
        }
        if (flow.correction() != null) {
            formula = "(" + formula + ")*" + cell(flow.correction(), v, year);
        }
        return formula;
    }

    /** The cell of a factor: a name's, or a figure's row on this sheet. */
    private String cell(Factor factor, Variant v, int year) {
        if (factor instanceof Factor.Name name) {
            return names.at(w.name(), v, year).cell(name.name());
        }
        return SheetWriter.local(parameterRows.get(((Factor.Figure) factor).parameter().path()).get(v), cols.column(year));
    }

    /** A name added up over the areas where the kernaanpak runs, as computed; formulas elsewhere may use it. */
    private void summedQuantity(String name) {
        CalculationPlan.Node node = result.plan().nodes().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow();
        Styles.Format format = unitFormat(node.unit());
        boolean same = isUniform(name);
        for (Variant v : variants(same)) {
            labels(node.name(), same ? null : v, node.unit());
            if (v == variants(same).get(0)) {
                note(row, "som over de " + scenario.areas().areas().size()
                        + " gebieden, per gebied berekend waar de kernaanpak loopt"
                        + (node.description() == null || node.description().isBlank() ? "" : ". " + node.description()));
            }
            for (int y = years.first(); y <= years.last(); y++) {
                w.computed(row, cols.column(y), value(name, v, y), format);
            }
            for (Variant each : same ? List.of(Variant.values()) : List.of(v)) {
                names.put(node.name(), w.name(), each, row);
            }
            row++;
        }
    }

    private void totalCell(int r, BigDecimal expected, Styles.Role role) {
        yearRows.total(r, expected, role);
    }

    private void labels(String label, Variant v, String unit) {
        yearRows.labels(row, label, v, unit);
    }

    private BigDecimal value(String name, Variant v, int year) {
        return result.values().get(v).get(name).at(year);
    }

    /** An effect's amount or correction for cases starting in {@code year}, as the engine computes it. */
    private BigDecimal effectParameter(Parameter p, Variant v, int year) {
        return result.effectParameter(p, v, year);
    }

    private static BigDecimal sum(List<EffectResult> effects, Variant v, int year) {
        return effects.stream().map(e -> e.values().get(v).at(year)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String unitOf(String name) {
        return result.plan().nodes().stream().filter(n -> n.name().equalsIgnoreCase(name)).map(CalculationPlan.Node::unit)
                .findFirst().orElse(name);
    }

    private static Styles.Format unitFormat(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        return u.equals("euro") || u.equals("€") ? Styles.Format.EURO : Styles.Format.NUMBER;
    }

    private static Map<Variant, List<Integer>> emptyPerVariant() {
        Map<Variant, List<Integer>> map = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            map.put(v, new ArrayList<>());
        }
        return map;
    }

    private static String absolute(int r, int c) {
        return new org.apache.poi.ss.util.CellReference(r, c, true, true).formatAsString();
    }

    private List<Integer> widths() {
        // Narrow to start with: the page layout widens each column to what it holds.
        List<Integer> widths = new ArrayList<>(List.of(40, 8, 10, 8));
        for (int y = years.first(); y <= years.effectsUntil(); y++) {
            widths.add(9);
        }
        widths.add(10);
        widths.add(60);
        widths.add(60);
        return widths;
    }
}
