package nl.impact.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * With a simulation: per KPI and band year the probability that the KPI lands below its band (the
 * position that calls for the spelregels), within it and above it, as simulation-kpis.csv has them.
 */
final class KpiRiskSection {

    private KpiRiskSection() {
    }

    /** @param names the KPIs' names by id */
    static Optional<Section> of(Uncertainty uncertainty, Map<String, String> names) {
        if (uncertainty.kpis().isEmpty() && uncertainty.kpisNotSimulated().isEmpty()) {
            return Optional.empty();
        }
        List<Table.Row> rows = new ArrayList<>();
        for (Uncertainty.KpiRisk risk : uncertainty.kpis()) {
            String prefix = "simulation-kpis|" + risk.kpi() + "|" + risk.year() + "|";
            rows.add(new Table.Row(name(names, risk.kpi()), List.of(Table.Cell.plain(Integer.toString(risk.year())),
                    probability(risk.below(), prefix + "probability_below"),
                    probability(risk.within(), prefix + "probability_within"),
                    probability(risk.above(), prefix + "probability_above"))));
        }
        List<String> paragraphs = new ArrayList<>(List.of("Hoe waarschijnlijk elke KPI onder, binnen of boven de "
                + "bandbreedte uit het plan valt, over dezelfde " + uncertainty.draws() + " trekkingen als de sectie "
                + "Onzekerheid. Onder de band vraagt volgens de spelregels om actie: een jaar om een analyse, twee jaar "
                + "op rij om een verbeterplan. Dezelfde cijfers staan in simulation-kpis.csv."));
        uncertainty.kpis().stream().filter(r -> r.below().signum() > 0)
                .max(Comparator.comparing(Uncertainty.KpiRisk::below))
                .ifPresentOrElse(r -> paragraphs.add("De grootste kans onder de band: " + name(names, r.kpi()) + " in "
                        + r.year() + ", " + Dutch.percent(r.below()) + "."),
                        () -> paragraphs.add("Geen enkele KPI viel in een trekking onder zijn band."));
        if (!uncertainty.kpisNotSimulated().isEmpty()) {
            paragraphs.add("Niet gesimuleerd (de rekenregel van de KPI heeft geen vorm die de simulatie kan trekken): "
                    + String.join(", ", uncertainty.kpisNotSimulated().stream().map(k -> name(names, k)).toList()) + ".");
        }
        List<Table> tables = rows.isEmpty() ? List.of() : List.of(new Table("Kans per KPI en jaar dat de KPI onder, "
                + "binnen of boven de band valt", List.of("KPI", "Jaar", "Kans onder de band", "Kans binnen de band",
                "Kans boven de band"), rows));
        return Optional.of(new Section("kpi-kansen", "KPI's: kans onder de band", paragraphs, List.of(), tables));
    }

    private static String name(Map<String, String> names, String kpi) {
        return names.getOrDefault(kpi, kpi);
    }

    private static Table.Cell probability(java.math.BigDecimal value, String key) {
        return new Table.Cell(Dutch.percent(value), value.toPlainString(), key);
    }
}
