package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.engine.KpiResult;
import nl.impact.engine.RunResult;
import nl.impact.model.Band;
import nl.impact.model.KpiBand;
import nl.impact.model.Position;
import nl.impact.report.Amounts;

/** The KPIs: per KPI its band and the scenario's own trajectory, as a chart and a table. */
final class KpiSections {

    private KpiSections() {
    }

    static Optional<Section> of(RunResult result) {
        if (result.kpis().isEmpty()) {
            return Optional.empty();
        }
        List<Chart> charts = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>(List.of("Per KPI de bandbreedte uit het plan (minimaal en maximaal "
                + "effect) en het verwachte verloop volgens dit scenario."));
        int n = 0;
        for (KpiResult kpi : result.kpis()) {
            if (!kpi.kpi().hasBand()) {
                paragraphs.add(kpi.kpi().name() + ": geen bandbreedte; doel in " + kpi.kpi().target().year() + ": "
                        + (kpi.kpi().target().description().isEmpty() ? "zie scenario" : kpi.kpi().target().description()));
                continue;
            }
            charts.add(chart("kpi-" + ++n, kpi));
        }
        return Optional.of(new Section("kpis", "KPI's: bandbreedte en verwacht verloop", paragraphs, charts, List.of()));
    }

    private static Chart chart(String id, KpiResult kpi) {
        Map<String, BigDecimal> min = new LinkedHashMap<>();
        Map<String, BigDecimal> max = new LinkedHashMap<>();
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        List<Table.Row> rows = new ArrayList<>();
        String prefix = "kpis|" + kpi.kpi().id() + "|";
        for (KpiBand band : kpi.kpi().bands().values()) {
            String year = Integer.toString(band.year());
            min.put(year, band.min());
            max.put(year, band.max());
            Optional<Band<BigDecimal>> value = kpi.expectedAt(band.year());
            expected.put(year, value.map(Band::expected).orElse(null));
            rows.add(new Table.Row(year, List.of(number(band.min(), prefix + year + "|band_min"),
                    number(band.max(), prefix + year + "|band_max"),
                    value.map(v -> number(v.expected(), prefix + year + "|expected"))
                            .orElse(Table.Cell.plain("geen modelwaarde")),
                    Table.Cell.plain(kpi.position(band.year()).map(KpiSections::position).orElse("–")))));
        }
        List<SvgCharts.Series> series = new ArrayList<>(List.of(new SvgCharts.Series("Band minimum", min),
                new SvgCharts.Series("Band maximum", max)));
        if (kpi.hasModelValue()) {
            series.add(new SvgCharts.Series("Verwacht (scenario)", expected));
        }
        String unit = kpi.kpi().unit() == null || kpi.kpi().unit().isBlank() ? "" : " (" + kpi.kpi().unit() + ")";
        String title = kpi.kpi().name() + unit;
        Table table = new Table(title + ": bandbreedte en verwacht verloop", List.of("Jaar", "Band minimum",
                "Band maximum", "Verwacht", "Positie"), rows);
        return new Chart(id, title, "Lijndiagram van de bandbreedte (minimum en maximum) van " + kpi.kpi().name()
                + " per jaar" + (kpi.hasModelValue() ? ", met het verwachte verloop volgens het scenario." : "."),
                SvgCharts.svg(id, SvgCharts.Kind.LINES, "Jaar", kpi.kpi().unit() == null ? "" : kpi.kpi().unit(), series),
                table);
    }

    static String position(Position position) {
        return switch (position) {
            case BELOW -> "onder de band";
            case WITHIN -> "binnen de band";
            case ABOVE -> "boven de band";
        };
    }

    static Table.Cell number(BigDecimal value, String key) {
        return new Table.Cell(Dutch.number(value), Amounts.csv(value), key);
    }
}
