package nl.impact.report.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.impact.model.HalfYear;
import nl.impact.model.MilestoneTarget;
import nl.impact.monitor.Judgement;
import nl.impact.monitor.MilestoneJudgement;
import nl.impact.monitor.Payment;
import nl.impact.monitor.Progress;
import nl.impact.monitor.SpendLine;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The voortgangsrapportage's sheets of what was realised: Mijlpalen (each milestone's verdict and
 * tranche, with the sums payable and withheld), Besteding (per financier and budget line and year the
 * begroting against the spend, with the uitputting and the remainder) and KPI's (the spelregels'
 * verdicts).
 */
final class ProgressSheets {

    static final String PAY = "uitbetalen";
    static final String HOLD = "aanhouden";

    private ProgressSheets() {
    }

    static void milestones(SheetWriter w, Progress progress, String half) {
        int row = 0;
        w.text(row++, 0, "Mijlpalen tot en met " + half + ": " + progress.plan().scenario().name(), w.styles().title());
        w.text(row++, 0, "Elke mijlpaal (PPI) die tot en met " + half + " viel, met wat gerealiseerd is en het oordeel. "
                + "De tranche wordt uitbetaald als de mijlpaal bereikt is en anders aangehouden. Realisaties in blauw op "
                + "geel; de sommen zijn formules.", Styles.Text.NOTE);
        row++;
        int header = row++;
        String[] titles = {"Halfjaar", "Mijlpaal", "Omschrijving", "Kernaanpak", "Doel", "Gerealiseerd", "Oordeel",
            "Tranche (€)", "Uitbetaling"};
        header(w, header, titles, Set.of(7));
        Sheets.finish(w.sheet(), header, 2);
        int first = row;
        BigDecimal payable = BigDecimal.ZERO;
        BigDecimal withheld = BigDecimal.ZERO;
        for (MilestoneJudgement j : progress.milestones()) {
            var m = j.milestone();
            w.text(row, 0, m.halfYear().key(), Styles.Text.PLAIN);
            w.text(row, 1, m.id(), Styles.Text.WRAP);
            w.text(row, 2, m.description(), Styles.Text.WRAP);
            w.text(row, 3, String.join(", ", m.kernaanpakken()), Styles.Text.WRAP);
            w.text(row, 4, target(m.target()), Styles.Text.WRAP);
            var r = j.realisation();
            if (r != null && r.count() != null) {
                // A whole count as the target writes it (6, not 6.00); a fraction with its decimals.
                w.input(row, 5, r.count(), r.count().stripTrailingZeros().scale() <= 0 ? Styles.Format.WHOLE
                        : Styles.Format.NUMBER);
            } else {
                w.text(row, 5, r == null || r.isMissing() ? "niet gerapporteerd" : r.date() != null
                        ? "gereed op " + MilestonePlanSheet.date(r.date()) : r.done() ? "gereed" : "niet gereed",
                        Styles.Text.WRAP);
            }
            boolean attention = j.payment() == Payment.WITHHELD;
            w.text(row, 6, verdict(j), attention ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
            if (m.hasTranche()) {
                w.input(row, 7, m.tranche().amount(), Styles.Format.EURO);
            }
            w.text(row, 8, j.payment() == Payment.PAYABLE ? PAY : j.payment() == Payment.WITHHELD ? HOLD : "geen tranche",
                    attention ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
            if (j.payment() == Payment.PAYABLE) {
                payable = payable.add(m.tranche().amount());
            } else if (j.payment() == Payment.WITHHELD) {
                withheld = withheld.add(m.tranche().amount());
            }
            row++;
        }
        int last = Math.max(first, row - 1);
        row++;
        String amounts = SheetWriter.local(first, 7) + ":" + SheetWriter.local(last, 7);
        String payments = absolute(first, 8) + ":" + absolute(last, 8);
        w.text(row, 0, "Uit te betalen tranches", Styles.Text.BOLD);
        w.formula(row++, 7, "SUMIFS(" + amounts + "," + payments + ",\"" + PAY + "\")", payable, Styles.Role.TOTAL,
                Styles.Format.EURO);
        w.text(row, 0, "Aangehouden tranches", Styles.Text.BOLD);
        w.formula(row, 7, "SUMIFS(" + amounts + "," + payments + ",\"" + HOLD + "\")", withheld, Styles.Role.TOTAL,
                Styles.Format.EURO);
        w.widths(List.of(10, 22, 36, 18, 18, 14, 16, 14, 14));
    }

    static String target(MilestoneTarget target) {
        return switch (target.kind()) {
            case COUNT -> "ten minste " + target.count().stripTrailingZeros().toPlainString()
                    + (target.unit().isEmpty() ? "" : " " + target.unit());
            case DONE -> "gereed";
            case DATE -> "gereed op " + MilestonePlanSheet.date(target.date());
        };
    }

    private static String verdict(MilestoneJudgement j) {
        return switch (j.verdict()) {
            case REACHED -> "bereikt";
            case PARTLY -> "deels bereikt";
            case MISSED -> "niet bereikt";
            case MISSING -> "niet gerapporteerd";
        };
    }

    static void spend(SheetWriter w, Progress progress, String half) {
        int row = 0;
        w.text(row++, 0, "Besteding tot en met " + half + ": " + progress.plan().scenario().name(), w.styles().title());
        w.text(row++, 0, "Per financier, begrotingspost en jaar: de begroting (verwacht effect) tegen wat de "
                + "projectadministratie per halfjaar als besteed rapporteert (blauw op geel), de uitputting (besteed "
                + "gedeeld door begroot) en het restant. Uitputting, restant en de totalen zijn formules.",
                Styles.Text.NOTE);
        row++;
        int header = row++;
        String[] titles = {"Begrotingspost", "Jaar", "Gerapporteerd", "Begroot (€)", "Besteed (€)", "Uitputting",
            "Restant (€)"};
        header(w, header, titles, Set.of(1, 3, 4, 5, 6));
        Sheets.finish(w.sheet(), header, 1);
        List<Integer> subtotals = new ArrayList<>();
        List<String> financiers = progress.spend().stream().map(SpendLine::financier).distinct().toList();
        for (String financier : financiers) {
            row = section(w, row, "Betaald door " + financier, titles.length - 1);
            int first = row;
            List<SpendLine> lines = progress.spend().stream().filter(s -> s.financier().equals(financier)).toList();
            for (SpendLine s : lines) {
                w.text(row, 0, s.line().post(), Styles.Text.WRAP);
                w.computed(row, 1, BigDecimal.valueOf(s.year()), Styles.Format.YEAR);
                w.text(row, 2, s.reported().stream().map(HalfYear::key).collect(Collectors.joining(", ")),
                        Styles.Text.PLAIN);
                w.computed(row, 3, s.budget(), Styles.Format.EURO);
                w.input(row, 4, s.spent(), Styles.Format.EURO);
                exhaustion(w, row, s.budget(), s.spent(), Styles.Role.FORMULA);
                w.formula(row, 6, SheetWriter.local(row, 3) + "-" + SheetWriter.local(row, 4), s.remainder(),
                        Styles.Role.FORMULA, Styles.Format.EURO);
                row++;
            }
            BigDecimal budget = lines.stream().map(SpendLine::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal spent = lines.stream().map(SpendLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
            w.text(row, 0, "Totaal " + financier, Styles.Text.BOLD);
            for (int c : new int[] {3, 4}) {
                w.formula(row, c, "SUM(" + SheetWriter.local(first, c) + ":" + SheetWriter.local(row - 1, c) + ")",
                        c == 3 ? budget : spent, Styles.Role.TOTAL, Styles.Format.EURO);
            }
            exhaustion(w, row, budget, spent, Styles.Role.TOTAL);
            w.formula(row, 6, SheetWriter.local(row, 3) + "-" + SheetWriter.local(row, 4), budget.subtract(spent),
                    Styles.Role.TOTAL, Styles.Format.EURO);
            subtotals.add(row++);
        }
        if (!subtotals.isEmpty()) {
            row = section(w, row, "Alle financiers", titles.length - 1);
            BigDecimal budget = progress.spend().stream().map(SpendLine::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal spent = progress.spend().stream().map(SpendLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
            w.text(row, 0, "Totaal", Styles.Text.BOLD);
            for (int c : new int[] {3, 4}) {
                int column = c;
                w.formula(row, c, String.join("+", subtotals.stream().map(r -> SheetWriter.local(r, column)).toList()),
                        c == 3 ? budget : spent, Styles.Role.TOTAL, Styles.Format.EURO);
            }
            exhaustion(w, row, budget, spent, Styles.Role.TOTAL);
            w.formula(row, 6, SheetWriter.local(row, 3) + "-" + SheetWriter.local(row, 4), budget.subtract(spent),
                    Styles.Role.TOTAL, Styles.Format.EURO);
        }
        w.widths(List.of(40, 8, 16, 16, 16, 12, 16));
    }

    /** Besteed / begroot as a percentage; empty text where nothing was budgeted. */
    private static void exhaustion(SheetWriter w, int row, BigDecimal budget, BigDecimal spent, Styles.Role role) {
        String b = SheetWriter.local(row, 3);
        w.formula(row, 5, "IF(" + b + "=0,\"\"," + SheetWriter.local(row, 4) + "/" + b + ")",
                budget.signum() == 0 ? (Object) "" : spent.divide(budget, 12, RoundingMode.HALF_UP), role,
                Styles.Format.PERCENT);
    }

    static void verdicts(SheetWriter w, Progress progress) {
        int row = 0;
        w.text(row++, 0, "KPI's volgens de spelregels: " + progress.plan().scenario().name(), w.styles().title());
        w.text(row++, 0, "Gerealiseerde waarden (blauw op geel), gecorrigeerd voor externe factoren, tegen de band. Eén "
                + "jaar onder de band vraagt om een analyse, twee jaar op rij om een verbeterplan; de zorgverzekeraar "
                + "kan dan de financiering van de gekoppelde activiteiten stopzetten (blad Stopzetting).",
                Styles.Text.NOTE);
        row++;
        int header = row++;
        String[] titles = {"KPI", "Jaar", "Band minimum", "Band maximum", "Gerealiseerd", "Correctie", "Gecorrigeerd",
            "Positie", "Oordeel"};
        header(w, header, titles, Set.of(1, 2, 3, 4, 5, 6));
        Sheets.finish(w.sheet(), header, 1);
        for (Judgement j : progress.kpis()) {
            w.text(row, 0, j.kpi(), Styles.Text.WRAP);
            w.computed(row, 1, BigDecimal.valueOf(j.year()), Styles.Format.YEAR);
            w.computed(row, 2, j.band().min(), Styles.Format.NUMBER);
            w.computed(row, 3, j.band().max(), Styles.Format.NUMBER);
            if (j.realised() != null) {
                w.input(row, 4, j.realised(), Styles.Format.NUMBER);
                w.input(row, 5, j.correction(), Styles.Format.NUMBER);
                w.formula(row, 6, SheetWriter.local(row, 4) + "+" + SheetWriter.local(row, 5), j.corrected(),
                        Styles.Role.FORMULA, Styles.Format.NUMBER);
            }
            w.text(row, 7, j.position() == null ? "" : switch (j.position()) {
                case BELOW -> "onder de band";
                case WITHIN -> "binnen de band";
                case ABOVE -> "boven de band";
            }, Styles.Text.PLAIN);
            boolean attention = j.verdict() != nl.impact.monitor.Verdict.CONTINUE;
            w.text(row, 8, switch (j.verdict()) {
                case CONTINUE -> "doorgaan";
                case ANALYSIS -> "analyse";
                case IMPROVEMENT_PLAN -> "verbeterplan (" + j.belowInRow() + " jaar op rij onder de band)";
                case MISSING -> "geen realisatie";
            }, attention ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
            row++;
        }
        w.widths(List.of(26, 8, 14, 14, 14, 12, 14, 16, 30));
    }

    static void header(SheetWriter w, int row, String[] titles, Set<Integer> numbers) {
        for (int c = 0; c < titles.length; c++) {
            w.text(row, c, titles[c], numbers.contains(c) ? w.styles().numberHeader() : w.styles().header());
        }
    }

    /** A heading merged over the table's width; returns the row after it. */
    static int section(SheetWriter w, int row, String title, int lastColumn) {
        row++;
        w.text(row, 0, title, w.styles().section());
        w.sheet().addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
        return row + 1;
    }

    static String absolute(int row, int column) {
        return new CellReference(row, column, true, true).formatAsString();
    }
}
