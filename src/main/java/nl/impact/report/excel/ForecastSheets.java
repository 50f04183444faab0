package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.impact.model.HalfYear;
import nl.impact.model.Variant;
import nl.impact.monitor.Forecast;
import nl.impact.monitor.Ledger;
import nl.impact.monitor.Progress;
import nl.impact.monitor.StopConsequence;
import nl.impact.monitor.VolumeYear;

/**
 * The voortgangsrapportage's sheets of what lies ahead: Prognose (the business case recomputed from
 * the realisations beside the plan, per financier and per kernaanpak and financier, and the realised
 * volumes) and Stopzetting (the forecast beside the forecast with the activities of a KPI twice below
 * its band stopped). The engine's figures are values; every difference and total is a formula.
 * Expected variant, net over all years, undiscounted.
 */
final class ForecastSheets {

    private ForecastSheets() {
    }

    static void forecast(SheetWriter w, Forecast forecast, String half) {
        Ledger plan = new Ledger(forecast.plan());
        Ledger realised = new Ledger(forecast.forecast());
        int row = 0;
        w.text(row++, 0, "Prognose na " + half + ": " + forecast.plan().scenario().name(), w.styles().title());
        w.text(row++, 0, "De business case opnieuw berekend met de gerealiseerde volumes en bestedingen tot en met " + half
                + " en het plan voor de rest, naast het plan zelf: netto (baten min investeringen) over de looptijd, "
                + "verwacht effect, onverdisconteerd. Verschil = prognose min plan.", Styles.Text.NOTE);
        row++;
        int header = row++;
        String[] titles = {"Financier", "Kernaanpak", "Plan (€)", "Prognose (€)", "Verschil (€)"};
        ProgressSheets.header(w, header, titles, Set.of(2, 3, 4));
        Sheets.finish(w.sheet(), header, 2);
        row = ProgressSheets.section(w, row, "Per financier", titles.length - 1);
        int first = row;
        for (String financier : plan.financiers()) {
            compare(w, row++, financier, "alle", plan.net(financier, null, null, Variant.EXPECTED),
                    realised.net(financier, null, null, Variant.EXPECTED));
        }
        totals(w, row++, first, "Totaal", plan.net(null, null, null, Variant.EXPECTED),
                realised.net(null, null, null, Variant.EXPECTED));
        row = ProgressSheets.section(w, row, "Verschil verklaard per kernaanpak en financier", titles.length - 1);
        first = row;
        for (String k : plan.kernaanpakken()) {
            for (String financier : plan.financiers()) {
                BigDecimal p = plan.net(financier, k, null, Variant.EXPECTED);
                BigDecimal f = realised.net(financier, k, null, Variant.EXPECTED);
                if (p.signum() != 0 || f.signum() != 0) {
                    compare(w, row++, financier, k, p, f);
                }
            }
        }
        totals(w, row++, first, "Totaal", plan.net(null, null, null, Variant.EXPECTED),
                realised.net(null, null, null, Variant.EXPECTED));
        if (!forecast.volumes().isEmpty()) {
            row = ProgressSheets.section(w, row, "Gerealiseerde volumes per jaar (volume: plan, prognose, verschil; "
                    + "gerealiseerde halfjaren)", titles.length - 1);
            for (VolumeYear v : forecast.volumes()) {
                w.text(row, 0, v.name() + " " + v.year() + " (" + v.realised().stream().map(HalfYear::key)
                        .collect(Collectors.joining(", ")) + ")", Styles.Text.WRAP);
                w.text(row, 1, v.kernaanpak(), Styles.Text.WRAP);
                w.computed(row, 2, v.planned(), Styles.Format.NUMBER);
                w.computed(row, 3, v.forecast(), Styles.Format.NUMBER);
                w.formula(row, 4, SheetWriter.local(row, 3) + "-" + SheetWriter.local(row, 2),
                        v.forecast().subtract(v.planned()), Styles.Role.FORMULA, Styles.Format.NUMBER);
                row++;
            }
        }
        w.widths(List.of(30, 22, 16, 16, 16));
    }

    private static void compare(SheetWriter w, int row, String financier, String kernaanpak, BigDecimal plan,
            BigDecimal forecast) {
        w.text(row, 0, financier, Styles.Text.WRAP);
        w.text(row, 1, kernaanpak, Styles.Text.WRAP);
        w.computed(row, 2, plan, Styles.Format.EURO);
        w.computed(row, 3, forecast, Styles.Format.EURO);
        w.formula(row, 4, SheetWriter.local(row, 3) + "-" + SheetWriter.local(row, 2), forecast.subtract(plan),
                Styles.Role.FORMULA, Styles.Format.EURO);
    }

    private static void totals(SheetWriter w, int row, int first, String label, BigDecimal plan, BigDecimal forecast) {
        w.text(row, 0, label, Styles.Text.BOLD);
        BigDecimal[] values = {plan, forecast, forecast.subtract(plan)};
        for (int c = 2; c <= 4; c++) {
            w.formula(row, c, "SUM(" + SheetWriter.local(first, c) + ":" + SheetWriter.local(row - 1, c) + ")",
                    values[c - 2], Styles.Role.TOTAL, Styles.Format.EURO);
        }
    }

    static void stops(SheetWriter w, Progress progress) {
        Ledger realised = new Ledger(progress.forecast().orElseThrow().forecast());
        int row = 0;
        w.text(row++, 0, "Gevolg van stopzetting: " + progress.plan().scenario().name(), w.styles().title());
        w.text(row++, 0, "Na twee jaar op rij onder de band mag de zorgverzekeraar de financiering van de aan de KPI "
                + "gekoppelde activiteiten stopzetten, alleen voor de toekomst: vanaf het eerstvolgende jaar starten "
                + "er geen casussen meer en vervallen hun begrotingsposten en tranches; effecten van eerder gestarte "
                + "casussen lopen door. Netto over de looptijd, verwacht effect, onverdisconteerd.", Styles.Text.NOTE);
        row++;
        int header = row++;
        String[] titles = {"Financier", "Prognose (€)", "Met stopzetting (€)", "Verschil (€)", "Vervallen baten (€)",
            "Bespaarde uitgaven (€)"};
        ProgressSheets.header(w, header, titles, Set.of(1, 2, 3, 4, 5));
        Sheets.finish(w.sheet(), header, 1);
        for (StopConsequence stop : progress.stops()) {
            Ledger stopped = new Ledger(stop.result());
            row = ProgressSheets.section(w, row, stop.kpi().id() + ": " + String.join(", ", stop.kernaanpakken())
                    + " gestopt vanaf " + stop.stopFrom(), titles.length - 1);
            int first = row;
            BigDecimal[] sums = new BigDecimal[5];
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
            for (String financier : realised.financiers()) {
                BigDecimal[] values = {realised.net(financier, null, null, Variant.EXPECTED),
                    stopped.net(financier, null, null, Variant.EXPECTED), null,
                    realised.benefits(financier, null, null, Variant.EXPECTED)
                            .subtract(stopped.benefits(financier, null, null, Variant.EXPECTED)),
                    realised.investments(financier, null, null, Variant.EXPECTED)
                            .subtract(stopped.investments(financier, null, null, Variant.EXPECTED))};
                values[2] = values[1].subtract(values[0]);
                w.text(row, 0, financier, Styles.Text.WRAP);
                for (int i = 0; i < values.length; i++) {
                    if (i == 2) {
                        w.formula(row, 3, SheetWriter.local(row, 2) + "-" + SheetWriter.local(row, 1), values[2],
                                Styles.Role.FORMULA, Styles.Format.EURO);
                    } else {
                        w.computed(row, i + 1, values[i], Styles.Format.EURO);
                    }
                    sums[i] = sums[i].add(values[i]);
                }
                row++;
            }
            w.text(row, 0, "Totaal", Styles.Text.BOLD);
            for (int c = 1; c <= 5; c++) {
                w.formula(row, c, "SUM(" + SheetWriter.local(first, c) + ":" + SheetWriter.local(row - 1, c) + ")",
                        sums[c - 1], Styles.Role.TOTAL, Styles.Format.EURO);
            }
            row++;
            List<String> notes = new ArrayList<>();
            notes.add("Oordeel: " + stop.kpi().id() + " in " + stop.judgement().year() + " voor de "
                    + stop.judgement().belowInRow() + "e keer op rij onder de band (verbeterplan).");
            notes.add(stop.stopsAnything() ? "Gestopt: " + String.join(", ", stop.kernaanpakken()) + " vanaf "
                    + stop.stopFrom() + "." : "Er is geen planjaar meer over om te stoppen.");
            if (!stop.tranchesGone().isEmpty()) {
                notes.add("Vervallen tranches: " + String.join(", ", stop.tranchesGone().stream()
                        .map(m -> m.halfYear().key() + " " + m.id()).toList()) + ".");
            }
            notes.add("Koppeling aan de KPI: " + Labels.provenance(stop.kpi().activities().provenance().kind()) + ", "
                    + stop.kpi().activities().provenance().text());
            for (String note : notes) {
                w.text(row, 0, note, Styles.Text.WRAP);
                w.sheet().addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row, row, 0, titles.length - 1));
                row++;
            }
        }
        w.widths(List.of(24, 18, 18, 18, 18, 18));
    }
}
