package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** The criteria columns the subtotals read: a cost row's category, a part's financier. */
    private final int categoryColumn;
    private final int financierColumn;
    private final int noteColumn;
    /**
     * Each financier's number, in the order of their subtotals: the criterion by which a subtotal
     * finds its parts. A number, not the name: a spreadsheet compares texts ignoring case and reads
     * {@code * ? ~ <} in them as patterns, so two financiers' names could match each other's rows.
     */
    private final Map<String, Integer> financierNumbers = new LinkedHashMap<>();
    private int row;
    private Map<String, KernaanpakResult> kernaanpakById;
    private int headerRow;
    /** The line being written is the same in every variant: each of its figures takes one row. */
    private boolean once;
    /** The post of the line being written, or null: its rows stand under it. */
    private String post;
    /** The lines written so, by id: a subtotal of such lines only takes one row too. */
    private final java.util.Set<String> onceLines = new java.util.HashSet<>();

    /** The variant column of a row that stands for all three variants. */
    static final String ALL_VARIANTS = Labels.ALL_VARIANTS;

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
        // The criteria columns stand right of the Toelichting: on screen, but not printed.
        this.noteColumn = cols.note();
        this.categoryColumn = noteColumn + 1;
        this.financierColumn = categoryColumn + 1;
        result.scenario().allFinanciers().forEach(f -> financierNumbers.put(f, financierNumbers.size() + 1));
    }

    Rows write() {
        w.text(row++, 0, "Begroting: " + result.scenario().name(), w.styles().title());
        w.text(row++, 0, "Investeringen per begrotingspost, variant en jaar in euro's (kosten positief),"
                + " onverdisconteerd. Invoer in blauw op geel; aantal x tarief en elk subtotaal zijn formules."
                + " Een post die in elke variant gelijk is, staat in één rij per regel: variant \"" + ALL_VARIANTS
                + "\"; de subtotalen per variant tellen die rij mee. De subtotalen tellen de kostenrijen op naar"
                + " hun categorie en de delen per financier naar het nummer van de financier (SOMMEN.ALS over de"
                + " kolommen Categorie en Financier nr. rechts van de Toelichting, die niet worden afgedrukt).",
                Styles.Text.NOTE);
        row++;
        int header = row++;
        Headers.yearHeader(w, header, cols, "Post", "Toelichting");
        w.text(header, categoryColumn, "Categorie", w.styles().header());
        w.text(header, financierColumn, "Financier nr.", w.styles().header());
        headerRow = header;
        Sheets.finish(w.sheet(), header, 2);

        // The lines in blocks per kernaanpak, in the order of their subtotals: each subtotal then
        // sums one block's range, so the subtotals together read every line once.
        Map<String, String> kernaanpakken = new LinkedHashMap<>();
        result.scenario().kernaanpakken().forEach(k -> kernaanpakken.put(k.id(), k.name()));
        if (result.budget().stream().anyMatch(b -> b.line().isProgrammeWide())) {
            kernaanpakken.put(BudgetLine.PROGRAMME, "Programma (programmabreed)");
        }
        Map<String, List<BudgetLineResult>> linesByKernaanpak = Totals.byKey(result.budget(),
                l -> l.line().kernaanpak());
        section("Begrotingsposten");
        int firstLine = row;
        Map<String, int[]> blocks = new LinkedHashMap<>();
        int written = 0;
        for (String id : kernaanpakken.keySet()) {
            int first = row;
            for (BudgetLineResult line : linesByKernaanpak.getOrDefault(id, List.of())) {
                if (line(line)) {
                    onceLines.add(line.line().id());
                }
                written++;
            }
            blocks.put(id, new int[] {first, row - 1});
        }
        int lastLine = row - 1;
        if (written != result.budget().size()) {
            // The reader admits only the scenario's kernaanpakken and the programme.
            throw new IllegalStateException("a budget line of an unknown kernaanpak");
        }

        section("Subtotalen per kernaanpak");
        Map<String, Map<Variant, Integer>> byKernaanpak = new LinkedHashMap<>();
        kernaanpakken.forEach((id, name) -> {
            int[] block = blocks.get(id);
            List<BudgetLineResult> lines = linesByKernaanpak.getOrDefault(id, List.of());
            byKernaanpak.put(id, subtotal(name, (v, c) -> costs(c, block[0], block[1], categoryColumn, "<>", v),
                    (v, y) -> cost(lines, v, y), allOnce(lines)));
        });

        section("Subtotalen per categorie");
        Map<BudgetCategory, List<BudgetLineResult>> byCategory = new EnumMap<>(BudgetCategory.class);
        result.budget().forEach(l -> byCategory.computeIfAbsent(l.line().category(), c -> new ArrayList<>()).add(l));
        List<Map<Variant, Integer>> categories = new ArrayList<>();
        byCategory.forEach((category, lines) -> {
            Map<Variant, Integer> rows = subtotal(category(category),
                    (v, c) -> costs(c, firstLine, lastLine, categoryColumn, category(category), v),
                    (v, y) -> cost(lines, v, y), allOnce(lines));
            // The criterion beside the subtotal, as the financiers' numbers are.
            rows.values().forEach(r -> w.text(r, categoryColumn, category(category), Styles.Text.PLAIN));
            categories.add(rows);
        });

        section("Subtotalen per financier");
        Map<String, Map<Variant, Integer>> byFinancier = new LinkedHashMap<>();
        Map<String, Map<Variant, YearSeries>> paid = paidByFinancier();
        financierNumbers.forEach((financier, number) -> {
            Map<Variant, YearSeries> expected = paid.get(financier);
            int first = row;
            byFinancier.put(financier, subtotal(financier,
                    (v, c) -> costs(c, firstLine, lastLine, financierColumn, Integer.toString(number), v),
                    (v, y) -> expected == null ? BigDecimal.ZERO : expected.get(v).at(y),
                    allOnce(result.budget().stream().filter(l -> l.investments().stream()
                            .anyMatch(i -> i.financier().equals(financier))).toList())));
            for (int r = first; r < row; r++) {
                financierNumber(r, number);
            }
        });

        section("Totaal");
        Map<Variant, Integer> total = new EnumMap<>(Variant.class);
        Map<Variant, YearSeries> all = paidInAll(paid);
        boolean allOnce = allOnce(result.budget());
        for (Variant v : allOnce ? List.of(Variant.EXPECTED) : List.of(Variant.values())) {
            // The sum of the subtotals per categorie: every line has one category.
            yearRows.sumRow(row, "Totaal begroting", allOnce ? null : v, c -> Formulas.plus(categories.stream()
                    .map(r -> SheetWriter.local(r.get(v), c)).toList()), y -> all.get(v).at(y), Styles.Role.TOTAL);
            total.put(v, row++);
        }
        if (allOnce) {
            for (Variant v : Variant.values()) {
                total.put(v, total.get(Variant.EXPECTED));
            }
        }
        // Narrow to start with: the page layout widens each column to what it holds.
        List<Integer> widths = new ArrayList<>(List.of(40, 8, 10, 8));
        for (int y = years.first(); y <= years.last(); y++) {
            widths.add(9);
        }
        widths.add(10);
        widths.add(60);
        widths.add(14);
        widths.add(10);
        w.widths(widths);
        w.print().lastColumn(noteColumn).noteColumn(noteColumn).cap(YearColumns.UNIT, 16);
        return new Rows(w.name(), byKernaanpak, byFinancier, total);
    }

    /**
     * The rows of one variant in column {@code column} between {@code firstRow} and {@code lastRow}
     * whose criteria column holds {@code criterion}: those of the variant and those standing for
     * all variants. Two SUMIFS over ranges: the formula's length does not grow with the lines.
     */
    private String costs(int column, int firstRow, int lastRow, int criteriaColumn, String criterion, Variant v) {
        if (lastRow < firstRow) {
            return "0";
        }
        return Formulas.sumIfs(column, firstRow, lastRow, criteria(criteriaColumn, criterion, Labels.variant(v)))
                + "+" + Formulas.sumIfs(column, firstRow, lastRow, criteria(criteriaColumn, criterion, ALL_VARIANTS));
    }

    /** A row's financier number, in the criteria column: a plain number (a part row's name also names its financier). */
    private void financierNumber(int r, Integer number) {
        if (number != null) {
            w.computed(r, financierColumn, BigDecimal.valueOf(number), Styles.Format.YEAR);
        }
    }

    private static Map<Integer, String> criteria(int column, String criterion, String variant) {
        Map<Integer, String> criteria = new LinkedHashMap<>();
        criteria.put(column, criterion);
        criteria.put(YearColumns.VARIANT, variant);
        return criteria;
    }

    /** The lines' cost in one variant and year, as the engine computed it. */
    private static BigDecimal cost(List<BudgetLineResult> lines, Variant v, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BudgetLineResult line : lines) {
            sum = sum.add(line.total().get(v).at(year));
        }
        return sum;
    }

    /** What each financier pays per variant over all lines, in one pass over the investments. */
    private Map<String, Map<Variant, YearSeries>> paidByFinancier() {
        Map<String, Map<Variant, YearSeries>> paid = new HashMap<>();
        result.investments().forEach(i -> {
            Map<Variant, YearSeries> sums = paid.computeIfAbsent(i.financier(), f -> new EnumMap<>(Variant.class));
            for (Variant v : Variant.values()) {
                sums.merge(v, i.values().get(v), YearSeries::plus);
            }
        });
        return paid;
    }

    private static Map<Variant, YearSeries> paidInAll(Map<String, Map<Variant, YearSeries>> paid) {
        Map<Variant, YearSeries> all = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            all.put(v, YearSeries.empty());
        }
        paid.values().forEach(sums -> sums.forEach((v, s) -> all.merge(v, s, YearSeries::plus)));
        return all;
    }

    /** Writes a line's rows; true when one row stands for every variant of each of its figures. */
    private boolean line(BudgetLineResult computed) {
        BudgetLine line = computed.line();
        once = SameInEveryVariant.test(computed, years, quantityValues(line));
        // One financier pays all: the cost rows are its part, no rows "betaald door" repeat them.
        String payer = line.split().isEmpty() && computed.investments().size() == 1
                ? computed.investments().get(0).financier() : null;
        w.text(row, YearColumns.NAME, line.post(), Styles.Text.BOLD);
        post = line.post();
        w.text(row, YearColumns.PROVENANCE, Labels.provenance(computed.provenance()),
                isAssumed(computed.provenance()) ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
        w.text(row, noteColumn, "post " + line.id() + ", " + kernaanpakName(line.kernaanpak()) + ", categorie "
                + category(line.category()) + (payer == null ? "" : ", betaald door " + payer)
                + (line.note() == null || line.note().isBlank() ? "" : ". " + line.note()),
                Styles.Text.PLAIN);
        row++;
        NameCells cells = computed.plan() == null ? null : formulaInputs(computed);
        Map<Variant, Integer> cost;
        if (computed.plan() == null && line.hasFormulas()) {
            // Computed per area from names that differ per area: the total over the areas, as computed.
            cost = new EnumMap<>(Variant.class);
            for (Variant v : variants()) {
                labels(line.post() + " – kosten (per gebied berekend, som over de gebieden)", v, "€");
                for (int y = years.first(); y <= years.last(); y++) {
                    w.computed(row, cols.column(y), computed.total().get(v).at(y), Styles.Format.EURO);
                }
                total(row, computed.total().get(v).total(), Styles.Role.FORMULA);
                cost.put(v, row++);
            }
            forAll(cost);
        } else if (line.cost() instanceof BudgetCost.Amount amount) {
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
        // The subtotals per kernaanpak and category find the line's cost rows by their category; when one
        // financier pays all, its subtotal finds them by its number.
        cost.values().stream().distinct().forEach(r -> {
            w.text(r, categoryColumn, category(line.category()), Styles.Text.PLAIN);
            if (payer != null) {
                financierNumber(r, financierNumbers.get(payer));
            }
        });
        boolean same = once;
        if (payer != null) {
            once = false;
            post = null;
            return same;
        }
        Map<String, Map<Variant, Integer>> shareRows = new LinkedHashMap<>();
        for (Map.Entry<String, Parameter> share : line.split().entrySet()) {
            shareRows.put(share.getKey(), input(line.post() + " – aandeel " + share.getKey(), "aandeel_" + share.getKey(),
                    share.getValue(), line));
        }
        for (Investment part : computed.investments()) {
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
                // The subtotal per financier finds the parts by their financier's number.
                financierNumber(row, financierNumbers.get(part.financier()));
                row++;
            }
        }
        once = false;
        post = null;
        return same;
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
                w.text(row, noteColumn, node.name() + " zoals bijlage 1 die berekent (hier overgenomen)",
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
                BigDecimal value = computed.value(name, v, y);
                w.formula(row, cols.column(y), ExcelFormula.translate(formula.syntaxTree(), cells.at(w.name(), v, y)),
                        value, Styles.Role.FORMULA, Styles.Format.of(Styles.Format.of(p.kind()), value));
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
            w.text(row, noteColumn, note, Styles.Text.PLAIN);
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
                BigDecimal value = p.values().get(v).at(y);
                w.input(row, cols.column(y), value, Styles.Format.of(Styles.Format.of(p.kind()), value));
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
     * The values of the kernaanpak quantity a line names, when one row of this sheet can stand for
     * every variant of it: copied as numbers (bijlage 2), or the kernaanpak's cells when one row there
     * stands for every variant (bijlage 1); null when its cells differ per variant or the line names none.
     */
    private java.util.function.BiFunction<Variant, Integer, BigDecimal> quantityValues(BudgetLine line) {
        if (!(line.cost() instanceof BudgetCost.PerUnit perUnit)
                || !(perUnit.quantity() instanceof BudgetCost.NamedQuantity named)
                || quantities.of(line.kernaanpak()).filter(cells -> !cells.isUniform(named.name())).isPresent()) {
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
                w.text(row, noteColumn, cells.isPresent()
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

    /**
     * A subtotal's three rows, one per variant: each year's formula by column, its value the engine's;
     * one row for all variants when every line it adds up stands in one row for all of them ({@code once}).
     */
    private Map<Variant, Integer> subtotal(String label, java.util.function.BiFunction<Variant, Integer, String> formula,
            java.util.function.BiFunction<Variant, Integer, BigDecimal> expected, boolean once) {
        Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
        for (Variant v : once ? List.of(Variant.EXPECTED) : List.of(Variant.values())) {
            yearRows.sumRow(row, label, once ? null : v, c -> formula.apply(v, c), y -> expected.apply(v, y),
                    Styles.Role.FORMULA);
            rows.put(v, row++);
        }
        if (once) {
            for (Variant v : Variant.values()) {
                rows.put(v, rows.get(Variant.EXPECTED));
            }
        }
        return rows;
    }

    /** True when every one of {@code lines} stands in one row for all variants. */
    private boolean allOnce(List<BudgetLineResult> lines) {
        return lines.stream().allMatch(l -> onceLines.contains(l.line().id()));
    }

    private void total(int r, BigDecimal expected, Styles.Role role) {
        yearRows.total(r, expected, role);
    }

    private void section(String title) {
        row++;
        for (int c = 0; c <= financierColumn; c++) {
            w.text(row, c, c == 0 ? title : "", w.styles().section());
        }
        row++;
    }

    private void labels(String label, Variant v, String unit) {
        // Under the post's own row, a figure's row names the figure only ("tarief"); Bronnen en aannames
        // keeps the whole label.
        String prefix = post == null ? null : post + " – ";
        yearRows.labels(row, prefix != null && label.startsWith(prefix) ? label.substring(prefix.length()) : label, v,
                unit);
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
