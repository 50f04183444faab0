package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.plan.Flow;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Band;
import nl.impact.model.Parameter;
import nl.impact.model.Settlement;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;

/**
 * {@code Verrekeningen}: the money the plan moves between financiers, neither a benefit nor an
 * investment. Per settlement and variant its amount per year: for a share of effects the share (an
 * input) times the grondslag, the sum of the selected effects' euros on the kernaanpak sheets, as
 * live formulas; for a cost, the amounts as the engine computed them. Below, per financier,
 * ontvangen minus betaald: the row its block on Per financier refers to.
 */
final class SettlementSheet {

    static final String NAME = "Verrekeningen";

    /** Per financier that receives or pays, its row of settlements per variant. */
    record Rows(String sheet, Map<String, Map<Variant, Integer>> financiers) {
    }

    private SettlementSheet() {
    }

    static boolean needed(RunResult result) {
        return !result.scenario().settlements().isEmpty();
    }

    static Rows write(SheetWriter w, RunResult result, List<KernaanpakSheet.Rows> sheets, List<NetFlow> flows,
            SourceList sources) {
        YearRange years = result.scenario().years();
        YearColumns cols = new YearColumns(years);
        int row = 0;
        w.text(row++, 0, "Verrekeningen tussen financiers", w.styles().title());
        w.text(row++, 0, "Geld dat het plan van de ene financier naar de andere verschuift: geen opbrengst en geen"
                + " investering. Een aandeel van effecten = aandeel x grondslag (de euro's van die effecten op de bladen"
                + " van de kernaanpakken). Per financier: ontvangen - betaald, opgeteld in zijn netto op het blad"
                + " Per financier. Bedragen in euro's, onverdisconteerd.", Styles.Text.NOTE);
        row++;
        int header = row++;
        SummarySheet.headers(w, header, cols);
        w.text(header, YearColumns.NAME, "Verrekening en onderdeel", w.styles().header());
        w.text(header, YearColumns.PROVENANCE, "Toelichting", w.styles().header());
        Sheets.finish(w.sheet(), header, 2);

        Map<Integer, Map<Variant, Integer>> effectRows = new java.util.HashMap<>();
        Map<Integer, String> effectSheets = new java.util.HashMap<>();
        for (KernaanpakSheet.Rows sheet : sheets) {
            sheet.effects().forEach((index, rows) -> {
                effectRows.put(index, rows);
                effectSheets.put(index, sheet.sheet());
            });
        }
        List<Settlement> settlements = result.scenario().settlements();
        List<Map<Variant, Integer>> amountRows = new ArrayList<>();
        for (int s = 0; s < settlements.size(); s++) {
            Settlement settlement = settlements.get(s);
            List<Flow> terms = result.plan().settlement(s);
            Band<YearSeries> amounts = Band.from(v -> terms.stream().map(t -> result.flow(t).euros().get(v))
                    .reduce(YearSeries.empty(), YearSeries::plus));
            w.text(row++, YearColumns.NAME, settlement.name() + ": " + settlement.from() + " betaalt " + settlement.to(),
                    Styles.Text.BOLD);
            Optional<Map<Variant, Integer>> share = settlement.isShare() && sameEveryYear(settlement.share(), years)
                    ? Optional.of(shareRows(w, row, settlement, cols, sources)) : Optional.empty();
            row += share.isPresent() ? Variant.values().length : 0;
            Map<Variant, Integer> basis = null;
            if (share.isPresent()) {
                basis = new EnumMap<>(Variant.class);
                for (Variant v : Variant.values()) {
                    labels(w, row, "grondslag", v, "som van de effecten");
                    for (int y = years.first(); y <= years.effectsUntil(); y++) {
                        List<String> cells = new ArrayList<>();
                        BigDecimal value = BigDecimal.ZERO;
                        for (Flow term : terms) {
                            Flow effect = result.plan().settledEffect(term).orElseThrow();
                            cells.add(SheetNames.quoted(effectSheets.get(effect.index())) + "!"
                                    + SheetWriter.local(effectRows.get(effect.index()).get(v), cols.column(y)));
                            value = value.add(result.flow(effect).euros().get(v).at(y));
                        }
                        w.formula(row, cols.column(y), Formulas.plus(cells), value, Styles.Role.FORMULA,
                                Styles.Format.EURO);
                    }
                    basis.put(v, row++);
                }
            }
            Map<Variant, Integer> amount = new EnumMap<>(Variant.class);
            for (Variant v : Variant.values()) {
                labels(w, row, "bedrag", v, share.isPresent() ? "aandeel x grondslag" : "berekend");
                for (int y = years.first(); y <= years.effectsUntil(); y++) {
                    BigDecimal value = amounts.get(v).at(y);
                    if (share.isPresent()) {
                        int shareColumn = cols.column(Math.min(y, years.last()));
                        w.formula(row, cols.column(y), SheetWriter.local(share.get().get(v), shareColumn) + "*"
                                + SheetWriter.local(basis.get(v), cols.column(y)), value, Styles.Role.FORMULA,
                                Styles.Format.EURO);
                    } else {
                        // A cost, or a share that differs per start year: as the engine computed it.
                        w.computed(row, cols.column(y), value, Styles.Format.EURO);
                    }
                }
                SummarySheet.total(w, row, cols, amounts.get(v).total(), Styles.Role.FORMULA);
                amount.put(v, row++);
            }
            amountRows.add(amount);
            row++;
        }

        Map<String, Map<Variant, Integer>> financierRows = new LinkedHashMap<>();
        w.text(row++, YearColumns.NAME, "Per financier: ontvangen - betaald", w.styles().header());
        for (String financier : result.scenario().allFinanciers()) {
            List<Integer> received = new ArrayList<>();
            List<Integer> paid = new ArrayList<>();
            for (int s = 0; s < settlements.size(); s++) {
                if (settlements.get(s).to().equals(financier)) {
                    received.add(s);
                }
                if (settlements.get(s).from().equals(financier)) {
                    paid.add(s);
                }
            }
            if (received.isEmpty() && paid.isEmpty()) {
                continue;
            }
            NetFlow flow = FinancierSheet.flow(flows, Totals.Dimension.FINANCIER, financier);
            Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
            for (Variant v : Variant.values()) {
                labels(w, row, financier, v, "verrekeningen");
                for (int y = years.first(); y <= years.effectsUntil(); y++) {
                    int c = cols.column(y);
                    StringBuilder formula = new StringBuilder("(0");
                    received.forEach(s -> formula.append('+').append(SheetWriter.local(amountRows.get(s).get(v), c)));
                    paid.forEach(s -> formula.append('-').append(SheetWriter.local(amountRows.get(s).get(v), c)));
                    w.formula(row, c, formula.append(')').toString(), flow.settlements().get(v).at(y),
                            Styles.Role.TOTAL, Styles.Format.EURO);
                }
                SummarySheet.total(w, row, cols, flow.settlements().get(v).total(), Styles.Role.TOTAL);
                rows.put(v, row++);
            }
            financierRows.put(financier, rows);
        }
        w.widths(SummarySheet.widths(years, 40, 17));
        return new Rows(w.name(), financierRows);
    }

    /** The share, an input per plan year and variant; its source on the Bronnen sheet. */
    private static Map<Variant, Integer> shareRows(SheetWriter w, int start, Settlement settlement, YearColumns cols,
            SourceList sources) {
        Parameter share = settlement.share();
        sources.add(new SourceList.Entry(NAME, settlement.name() + " – aandeel", share.unit(), share.provenance(),
                share.path(), w.name(), start));
        Map<Variant, Integer> rows = new EnumMap<>(Variant.class);
        int row = start;
        for (Variant v : Variant.values()) {
            labels(w, row, "aandeel", v, Labels.provenance(share.provenance().kind()));
            for (int y = cols.years().first(); y <= cols.years().last(); y++) {
                w.input(row, cols.column(y), share.values().get(v).at(y), Styles.Format.NUMBER);
            }
            rows.put(v, row++);
        }
        return rows;
    }

    /** True when the share is the same in every plan year: then share x grondslag is exact per effect year. */
    private static boolean sameEveryYear(Parameter share, YearRange years) {
        for (Variant v : Variant.values()) {
            BigDecimal first = share.values().get(v).at(years.first());
            for (int y = years.first() + 1; y <= years.last(); y++) {
                if (share.values().get(v).at(y).compareTo(first) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void labels(SheetWriter w, int row, String label, Variant v, String part) {
        w.text(row, YearColumns.NAME, label, Styles.Text.PLAIN);
        w.text(row, YearColumns.VARIANT, Labels.variant(v), Styles.Text.PLAIN);
        w.text(row, YearColumns.UNIT, label.equals("aandeel") ? "" : "€", Styles.Text.PLAIN);
        w.text(row, YearColumns.PROVENANCE, part, Styles.Text.PLAIN);
    }
}
