package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The optional sections of analyses run beside the base case: the tornado and the uncertainty bands. */
final class AnalysisSections {

    private AnalysisSections() {
    }

    static Section tornado(Tornado tornado) {
        Map<String, BigDecimal> low = new LinkedHashMap<>();
        Map<String, BigDecimal> high = new LinkedHashMap<>();
        List<Table.Row> rows = new ArrayList<>();
        for (Tornado.Bar bar : tornado.bars()) {
            low.put(bar.parameter(), bar.low().subtract(tornado.base()));
            high.put(bar.parameter(), bar.high().subtract(tornado.base()));
            String prefix = tornado.key() + "|" + bar.parameter() + "|";
            rows.add(new Table.Row(bar.parameter(), List.of(FlowSections.euros(bar.low(), prefix + "low"),
                    FlowSections.euros(bar.high(), prefix + "high"),
                    FlowSections.euros(bar.high().subtract(bar.low()).abs(), prefix + "range"))));
        }
        String title = "Gevoeligheid van " + tornado.outcome();
        Table table = new Table(title + " (basis " + Dutch.euros(tornado.base()) + " euro)", List.of("Parameter",
                "Bij lage waarde", "Bij hoge waarde", "Verschil"), rows);
        Chart chart = new Chart("tornado", title, "Tornadodiagram: per parameter hoeveel " + tornado.outcome()
                + " in euro's afwijkt van de basis als die parameter op de lage of de hoge waarde van zijn band staat.",
                SvgCharts.svg("tornado", SvgCharts.Kind.HORIZONTAL_BARS, "Parameter", "Afwijking van de basis (euro)",
                        List.of(new SvgCharts.Series("Lage waarde", low), new SvgCharts.Series("Hoge waarde", high))),
                table);
        return new Section("gevoeligheid", "Gevoeligheid", List.of("Welke aannames het resultaat het meest bepalen: "
                + "elke parameter apart op de grenzen van zijn band, de andere op hun verwachte waarde."),
                List.of(chart), List.of());
    }

    static Section uncertainty(Uncertainty uncertainty) {
        Map<String, BigDecimal> p5 = new LinkedHashMap<>();
        Map<String, BigDecimal> p50 = new LinkedHashMap<>();
        Map<String, BigDecimal> p95 = new LinkedHashMap<>();
        List<Table.Row> rows = new ArrayList<>();
        for (Uncertainty.Year y : uncertainty.years()) {
            String year = Integer.toString(y.year());
            p5.put(year, y.p5());
            p50.put(year, y.p50());
            p95.put(year, y.p95());
            String prefix = uncertainty.key() + "|" + year + "|";
            rows.add(new Table.Row(year, List.of(FlowSections.euros(y.p5(), prefix + "p5"),
                    FlowSections.euros(y.p50(), prefix + "p50"), FlowSections.euros(y.p95(), prefix + "p95"))));
        }
        String title = "Onzekerheid in " + uncertainty.outcome();
        Table table = new Table(title + ", in euro's", List.of("Jaar", "5e percentiel", "Mediaan", "95e percentiel"), rows);
        Chart chart = new Chart("onzekerheid", title, "Lijndiagram van de mediaan van " + uncertainty.outcome()
                + " per jaar met het 5e en 95e percentiel over " + uncertainty.draws() + " trekkingen.",
                SvgCharts.svg("onzekerheid", SvgCharts.Kind.LINES, "Jaar", "Euro", List.of(
                        new SvgCharts.Series("5e percentiel", p5), new SvgCharts.Series("Mediaan", p50),
                        new SvgCharts.Series("95e percentiel", p95))), table);
        return new Section("onzekerheid", "Onzekerheid", List.of("Alle onzekere parameters tegelijk getrokken uit hun "
                + "verdeling (" + uncertainty.draws() + " trekkingen): 90% van de uitkomsten ligt tussen de "
                + "buitenste lijnen."), List.of(chart), List.of());
    }
}
