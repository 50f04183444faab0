package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.List;
import nl.impact.monitor.Judgement;
import nl.impact.monitor.Verdict;
import nl.impact.report.Amounts;

/** The spelregels' verdicts on realised KPI values, when {@code impact monitor} was run. */
final class MonitorSection {

    private MonitorSection() {
    }

    static Section of(List<Judgement> judgements) {
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
