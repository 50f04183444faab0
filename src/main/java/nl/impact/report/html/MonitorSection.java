package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.impact.model.HalfYear;
import nl.impact.model.MilestoneTarget;
import nl.impact.model.Variant;
import nl.impact.monitor.Forecast;
import nl.impact.monitor.Judgement;
import nl.impact.monitor.Ledger;
import nl.impact.monitor.MilestoneJudgement;
import nl.impact.monitor.MilestoneVerdict;
import nl.impact.monitor.Payment;
import nl.impact.monitor.Progress;
import nl.impact.monitor.SpendLine;
import nl.impact.monitor.StopConsequence;
import nl.impact.monitor.Verdict;
import nl.impact.monitor.VolumeYear;
import nl.impact.report.Amounts;

/**
 * The monitoring sections, when {@code impact monitor} was run: the milestones and their tranches, the
 * spend against the begroting, the forecast beside the plan, the spelregels' verdicts on the KPIs and
 * what a stop they allow would do. Amounts are the expected variant, whole euros, undiscounted.
 */
final class MonitorSection {

    private MonitorSection() {
    }

    static List<Section> of(Progress progress) {
        List<Section> sections = new ArrayList<>();
        if (progress.realisations().hasHalfYears()) {
            String half = progress.realisations().lastHalf().key();
            sections.add(milestones(progress.milestones(), half));
            sections.add(spend(progress.spend(), half));
            progress.forecast().ifPresent(f -> sections.add(forecast(f, half)));
        }
        sections.add(verdicts(progress.kpis()));
        if (!progress.stops().isEmpty()) {
            sections.add(stops(progress.stops(), progress.forecast().orElseThrow()));
        }
        return sections;
    }

    private static Section milestones(List<MilestoneJudgement> judgements, String half) {
        List<Table.Row> rows = judgements.stream().map(j -> {
            String prefix = "milestone|" + j.milestone().id() + "|";
            var tranche = j.milestone().tranche();
            return new Table.Row(j.milestone().id(), List.of(Table.Cell.plain(j.milestone().halfYear().key()),
                    Table.Cell.plain(j.milestone().description()),
                    Table.Cell.plain(String.join(", ", j.milestone().kernaanpakken())),
                    Table.Cell.plain(target(j.milestone().target())),
                    Table.Cell.plain(j.realisation() == null || j.realisation().isMissing() ? "–" : realised(j)),
                    Table.Cell.plain(verdict(j.verdict())),
                    tranche == null ? Table.Cell.plain("–") : FlowSections.euros(tranche.amount(), prefix + "tranche"),
                    Table.Cell.plain(payment(j.payment()))));
        }).toList();
        BigDecimal payable = tranches(judgements, Payment.PAYABLE);
        BigDecimal withheld = tranches(judgements, Payment.WITHHELD);
        Table table = new Table("Mijlpalen tot en met " + half + ", met hun tranche", List.of("Mijlpaal", "Halfjaar",
                "Omschrijving", "Kernaanpak", "Doel", "Gerealiseerd", "Oordeel", "Tranche (euro)", "Uitbetaling"), rows);
        return new Section("mijlpalen", "Monitoring " + half + ": mijlpalen en tranches", List.of(
                "De mijlpalen (PPI's) van de mijlpalenplanning die tot en met " + half + " vielen. Een tranche wordt "
                        + "uitbetaald als de mijlpaal bereikt is en anders aangehouden.",
                "Uit te betalen: " + Dutch.euros(payable) + " euro; aangehouden: " + Dutch.euros(withheld) + " euro."),
                List.of(), List.of(table));
    }

    private static BigDecimal tranches(List<MilestoneJudgement> judgements, Payment payment) {
        return judgements.stream().filter(j -> j.payment() == payment).map(j -> j.milestone().tranche().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String target(MilestoneTarget target) {
        return switch (target.kind()) {
            case COUNT -> "ten minste " + Dutch.number(target.count()) + (target.unit().isEmpty() ? "" : " " + target.unit());
            case DONE -> "gereed";
            case DATE -> "gereed op " + target.date();
        };
    }

    private static String realised(MilestoneJudgement j) {
        var r = j.realisation();
        if (r.count() != null) {
            return Dutch.number(r.count());
        }
        if (r.date() != null) {
            return "gereed op " + r.date();
        }
        return r.done() ? "gereed" : "niet gereed";
    }

    static String verdict(MilestoneVerdict verdict) {
        return switch (verdict) {
            case REACHED -> "bereikt";
            case PARTLY -> "deels bereikt";
            case MISSED -> "niet bereikt";
            case MISSING -> "niet gerapporteerd";
        };
    }

    static String payment(Payment payment) {
        return switch (payment) {
            case PAYABLE -> "uitbetalen";
            case WITHHELD -> "aanhouden";
            case NONE -> "geen tranche";
        };
    }

    private static Section spend(List<SpendLine> lines, String half) {
        List<Table.Row> rows = new ArrayList<>();
        List<String> keys = lines.stream().map(s -> s.line().id() + "\u0000" + s.financier()).distinct().toList();
        for (String key : keys) {
            List<SpendLine> of = lines.stream().filter(s -> (s.line().id() + "\u0000" + s.financier()).equals(key)).toList();
            SpendLine first = of.get(0);
            rows.add(spendRow(first.line().post(), first.financier(), of, "spend|" + first.line().id() + "|"
                    + first.financier() + "|"));
        }
        for (String financier : lines.stream().map(SpendLine::financier).distinct().toList()) {
            rows.add(spendRow("Totaal", financier, lines.stream().filter(s -> s.financier().equals(financier)).toList(),
                    "spend|total|" + financier + "|"));
        }
        rows.add(spendRow("Totaal", "alle financiers", lines, "spend|total|all|"));
        int first = lines.isEmpty() ? 0 : lines.get(0).year();
        Table table = new Table("Besteding per post en financier tegen de begroting (verwacht) van " + first
                + " tot en met het jaar van " + half, List.of("Post", "Financier", "Begroot (euro)", "Besteed (euro)",
                "Uitputting", "Restant (euro)", "Gerapporteerde halfjaren"), rows);
        return new Section("besteding", "Monitoring " + half + ": besteding tegen de begroting", List.of(
                "Wat de projectadministratie per halfjaar als besteed rapporteert, tegen de begroting van de jaren tot "
                        + "en met " + half + ". De uitputting is het bestede deel van het begrote bedrag."),
                List.of(), List.of(table));
    }

    private static Table.Row spendRow(String header, String financier, List<SpendLine> of, String key) {
        BigDecimal budget = of.stream().map(SpendLine::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = of.stream().map(SpendLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        String reported = of.stream().flatMap(s -> s.reported().stream()).map(HalfYear::key).distinct()
                .collect(Collectors.joining(", "));
        Table.Cell exhaustion = budget.signum() == 0 ? Table.Cell.plain("–")
                : percent(spent.multiply(BigDecimal.valueOf(100)).divide(budget, 10, java.math.RoundingMode.HALF_UP),
                        key + "exhaustion_percent");
        return new Table.Row(header, List.of(Table.Cell.plain(financier), FlowSections.euros(budget, key + "budget"),
                FlowSections.euros(spent, key + "spent"), exhaustion,
                FlowSections.euros(budget.subtract(spent), key + "remainder"),
                Table.Cell.plain(reported.isEmpty() ? "–" : reported)));
    }

    private static Table.Cell percent(BigDecimal value, String key) {
        return new Table.Cell(Dutch.number(value) + "%", Amounts.csv(value), key);
    }

    private static Section forecast(Forecast forecast, String half) {
        Ledger plan = new Ledger(forecast.plan());
        Ledger realised = new Ledger(forecast.forecast());
        List<String> financiers = plan.financiers();
        List<Table.Row> perFinancier = new ArrayList<>();
        for (String financier : financiers) {
            perFinancier.add(compare(financier, plan, realised, financier, "forecast|" + financier + "|"));
        }
        perFinancier.add(compare("Totaal", plan, realised, null, "forecast|all|"));
        Table byFinancier = new Table("Netto resultaat over de looptijd per financier (verwacht), in euro's",
                List.of("Financier", "Plan", "Prognose", "Verschil"), perFinancier);
        List<Table.Row> perKernaanpak = new ArrayList<>();
        List<String> columns = new ArrayList<>(List.of("Kernaanpak"));
        financiers.forEach(f -> columns.add("Verschil " + f));
        columns.add("Verschil totaal");
        for (String k : plan.kernaanpakken()) {
            List<Table.Cell> cells = new ArrayList<>();
            for (String f : financiers) {
                cells.add(FlowSections.euros(difference(plan, realised, f, k), "forecast|" + k + "|" + f + "|difference"));
            }
            cells.add(FlowSections.euros(difference(plan, realised, null, k), "forecast|" + k + "|all|difference"));
            perKernaanpak.add(new Table.Row(k, cells));
        }
        Table byKernaanpak = new Table("Verschil tussen prognose en plan per kernaanpak en financier (netto, verwacht), "
                + "in euro's", columns, perKernaanpak);
        List<Table.Row> volumes = new ArrayList<>();
        for (VolumeYear v : forecast.volumes()) {
            volumes.add(new Table.Row(v.kernaanpak() + ": " + v.name(), List.of(Table.Cell.plain(Integer.toString(v.year())),
                    KpiSections.number(v.planned(), "volume|" + v.kernaanpak() + "|" + v.name() + "|" + v.year() + "|plan"),
                    KpiSections.number(v.forecast(), "volume|" + v.kernaanpak() + "|" + v.name() + "|" + v.year()
                            + "|forecast"),
                    Table.Cell.plain(v.realised().stream().map(HalfYear::key).collect(Collectors.joining(", "))))));
        }
        List<Table> tables = new ArrayList<>(List.of(byFinancier, byKernaanpak));
        if (!volumes.isEmpty()) {
            tables.add(new Table("Gerealiseerde volumes per jaar naast het plan", List.of("Kernaanpak: grootheid", "Jaar",
                    "Plan", "Prognose", "Gerealiseerde halfjaren"), volumes));
        }
        return new Section("prognose", "Monitoring " + half + ": prognose van de business case", List.of(
                "De business case opnieuw berekend met de gerealiseerde volumes en bestedingen van de halfjaren tot en met "
                        + half + " en het plan voor de rest, naast het plan zelf. Een halfjaar zonder realisatie telt "
                        + "zoals het plan."), List.of(), tables);
    }

    private static Table.Row compare(String header, Ledger plan, Ledger realised, String financier, String key) {
        BigDecimal p = plan.net(financier, null, null, Variant.EXPECTED);
        BigDecimal f = realised.net(financier, null, null, Variant.EXPECTED);
        return new Table.Row(header, List.of(FlowSections.euros(p, key + "plan"), FlowSections.euros(f, key + "forecast"),
                FlowSections.euros(f.subtract(p), key + "difference")));
    }

    private static BigDecimal difference(Ledger plan, Ledger realised, String financier, String kernaanpak) {
        return realised.net(financier, kernaanpak, null, Variant.EXPECTED)
                .subtract(plan.net(financier, kernaanpak, null, Variant.EXPECTED));
    }

    private static Section verdicts(List<Judgement> judgements) {
        List<Table.Row> rows = judgements.stream().map(j -> {
            String prefix = "monitor|" + j.kpi() + "|" + j.year() + "|";
            return new Table.Row(j.kpi(), List.of(Table.Cell.plain(Integer.toString(j.year())),
                    KpiSections.number(j.band().min(), prefix + "band_min"),
                    KpiSections.number(j.band().max(), prefix + "band_max"),
                    optional(j.realised(), prefix + "realised"), optional(j.corrected(), prefix + "corrected"),
                    Table.Cell.plain(j.position() == null ? "–" : KpiSections.position(j.position())),
                    Table.Cell.plain(verdict(j.verdict()) + (j.belowInRow() > 1 ? " (" + j.belowInRow()
                            + " jaar op rij onder de band)" : ""))));
        }).toList();
        Table table = new Table("Oordeel per KPI en jaar volgens de spelregels", List.of("KPI", "Jaar", "Band minimum",
                "Band maximum", "Gerealiseerd", "Gecorrigeerd", "Positie", "Oordeel"), rows);
        return new Section("monitor", "Monitoring: oordeel volgens de spelregels", List.of(
                "Gerealiseerde waarden, gecorrigeerd voor externe factoren, tegen de bandbreedte. Eén jaar onder de "
                        + "band vraagt om een analyse, twee jaar op rij om een verbeterplan."), List.of(), List.of(table));
    }

    private static Section stops(List<StopConsequence> stops, Forecast forecast) {
        Ledger realised = new Ledger(forecast.forecast());
        List<String> paragraphs = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        paragraphs.add("Na twee jaar op rij onder de band mag de zorgverzekeraar de financiering van de aan de KPI "
                + "gekoppelde activiteiten stopzetten. Dat raakt alleen toekomstige activiteiten, mijlpalen en "
                + "tranches: vanaf het eerstvolgende jaar starten er geen nieuwe casussen, en de begrotingsposten van "
                + "die kernaanpakken vervallen; effecten van eerder gestarte casussen lopen door.");
        for (StopConsequence stop : stops) {
            String kpi = stop.kpi().id();
            Ledger stopped = new Ledger(stop.result());
            List<Table.Row> rows = new ArrayList<>();
            List<String> keys = new ArrayList<>(realised.financiers());
            keys.add(null);
            for (String f : keys) {
                String key = "stop|" + kpi + "|" + (f == null ? "all" : f) + "|";
                BigDecimal net = realised.net(f, null, null, Variant.EXPECTED);
                BigDecimal after = stopped.net(f, null, null, Variant.EXPECTED);
                rows.add(new Table.Row(f == null ? "Totaal" : f, List.of(FlowSections.euros(net, key + "forecast"),
                        FlowSections.euros(after, key + "stop"), FlowSections.euros(after.subtract(net), key + "difference"),
                        FlowSections.euros(realised.benefits(f, null, null, Variant.EXPECTED)
                                .subtract(stopped.benefits(f, null, null, Variant.EXPECTED)), key + "benefits_lost"),
                        FlowSections.euros(realised.investments(f, null, null, Variant.EXPECTED)
                                .subtract(stopped.investments(f, null, null, Variant.EXPECTED)), key + "spend_saved"))));
            }
            tables.add(new Table(kpi + ": " + String.join(", ", stop.kernaanpakken()) + " gestopt vanaf " + stop.stopFrom()
                    + ", netto over de looptijd (verwacht), in euro's", List.of("Financier", "Prognose",
                    "Met stopzetting", "Verschil", "Vervallen baten", "Bespaarde uitgaven"), rows));
            paragraphs.add(kpi + " (" + stop.judgement().year() + ": " + verdict(Verdict.IMPROVEMENT_PLAN) + "): "
                    + (stop.stopsAnything() ? "stopzetting van " + String.join(", ", stop.kernaanpakken()) + " vanaf "
                    + stop.stopFrom() + (stop.tranchesGone().isEmpty() ? "" : "; vervallen tranches: "
                    + String.join(", ", stop.tranchesGone().stream().map(m -> m.halfYear().key() + " " + m.id()).toList()))
                    : "geen planjaar meer over om te stoppen") + ".");
        }
        return new Section("stopzetting", "Monitoring: gevolg van stopzetting volgens de spelregels", paragraphs, List.of(),
                tables);
    }

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case CONTINUE -> "doorgaan";
            case ANALYSIS -> "analyse";
            case IMPROVEMENT_PLAN -> "verbeterplan";
            case MISSING -> "geen realisatie";
        };
    }

    private static Table.Cell optional(BigDecimal value, String key) {
        return value == null ? Table.Cell.plain("–") : new Table.Cell(Dutch.number(value), Amounts.csv(value), key);
    }
}
