package nl.impact.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.model.BudgetLine;
import nl.impact.model.HalfYear;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Milestone;
import nl.impact.model.MilestoneTarget;
import nl.impact.model.Provenance;
import nl.impact.model.Scenario;

/**
 * {@code Mijlpalenplanning}: the milestones (PPI's) per half year and, within it, per kernaanpak:
 * what is reached, its target (a count is an input), where it comes from, and the tranche that
 * depends on it (an input) with its financier and budget line. Each half year ends with its tranches'
 * sum, and the sheet with the sum of all tranches, both formulas.
 */
final class MilestonePlanSheet {

    static final String NAME = "Mijlpalenplanning";

    static final int ID = 0;
    static final int DESCRIPTION = 1;
    static final int KERNAANPAK = 2;
    static final int TARGET = 3;
    static final int UNIT = 4;
    static final int PROVENANCE = 5;
    static final int TRANCHE = 6;
    static final int PAYER = 7;
    static final int NOTE = 8;

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    private final SheetWriter w;
    private final Scenario scenario;
    private int row;

    MilestonePlanSheet(SheetWriter w, Scenario scenario) {
        this.w = w;
        this.scenario = scenario;
    }

    /** Writes the sheet; returns the cell of each milestone's tranche, by milestone id, as other sheets refer to it. */
    Map<String, String> write() {
        w.text(row++, 0, "Mijlpalenplanning: " + scenario.name(), w.styles().title());
        w.text(row++, 0, "De mijlpalen (PPI's) per halfjaar en kernaanpak, met het doel waarop ze worden beoordeeld en de "
                + "tranche transformatiemiddelen die wordt uitbetaald als de mijlpaal bereikt is. Invoer in blauw op geel; "
                + "de sommen per halfjaar en het totaal zijn formules. Tranches per begrotingspost tegen de begroting: "
                + "blad " + TrancheSheet.NAME + ".", Styles.Text.NOTE);
        row++;
        int header = row++;
        String[] titles = {"Mijlpaal", "Omschrijving", "Kernaanpak", "Doel", "Eenheid", "Herkomst", "Tranche (€)",
            "Financier: begrotingspost", "Toelichting"};
        for (int c = 0; c < titles.length; c++) {
            w.text(header, c, titles[c], c == TARGET || c == TRANCHE ? w.styles().numberHeader() : w.styles().header());
        }
        Sheets.finish(w.sheet(), header, 1);
        Map<String, String> cells = new HashMap<>();
        List<Integer> subtotals = new ArrayList<>();
        BigDecimal all = BigDecimal.ZERO;
        for (Map.Entry<HalfYear, List<Milestone>> half : byHalfYear().entrySet()) {
            section(half.getKey().key() + " (" + period(half.getKey()) + ")");
            int first = row;
            BigDecimal sum = BigDecimal.ZERO;
            for (Milestone m : half.getValue()) {
                milestone(m);
                if (m.hasTranche()) {
                    cells.put(m.id(), w.reference(row, TRANCHE));
                    sum = sum.add(m.tranche().amount());
                }
                row++;
            }
            w.text(row, ID, "Tranches " + half.getKey().key(), Styles.Text.BOLD);
            w.formula(row, TRANCHE, "SUM(" + SheetWriter.local(first, TRANCHE) + ":" + SheetWriter.local(row - 1, TRANCHE)
                    + ")", sum, Styles.Role.TOTAL, Styles.Format.EURO);
            subtotals.add(row++);
            all = all.add(sum);
        }
        row++;
        w.text(row, ID, "Totaal tranches", Styles.Text.BOLD);
        w.formula(row, TRANCHE, subtotals.isEmpty() ? "0" : String.join("+", subtotals.stream()
                .map(r -> SheetWriter.local(r, TRANCHE)).toList()), all, Styles.Role.TOTAL, Styles.Format.EURO);
        w.widths(List.of(18, 26, 14, 9, 10, 9, 13, 18, 40));
        return cells;
    }

    /** The milestones per half year in order; within one, by kernaanpak in the scenario's order, the programme last. */
    private Map<HalfYear, List<Milestone>> byHalfYear() {
        List<String> order = new ArrayList<>(scenario.kernaanpakken().stream().map(Kernaanpak::id).toList());
        order.add(BudgetLine.PROGRAMME);
        List<Milestone> sorted = new ArrayList<>(scenario.milestones().milestones());
        sorted.sort(java.util.Comparator.comparing(Milestone::halfYear)
                .thenComparingInt(m -> order.indexOf(m.kernaanpakken().get(0))));
        Map<HalfYear, List<Milestone>> byHalf = new LinkedHashMap<>();
        sorted.forEach(m -> byHalf.computeIfAbsent(m.halfYear(), h -> new ArrayList<>()).add(m));
        return byHalf;
    }

    private void milestone(Milestone m) {
        Provenance weakest = m.hasTranche() && Provenance.weakest(List.of(m.target().provenance().kind(),
                m.tranche().provenance().kind())) == m.tranche().provenance().kind() ? m.tranche().provenance()
                : m.target().provenance();
        boolean assumed = weakest.isAssumed();
        Styles.Text wrap = assumed ? Styles.Text.WRAP_ASSUMPTION : Styles.Text.WRAP;
        w.text(row, ID, m.id(), Styles.Text.WRAP);
        w.text(row, DESCRIPTION, m.description(), Styles.Text.WRAP);
        w.text(row, KERNAANPAK, String.join(", ", m.kernaanpakken().stream().map(this::kernaanpakName).toList()),
                Styles.Text.WRAP);
        MilestoneTarget t = m.target();
        switch (t.kind()) {
            case COUNT -> {
                w.input(row, TARGET, t.count(), t.count().stripTrailingZeros().scale() <= 0 ? Styles.Format.WHOLE
                        : Styles.Format.NUMBER);
                w.text(row, UNIT, t.unit(), Styles.Text.WRAP);
            }
            case DONE -> w.text(row, TARGET, "gereed", Styles.Text.PLAIN);
            case DATE -> {
                w.text(row, TARGET, t.date().getDayOfMonth() + "-" + t.date().getMonthValue() + "-" + t.date().getYear(),
                        Styles.Text.PLAIN);
                w.text(row, UNIT, "datum gereed", Styles.Text.WRAP);
            }
        }
        w.text(row, PROVENANCE, Labels.provenance(weakest.kind()), assumed ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN);
        StringBuilder note = new StringBuilder("Doel (").append(Labels.provenance(t.provenance().kind())).append("): ")
                .append(t.provenance().text());
        if (m.hasTranche()) {
            w.input(row, TRANCHE, m.tranche().amount(), Styles.Format.EURO);
            w.text(row, PAYER, m.tranche().financier() + ": " + m.tranche().line(), Styles.Text.WRAP);
            note.append(". Tranche (").append(Labels.provenance(m.tranche().provenance().kind())).append("): ")
                    .append(m.tranche().provenance().text());
        }
        if (!m.note().isEmpty()) {
            note.append(". ").append(m.note());
        }
        w.text(row, NOTE, note.toString(), wrap);
    }

    private String kernaanpakName(String id) {
        return id.equals(BudgetLine.PROGRAMME) ? "Programma"
                : scenario.kernaanpakken().stream().filter(k -> k.id().equals(id)).map(Kernaanpak::name).findFirst()
                        .orElse(id);
    }

    /** A half year's heading: one cell merged over the table's width, so it neither widens nor wraps its column. */
    private void section(String title) {
        row++;
        w.text(row, 0, title, w.styles().section());
        w.sheet().addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row, row, 0, NOTE));
        row++;
    }

    /** A date as the plan writes one: {@code 30 juni 2025}. */
    static String date(LocalDate date) {
        return PageLayout.date(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String period(HalfYear half) {
        return (half.half() == 1 ? MONTHS[0] + " tot en met " + MONTHS[5] : MONTHS[6] + " tot en met " + MONTHS[11])
                + " " + half.year();
    }
}
