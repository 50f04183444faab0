package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.impact.engine.RunResult;
import nl.impact.engine.TrancheCheck;
import nl.impact.model.BudgetLine;
import nl.impact.model.Milestone;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * {@code Tranches per post}: per financier, one row per budget line it pays towards, and per plan year
 * three columns: the tranches of the milestones that fund the line in that year (a sum of the
 * Mijlpalenplanning's cells), the begroting (bijlage 2, expected variant) and the part paid otherwise
 * (begroting minus tranches); then whether the tranches stay within the begroting in every year
 * ({@code ja}/{@code nee}, a formula, so an edited tranche that passes the begroting shows at once).
 * Subtotals per financier and the total are formulas.
 */
final class TrancheSheet {

    static final String NAME = "Tranches per post";

    private static final int POST = 0;
    private static final int FINANCIER = 1;
    private static final int FIRST_YEAR = 2;
    /** Per year: tranches, begroting, paid otherwise. */
    private static final int PER_YEAR = 3;

    private final SheetWriter w;
    private final RunResult result;
    private final Map<String, String> trancheCells;
    private final YearRange years;
    private final int within;
    private int row;

    /** @param trancheCells each milestone's tranche cell on the Mijlpalenplanning, by milestone id */
    TrancheSheet(SheetWriter w, RunResult result, Map<String, String> trancheCells) {
        this.w = w;
        this.result = result;
        this.trancheCells = trancheCells;
        this.years = result.scenario().years();
        this.within = column(years.last() + 1);
    }

    void write() {
        w.text(row++, 0, "Tranches per begrotingspost: " + result.scenario().name(), w.styles().title());
        w.text(row++, 0, "Per financier en begrotingspost, per jaar: de tranches van de mijlpalen die de post financieren "
                + "(de som van hun cellen op blad " + MilestonePlanSheet.NAME + "), de begroting (bijlage 2, verwacht "
                + "effect; een waarde) en wat op andere wijze wordt betaald (begroting min tranches); dan of de tranches "
                + "in elk jaar binnen de begroting blijven. Alles behalve de begroting is een formule.", Styles.Text.NOTE);
        row++;
        int yearsRow = row++;
        int header = row++;
        w.text(yearsRow, POST, "", w.styles().header());
        w.text(yearsRow, FINANCIER, "", w.styles().header());
        w.text(header, POST, "Begrotingspost", w.styles().header());
        w.text(header, FINANCIER, "Financier", w.styles().header());
        for (int y = years.first(); y <= years.last(); y++) {
            int c = column(y);
            w.text(yearsRow, c, y + " (€)", w.styles().groupHeader());
            w.text(yearsRow, c + 1, "", w.styles().header());
            w.text(yearsRow, c + 2, "", w.styles().header());
            w.sheet().addMergedRegion(new CellRangeAddress(yearsRow, yearsRow, c, c + 2));
            w.text(header, c, "Tranches", w.styles().numberHeader());
            w.text(header, c + 1, "Begroting", w.styles().numberHeader());
            w.text(header, c + 2, "Anders betaald", w.styles().numberHeader());
        }
        w.text(yearsRow, within, "", w.styles().header());
        w.text(header, within, "Binnen de begroting", w.styles().header());
        Sheets.finish(w.sheet(), header, 1);
        w.sheet().setRepeatingRows(new CellRangeAddress(yearsRow, header, -1, -1));
        List<Integer> subtotals = new ArrayList<>();
        for (String financier : result.scenario().allFinanciers()) {
            List<BudgetLine> lines = result.scenario().begroting().lines().stream()
                    .filter(l -> l.shares().containsKey(financier)).toList();
            if (lines.isEmpty()) {
                continue;
            }
            section("Betaald door " + financier);
            int first = row;
            for (BudgetLine line : lines) {
                line(line, financier);
            }
            subtotals.add(subtotal(financier, first, row - 1));
        }
        if (!subtotals.isEmpty()) {
            total(subtotals);
        }
        List<Integer> widths = new ArrayList<>(List.of(36, 14));
        for (int y = years.first(); y <= years.last(); y++) {
            widths.addAll(List.of(11, 11, 14));
        }
        widths.add(10);
        w.widths(widths);
    }

    /** The first of a year's three columns. */
    private int column(int year) {
        return FIRST_YEAR + PER_YEAR * (year - years.first());
    }

    private void line(BudgetLine line, String financier) {
        w.text(row, POST, line.post(), Styles.Text.WRAP);
        w.text(row, FINANCIER, financier, Styles.Text.WRAP);
        boolean ok = true;
        List<String> checks = new ArrayList<>();
        for (int y = years.first(); y <= years.last(); y++) {
            int year = y;
            List<Milestone> of = result.scenario().milestones().milestones().stream()
                    .filter(m -> m.hasTranche() && m.tranche().line().equals(line.id())
                            && m.tranche().financier().equals(financier) && m.halfYear().year() == year).toList();
            BigDecimal paid = sum(of);
            BigDecimal budget = TrancheCheck.budget(result, line.id(), financier, year, Variant.EXPECTED);
            int c = column(y);
            w.formula(row, c, of.isEmpty() ? "0" : String.join("+", of.stream().map(m -> trancheCells.get(m.id()))
                    .toList()), paid, Styles.Role.FORMULA, Styles.Format.EURO);
            w.computed(row, c + 1, budget, Styles.Format.EURO);
            w.formula(row, c + 2, SheetWriter.local(row, c + 1) + "-" + SheetWriter.local(row, c), budget.subtract(paid),
                    Styles.Role.FORMULA, Styles.Format.EURO);
            checks.add(SheetWriter.local(row, c) + "<=" + SheetWriter.local(row, c + 1));
            ok &= paid.compareTo(budget) <= 0;
        }
        w.formula(row, within, "IF(AND(" + String.join(",", checks) + "),\"ja\",\"nee\")", (Object) (ok ? "ja" : "nee"),
                Styles.Role.FORMULA, Styles.Format.NUMBER);
        row++;
    }

    private static BigDecimal sum(List<Milestone> milestones) {
        return milestones.stream().map(m -> m.tranche().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A financier's totals: the sums of its lines' columns. */
    private int subtotal(String financier, int first, int last) {
        w.text(row, POST, "Totaal " + financier, Styles.Text.BOLD);
        for (int y = years.first(); y <= years.last(); y++) {
            BigDecimal[] values = totals(List.of(financier), y);
            for (int i = 0; i < PER_YEAR; i++) {
                int c = column(y) + i;
                w.formula(row, c, "SUM(" + SheetWriter.local(first, c) + ":" + SheetWriter.local(last, c) + ")",
                        values[i], Styles.Role.TOTAL, Styles.Format.EURO);
            }
        }
        return row++;
    }

    private void total(List<Integer> subtotals) {
        row++;
        w.text(row, POST, "Totaal", Styles.Text.BOLD);
        for (int y = years.first(); y <= years.last(); y++) {
            BigDecimal[] values = totals(result.scenario().allFinanciers(), y);
            for (int i = 0; i < PER_YEAR; i++) {
                int c = column(y) + i;
                w.formula(row, c, String.join("+", subtotals.stream().map(r -> SheetWriter.local(r, c)).toList()),
                        values[i], Styles.Role.TOTAL, Styles.Format.EURO);
            }
        }
        row++;
    }

    /** Tranches, begroting and paid otherwise of {@code financiers} in {@code year}, from the scenario and the engine. */
    private BigDecimal[] totals(List<String> financiers, int year) {
        BigDecimal tranches = sum(result.scenario().milestones().milestones().stream()
                .filter(m -> m.hasTranche() && financiers.contains(m.tranche().financier())
                        && m.halfYear().year() == year).toList());
        BigDecimal budget = BigDecimal.ZERO;
        for (String f : financiers) {
            for (BudgetLine l : result.scenario().begroting().lines()) {
                if (l.shares().containsKey(f)) {
                    budget = budget.add(TrancheCheck.budget(result, l.id(), f, year, Variant.EXPECTED));
                }
            }
        }
        return new BigDecimal[] {tranches, budget, budget.subtract(tranches)};
    }

    private void section(String title) {
        row++;
        w.text(row, 0, title, w.styles().section());
        w.sheet().addMergedRegion(new CellRangeAddress(row, row, 0, within));
        row++;
    }
}
