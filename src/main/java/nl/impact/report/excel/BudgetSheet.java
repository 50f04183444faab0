package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import nl.impact.calc.CalculationPlan;
import nl.impact.calc.formula.FormulaExpression;
import nl.impact.engine.BudgetLineResult;
import nl.impact.engine.Investment;
import nl.impact.engine.Totals;
import nl.impact.engine.KernaanpakResult;
import nl.impact.engine.RunResult;
import nl.impact.model.BudgetCategory;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Parameter;
import nl.impact.model.Provenance;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import org.apache.poi.ss.util.CellReference;

/**
 * {@code Begroting}: every budget line per variant and plan year: its amount, or its quantity
 * times its tariff (a formula), the part each financier pays (cost x share, a formula), and below
 * the lines the subtotals per kernaanpak, per category and per financier and the total, all
 * formulas. Used in bijlage 2 and, so that the net business case is live, in bijlage 1 too.
 */
final class BudgetSheet {

    static final String NAME = "Begroting";

    /**
     * Where a line's quantity comes from when the line names one of its kernaanpak's quantities:
     * the cells of that kernaanpak in this workbook, or none (the value is then written as given).
     */
    interface Quantities {
        Optional<NameCells> of(String kernaanpak);
    }

    /** The subtotal rows, per key (kernaanpak id, category key, financier) and variant, and the total. */
    record Rows(String sheet, Map<String, Map<Variant, Integer>> kernaanpakken,
            Map<String, Map<Variant, Integer>> financiers, Map<Variant, Integer> total) {
    }

    private final SheetWriter w;
    private final RunResult result;
    private final Quantities quantities;
    private final RangeNames ranges;
    private final SourceList sources;
    private final YearRange years;
    private final YearColumns cols;
    private final YearRows yearRows;
    private int row;
    private Map<String, KernaanpakResult> kernaanpakById;
    private int headerRow;
    /** The line being written is the same in every variant: each of its figures takes one row. */
    private boolean once;

    /** The variant column of a row that stands for all three variants. */
    static final String ALL_VARIANTS = "alle varianten";

    BudgetSheet(SheetWriter w, RunResult result, Quantities quantities, RangeNames ranges, SourceList sources) {
        this.w = w;
        this.result = result;
        this.quantities = quantities;
        this.ranges = ranges;
        this.sources = sources;
        YearRange all = result.scenario().years();
        // The budget falls in the plan years only.
        this.years = new YearRange(all.first(), all.last(), all.last());
        this.cols = new YearColumns(years);
        this.yearRows = new YearRows(w, cols, years.first(), years.last());
    }

    private record LineRows(BudgetLineResult line, Map<Variant, Integer> cost,
            Map<String, Map<Variant, Integer>> parts) {
    }

    Rows write() {
        w.text(row++, 0, "Begroting: " + result.scenario().name(), w.styles().title());
        w.text(row++, 0, "Investeringen per begrotingspost, variant en jaar in euro's (kosten positief),"
                + " onverdisconteerd. Invoer in blauw op geel; aantal x tarief en elk subtotaal zijn formules."
                + " Een post die in elke variant gelijk is, staat in één rij per regel: variant \"" + ALL_VARIANTS
                + "\"; de subtotalen per variant tellen die rij mee.",
                Styles.Text.NOTE);
        row++;
        int header = row++;
        Headers.yearHeader(w, header, cols, "Post", "Toelichting");
        headerRow = header;
        Sheets.finish(w.sheet(), header, 2);

        List<LineRows> lines = new ArrayList<>();
        section("Begrotingsposten");
        for (BudgetLineResult line : result.budget()) {
            lines.add(line(line));
        }

        section("Subtotalen per kernaanpak");
        Map<String, String> kernaanpakken = new LinkedHashMap<>();
        result.scenario().kernaanpakken().forEach(k -> kernaanpakken.put(k.id(), k.name()));
        if (result.budget().stream().anyMatch(b -> b.line().isProgrammeWide())) {
            kernaanpakken.put(BudgetLine.PROGRAMME, "Programma (programmabreed)");
        }
        Map<String, Map<Variant, Integer>> byKernaanpak = new LinkedHashMap<>();
        Map<String, List<LineRows>> linesByKernaanpak = Totals.byKey(lines, l -> l.line().line().kernaanpak());
        kernaanpakken.forEach((id, name) -> byKernaanpak.put(id,
                subtotal(name, linesByKernaanpak.getOrDefault(id, List.of()), l -> true)));

        section("Subtotalen per categorie");
        for (BudgetCategory category : BudgetCategory.values()) {
            if (result.budget().stream().anyMatch(b -> b.line().category() == category)) {
                subtotal(category(category), lines, l -> l.line().line().category() == category);
            }
        }

        section("Subtotalen per financier");
        Map<String, Map<Variant, Integer>> byFinancier = new LinkedHashMap<>();
        for (String financier : result.scenario().allFinanciers()) {
            Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
            for (Variant v : Variant.values()) {
                List<Integer> parts = lines.stream().filter(l -> l.parts().containsKey(financier))
                        .map(l -> l.parts().get(financier).get(v)).toList();
                rows.put(v, sumRow(financier, v, parts, y -> invested(i -> i.financier().equals(financier), v, y),
                        Styles.Role.FORMULA));
            }
            byFinancier.put(financier, rows);
        }

        section("Totaal");
        Map<Variant, Integer> total = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            total.put(v, sumRow("Totaal begroting", v, lines.stream().map(l -> l.cost().get(v)).toList(),
                    y -> invested(i -> true, v, y), Styles.Role.TOTAL));
        }
        List<Integer> widths = new ArrayList<>(List.of(40, 10, 14, 10));
        for (int y = years.first(); y <= years.last(); y++) {
            widths.add(13);
        }
        widths.add(14);
        widths.add(60);
        w.widths(widths);
        return new Rows(w.name(), byKernaanpak, byFinancier, total);
    }

    private LineRows line(BudgetLineResult computed) {
        BudgetLine line = computed.line();
        once = SameInEveryVariant.test(computed, years, copiedQuantity(line));
        w.text(row, YearColumns.NAME, line.post(), Styles.Text.BOLD);
        w.text(row, YearColumns.PROVENANCE, Labels.provenance(computed.provenance()),
                isAssumed(computed.provenance()) ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
        w.text(row, cols.note(), "post " + line.id() + ", " + kernaanpakName(line.kernaanpak()) + ", categorie "
                + category(line.category()) + (line.note() == null || line.note().isBlank() ? "" : ". " + line.note())
                + (once ? ". Gelijk in alle varianten: één rij per regel" : ""),
                Styles.Text.PLAIN);
        row++;
        NameCells cells = computed.plan() == null ? null : formulaInputs(computed);
        Map<Variant, Integer> cost;
        if (line.cost() instanceof BudgetCost.Amount amount) {
            cost = figure(line.post() + " – bedrag", "bedrag", amount.amount(), computed, cells);
            totals(cost, computed.total());
        } else {
            BudgetCost.PerUnit perUnit = (BudgetCost.PerUnit) line.cost();
            Map<Variant, Integer> quantity = perUnit.quantity() instanceof BudgetCost.GivenQuantity given
                    && given.parameter().isFormula()
                    ? figure(line.post() + " – aantal", "aantal", given.parameter(), computed, cells)
                    : quantity(line, perUnit.quantity());
            Map<Variant, Integer> tariff = figure(line.post() + " – tarief", "tarief", perUnit.tariff(), computed, cells);
            cost = new EnumMap<>(Variant.class);
            for (Variant v : variants()) {
                labels(line.post() + " – kosten (aantal x tarief)", v, "€");
                for (int y = years.first(); y <= years.last(); y++) {
                    int c = cols.column(y);
                    w.formula(row, c, "(" + SheetWriter.local(quantity.get(v), c) + "*" + SheetWriter.local(tariff.get(v), c)
                            + ")", computed.total().get(v).at(y), Styles.Role.FORMULA, Styles.Format.EURO);
                }
                total(row, computed.total().get(v).total(), Styles.Role.FORMULA);
                cost.put(v, row++);
            }
            forAll(cost);
        }
        Map<String, Map<Variant, Integer>> parts = new LinkedHashMap<>();
        Map<String, Map<Variant, Integer>> shareRows = new LinkedHashMap<>();
        for (Map.Entry<String, Parameter> share : line.split().entrySet()) {
            shareRows.put(share.getKey(), input(line.post() + " – aandeel " + share.getKey(), "aandeel_" + share.getKey(),
                    share.getValue(), line));
        }
        for (Investment part : computed.investments()) {
            Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
            for (Variant v : variants()) {
                labels(line.post() + " – betaald door " + part.financier(), v, "€");
                for (int y = years.first(); y <= years.last(); y++) {
                    int c = cols.column(y);
                    String formula = shareRows.containsKey(part.financier())
                            ? "(" + SheetWriter.local(cost.get(v), c) + "*"
                                    + SheetWriter.local(shareRows.get(part.financier()).get(v), c) + ")"
                            : SheetWriter.local(cost.get(v), c);
                    w.formula(row, c, formula, part.values().get(v).at(y), Styles.Role.FORMULA, Styles.Format.EURO);
                }
                total(row, part.values().get(v).total(), Styles.Role.FORMULA);
                rows.put(v, row++);
            }
            parts.put(part.financier(), forAll(rows));
        }
        once = false;
        return new LineRows(computed, cost, parts);
    }

    /**
     * The inputs of a line whose figures are formulas, in evaluation order: the line's own
     * parameters (typed in, or formulas over each other), and the names it takes from its kernaanpak
     * or the shared parameters: in bijlage 1 their cells on the kernaanpak's sheet, in bijlage 2
     * copied here. Returns where every name the figures use lives.
     */
    private NameCells formulaInputs(BudgetLineResult computed) {
        BudgetLine line = computed.line();
        NameCells cells = quantities.of(line.kernaanpak()).map(NameCells::copy).orElseGet(() -> new NameCells(cols));
        cells.header(w.name(), headerRow);
        Map<String, CalculationPlan.Node> byName = new LinkedHashMap<>();
        computed.plan().nodes().forEach(n -> byName.put(n.name(), n));
        java.util.Set<String> needed = new java.util.HashSet<>();
        for (Parameter figure : line.formulaFigures()) {
            need(byName.get(nl.impact.calc.BudgetLinePlan.figureName(figure)), byName, line, needed);
        }
        for (CalculationPlan.Node node : computed.plan().nodes()) {
            if (!needed.contains(node.name()) || cells.has(node.name())) {
                continue;
            }
            if (ownedBy(node, line)) {
                Map<Variant, Integer> rows = node.formula() == null
                        ? input(line.post() + " – " + node.name(), node.name(), node.parameter(), line)
                        : formulaRows(line.post() + " – " + node.name(), node.name(), node.parameter(), computed, cells);
                rows.forEach((v, r) -> cells.put(node.name(), w.name(), v, r));
            } else {
                copied(node, computed, cells);
            }
        }
        return cells;
    }

    /** The names a figure needs cells for: through the line's own formulas, stopping at names it takes over. */
    private static void need(CalculationPlan.Node node, Map<String, CalculationPlan.Node> byName, BudgetLine line,
            java.util.Set<String> needed) {
        if (node == null || !needed.add(node.name()) || node.formula() == null || !ownedBy(node, line)) {
            return;
        }
        node.formula().names().forEach(n -> need(byName.get(n), byName, line, needed));
    }

    /** True for a name the line defines itself (its parameters and formula figures). */
    private static boolean ownedBy(CalculationPlan.Node node, BudgetLine line) {
        return node.path().startsWith(line.path() + ".");
    }

    /** A name of the kernaanpak or a shared parameter, copied as the engine computes it. */
    private void copied(CalculationPlan.Node node, BudgetLineResult computed, NameCells cells) {
        Provenance provenance = node.parameter() != null && !node.parameter().isFormula()
                ? node.parameter().provenance()
                : new Provenance(Provenance.Kind.DERIVED, "berekend: " + (node.formula() == null ? node.name()
                        : node.formula().text()));
        String label = computed.line().post() + " – " + node.name();
        sources.add(new SourceList.Entry(kernaanpakName(computed.line().kernaanpak()), label, node.unit(), provenance,
                node.path(), w.name(), row));
        for (Variant v : Variant.values()) {
            labels(label, v, node.unit());
            w.text(row, YearColumns.PROVENANCE, Labels.provenance(provenance.kind()),
                    provenance.isAssumed() ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
            if (v == Variant.MIN) {
                w.text(row, cols.note(), node.name() + " zoals bijlage 1 die berekent (hier overgenomen)",
                        Styles.Text.PLAIN);
            }
            for (int y = years.first(); y <= years.last(); y++) {
                w.input(row, cols.column(y), computed.value(node.name(), v, y), Styles.Format.NUMBER);
            }
            cells.put(node.name(), w.name(), v, row);
            row++;
        }
    }

    /** A figure of the line: typed in, or a live formula over the line's inputs. */
    private Map<Variant, Integer> figure(String label, String key, Parameter p, BudgetLineResult computed,
            NameCells cells) {
        if (!p.isFormula()) {
            return input(label, key, p, computed.line());
        }
        return formulaRows(label + " (formule)", nl.impact.calc.BudgetLinePlan.figureName(p), p, computed, cells);
    }

    /** Three rows, one per variant, each year a formula translated from the engine's. */
    private Map<Variant, Integer> formulaRows(String label, String name, Parameter p, BudgetLineResult computed,
            NameCells cells) {
        FormulaExpression formula = computed.plan().nodes().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow().formula();
        sources.add(new SourceList.Entry(kernaanpakName(computed.line().kernaanpak()), label, p.unit(), p.provenance(),
                p.path(), w.name(), row));
        Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            rowLabels(label, v, p, "formule: " + formula.text() + ". " + p.provenance().text());
            for (int y = years.first(); y <= years.last(); y++) {
                w.formula(row, cols.column(y), ExcelFormula.translate(formula.syntaxTree(), cells.at(w.name(), v, y)),
                        computed.value(name, v, y), Styles.Role.FORMULA, Styles.Format.of(p.kind()));
            }
            rows.put(v, row++);
        }
        return rows;
    }

    /** The label, variant, unit and provenance of a figure's row, and on the first row its note. */
    private void rowLabels(String label, Variant v, Parameter p, String note) {
        labels(label, v, p.unit());
        w.text(row, YearColumns.PROVENANCE, Labels.provenance(p.provenance().kind()),
                p.provenance().isAssumed() ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
        if (v == variants().get(0)) {
            w.text(row, cols.note(), note, Styles.Text.PLAIN);
        }
    }

    /** The line's own cost rows hold typed-in amounts; give them their totals. */
    private void totals(Map<Variant, Integer> rows, nl.impact.model.Band<YearSeries> expected) {
        for (Variant v : variants()) {
            total(rows.get(v), expected.get(v).total(), Styles.Role.FORMULA);
        }
    }

    /** Three input rows, one per variant, each with a named range {@code begroting_<line>_<key>_<variant>}. */
    private Map<Variant, Integer> input(String label, String key, Parameter p, BudgetLine line) {
        sources.add(new SourceList.Entry(kernaanpakName(line.kernaanpak()), label, p.unit(), p.provenance(), p.path(),
                w.name(), row));
        Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
        for (Variant v : variants()) {
            rowLabels(label, v, p, p.provenance().text());
            for (int y = years.first(); y <= years.last(); y++) {
                w.input(row, cols.column(y), p.values().get(v).at(y), Styles.Format.of(p.kind()));
            }
            rows.put(v, row++);
        }
        // Every variant keeps its name; on a line that is the same in every variant they name one row.
        forAll(rows).forEach((v, r) -> ranges.define("begroting_" + line.id() + "_" + key + "_" + Labels.variant(v),
                SheetNames.quoted(w.name()) + "!" + new CellReference(r, cols.column(years.first()), true, true)
                        .formatAsString() + ":" + new CellReference(r, cols.lastPlanColumn(), true, true).formatAsString()));
        return rows;
    }

    /**
     * The values of the kernaanpak quantity a line names, when this sheet copies them as numbers
     * (bijlage 2); null when it refers to the kernaanpak's cells or the line names none.
     */
    private java.util.function.BiFunction<Variant, Integer, BigDecimal> copiedQuantity(BudgetLine line) {
        if (!(line.cost() instanceof BudgetCost.PerUnit perUnit)
                || !(perUnit.quantity() instanceof BudgetCost.NamedQuantity named)
                || quantities.of(line.kernaanpak()).isPresent()) {
            return null;
        }
        KernaanpakResult kernaanpak = kernaanpakById().get(line.kernaanpak());
        return (v, y) -> kernaanpak.values().get(v).get(named.name()).at(y);
    }

    /** The quantity of a quantity x tariff line: its own input, or the kernaanpak's quantity it names. */
    private Map<Variant, Integer> quantity(BudgetLine line, BudgetCost.Quantity quantity) {
        if (quantity instanceof BudgetCost.GivenQuantity given) {
            return input(line.post() + " – aantal", "aantal", given.parameter(), line);
        }
        String name = ((BudgetCost.NamedQuantity) quantity).name();
        KernaanpakResult kernaanpak = kernaanpakById().get(line.kernaanpak());
        CalculationPlan.Node node = kernaanpak.plan().nodes().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow();
        Optional<NameCells> cells = quantities.of(line.kernaanpak());
        // A parameter keeps its provenance; a computed quantity is derived from the kernaanpak's figures.
        Provenance provenance = node.parameter() != null && !node.parameter().isFormula()
                ? node.parameter().provenance()
                : new Provenance(Provenance.Kind.DERIVED, "berekend door de kernaanpak: "
                        + (node.formula() == null ? name : node.formula().text()));
        String label = line.post() + " – aantal: " + name;
        if (cells.isEmpty()) {
            // Typed in here, so it is listed with the sources like every other input of this workbook.
            sources.add(new SourceList.Entry(kernaanpakName(line.kernaanpak()), label, node.unit(), provenance,
                    node.path(), w.name(), row));
        }
        Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
        for (Variant v : variants()) {
            labels(label, v, node.unit());
            w.text(row, YearColumns.PROVENANCE, Labels.provenance(provenance.kind()),
                    provenance.isAssumed() ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
            if (v == variants().get(0)) {
                w.text(row, cols.note(), cells.isPresent()
                        ? "de hoeveelheid " + name + " van " + kernaanpak.kernaanpak().name() + ", op het blad daarvan"
                        : "de hoeveelheid " + name + " van " + kernaanpak.kernaanpak().name()
                                + " zoals bijlage 1 die berekent (daar een formule; hier overgenomen)", Styles.Text.PLAIN);
            }
            for (int y = years.first(); y <= years.last(); y++) {
                BigDecimal value = kernaanpak.values().get(v).get(name).at(y);
                if (cells.isPresent()) {
                    w.formula(row, cols.column(y), cells.get().at(w.name(), v, y).cell(name), value, Styles.Role.FORMULA,
                            Styles.Format.NUMBER);
                } else {
                    w.input(row, cols.column(y), value, Styles.Format.NUMBER);
                }
            }
            rows.put(v, row++);
        }
        return forAll(rows);
    }

    private Map<Variant, Integer> subtotal(String label, List<LineRows> lines, Predicate<LineRows> which) {
        List<LineRows> selected = lines.stream().filter(which).toList();
        Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            rows.put(v, sumRow(label, v, selected.stream().map(l -> l.cost().get(v)).toList(),
                    y -> selected.stream().map(l -> l.line().total().get(v).at(y)).reduce(BigDecimal.ZERO, BigDecimal::add),
                    Styles.Role.FORMULA));
        }
        return rows;
    }

    private int sumRow(String label, Variant v, List<Integer> rows, java.util.function.IntFunction<BigDecimal> expected,
            Styles.Role role) {
        yearRows.sumRow(row, label, v, rows, expected, role);
        return row++;
    }

    private BigDecimal invested(Predicate<Investment> which, Variant v, int year) {
        return result.investments().filter(which).map(i -> i.values().get(v).at(year))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void total(int r, BigDecimal expected, Styles.Role role) {
        yearRows.total(r, expected, role);
    }

    private void section(String title) {
        row++;
        for (int c = 0; c <= cols.note(); c++) {
            w.text(row, c, c == 0 ? title : "", w.styles().section());
        }
        row++;
    }

    private void labels(String label, Variant v, String unit) {
        yearRows.labels(row, label, v, unit);
        if (once) {
            w.text(row, YearColumns.VARIANT, ALL_VARIANTS, Styles.Text.PLAIN);
        }
    }

    /** The variants the current line takes rows for: all three, or one row standing for each. */
    private List<Variant> variants() {
        return once ? List.of(Variant.EXPECTED) : List.of(Variant.values());
    }

    /** On a line that is the same in every variant, every variant refers to the one row written. */
    private Map<Variant, Integer> forAll(Map<Variant, Integer> rows) {
        if (once) {
            int only = rows.get(Variant.EXPECTED);
            for (Variant v : Variant.values()) {
                rows.put(v, only);
            }
        }
        return rows;
    }

    private String kernaanpakName(String id) {
        KernaanpakResult kernaanpak = kernaanpakById().get(id);
        return BudgetLine.PROGRAMME.equals(id) ? "Programma (programmabreed)"
                : kernaanpak == null ? id : kernaanpak.kernaanpak().name();
    }

    /** The kernaanpakken by id, made once: a budget line looks its kernaanpak up in constant time. */
    private Map<String, KernaanpakResult> kernaanpakById() {
        if (kernaanpakById == null) {
            kernaanpakById = new HashMap<>();
            result.kernaanpakken().forEach(k -> kernaanpakById.put(k.kernaanpak().id(), k));
        }
        return kernaanpakById;
    }

    private static boolean isAssumed(Provenance.Kind kind) {
        return kind == Provenance.Kind.ASSUMPTION || kind == Provenance.Kind.PLACEHOLDER
                || kind == Provenance.Kind.OVERRIDE;
    }

    static String category(BudgetCategory category) {
        return switch (category) {
            case PERSONNEL -> "Personeel";
            case MATERIAL -> "Materieel";
            case ICT -> "ICT";
            case RESEARCH -> "Onderzoek en evaluatie";
            case MAATWERKBUDGET -> "Maatwerkbudget";
            case COMMUNICATION -> "Communicatie";
            case TRAINING -> "Opleiding";
            case OTHER -> "Overig";
        };
    }
}
