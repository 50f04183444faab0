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

    /** Characters of a label on the tornado's axis: longer ones lose their middle (the table has them whole). */
    static final int AXIS_LABEL = 80;

    static Section tornado(Tornado tornado) {
        Map<String, BigDecimal> low = new LinkedHashMap<>();
        Map<String, BigDecimal> high = new LinkedHashMap<>();
        List<Table.Row> rows = new ArrayList<>();
        List<String> axis = ShortLabels.of(tornado.bars().stream().map(Tornado.Bar::label).toList(), AXIS_LABEL);
        for (int i = 0; i < tornado.bars().size(); i++) {
            Tornado.Bar bar = tornado.bars().get(i);
            low.put(axis.get(i), bar.low().subtract(tornado.base()));
            high.put(axis.get(i), bar.high().subtract(tornado.base()));
            String prefix = tornado.key() + "|" + bar.key() + "|";
            rows.add(new Table.Row(bar.label(), List.of(FlowSections.euros(bar.low(), prefix + "low"),
                    FlowSections.euros(bar.high(), prefix + "high"),
                    FlowSections.euros(bar.high().subtract(bar.low()).abs(), prefix + "range"))));
        }
        String title = "Gevoeligheid van " + tornado.outcome();
        Table table = new Table(title + " (basis " + Dutch.euros(tornado.base()) + " euro)", List.of("Parameter",
                "Bij lage waarde", "Bij hoge waarde", "Verschil"), rows);
        String ends = tornado.range().isEmpty() ? "op de lage of de hoge waarde van zijn band staat"
                : "op de lage of de hoge waarde van zijn band staat, of zonder band " + tornado.range().substring(1)
                        + " lager of hoger (gemarkeerd met (" + tornado.range() + "))";
        Chart chart = new Chart("tornado", title, "Tornadodiagram: per parameter hoeveel " + tornado.outcome()
                + " in euro's afwijkt van de basis als die parameter " + ends + ".",
                SvgCharts.tornado("tornado", "Parameter", "Afwijking van de basis (euro)",
                        List.of(new SvgCharts.Series("Lage waarde", low), new SvgCharts.Series("Hoge waarde", high))),
                table);
        List<String> paragraphs = new ArrayList<>(List.of("Welke aannames het resultaat het meest bepalen: "
                + "elke parameter apart op de grenzen van zijn band, de andere op hun verwachte waarde."));
        if (!tornado.range().isEmpty()) {
            paragraphs.add("Ook de getallen zonder band zijn meegenomen: elk apart " + tornado.range().substring(1)
                    + " lager en " + tornado.range().substring(1) + " hoger (--sensitivity-range), gemarkeerd met ("
                    + tornado.range() + ") achter de naam. Zo is te zien welke vaste getallen het resultaat het meest "
                    + "bepalen; het is een wat-als, geen onzekerheid die het plan noemt.");
        }
        return new Section("gevoeligheid", "Gevoeligheid", paragraphs, List.of(chart), List.of());
    }

    private static final List<String> PERCENTILE_HEADERS = List.of("P5", "P25", "Mediaan (P50)", "P75", "P95");

    /**
     * The percentiles of net and NPV per financier as a table, and the fan of the whole plan's
     * cumulative net per year (P5 to P95 around the median) as a chart with its table.
     */
    static Section uncertainty(Uncertainty uncertainty, java.util.Optional<String> whichBand) {
        List<Table.Row> figureRows = new ArrayList<>();
        for (Uncertainty.Figure f : uncertainty.figures()) {
            String prefix = uncertainty.key() + "|" + f.level() + "|" + f.name() + "|" + f.measure() + "|all|";
            List<Table.Cell> cells = new ArrayList<>();
            cells.add(Table.Cell.plain(f.measure().equals("net") ? "netto" : "netto contante waarde"));
            for (int p = 0; p < Uncertainty.PERCENTILES.size(); p++) {
                cells.add(FlowSections.euros(f.percentiles().get(p), prefix + Uncertainty.PERCENTILES.get(p)));
            }
            cells.add(FlowSections.euros(f.mean(), prefix + "mean"));
            cells.add(FlowSections.euros(f.sd(), prefix + "sd"));
            cells.add(new Table.Cell(Dutch.number(f.probabilityPositive().movePointRight(2)) + "%",
                    f.probabilityPositive().toPlainString(), prefix + "probability_positive"));
            figureRows.add(new Table.Row(f.label(), cells));
        }
        List<String> columns = new ArrayList<>(List.of("Financier", "Maatstaf"));
        columns.addAll(PERCENTILE_HEADERS);
        columns.addAll(List.of("Gemiddelde", "Standaardafwijking", "Kans op positief"));
        Table figures = new Table("Netto resultaat en netto contante waarde over de looptijd per financier, in euro's",
                columns, figureRows);

        List<Map<String, BigDecimal>> lines = new ArrayList<>();
        PERCENTILE_HEADERS.forEach(h -> lines.add(new LinkedHashMap<>()));
        List<Table.Row> yearRows = new ArrayList<>();
        for (Uncertainty.Year y : uncertainty.cumulativeNet()) {
            String year = Integer.toString(y.year());
            String prefix = uncertainty.key() + "|total|total|cumulative_net|" + year + "|";
            List<Table.Cell> cells = new ArrayList<>();
            for (int p = 0; p < Uncertainty.PERCENTILES.size(); p++) {
                lines.get(p).put(year, y.percentiles().get(p));
                cells.add(FlowSections.euros(y.percentiles().get(p), prefix + Uncertainty.PERCENTILES.get(p)));
            }
            yearRows.add(new Table.Row(year, cells));
        }
        List<String> yearColumns = new ArrayList<>(List.of("Jaar"));
        yearColumns.addAll(PERCENTILE_HEADERS);
        String title = "Onzekerheid in het cumulatieve netto resultaat van het hele plan";
        Table table = new Table(title + ", in euro's", yearColumns, yearRows);
        List<SvgCharts.Series> series = new ArrayList<>();
        for (int p = 0; p < PERCENTILE_HEADERS.size(); p++) {
            series.add(new SvgCharts.Series(PERCENTILE_HEADERS.get(p), lines.get(p)));
        }
        Chart chart = new Chart("onzekerheid", title, "Waaierdiagram: per jaar het cumulatieve netto resultaat van het "
                + "hele plan over " + uncertainty.draws() + " trekkingen; de mediaan als dikke lijn, daaromheen het 25e "
                + "en 75e percentiel en buiten het 5e en 95e percentiel: 90% van de uitkomsten ligt tussen de buitenste "
                + "lijnen.", SvgCharts.svg("onzekerheid", SvgCharts.Kind.FAN, "Jaar", "Euro", series), table);
        List<String> paragraphs = new ArrayList<>(List.of("Alle onzekere parameters tegelijk getrokken uit hun "
                + "verdeling (standaard PERT over minimaal, verwacht en maximaal effect): " + uncertainty.draws()
                + " trekkingen met seed " + uncertainty.seed() + " (generator " + uncertainty.generator() + "). "
                + "P5 betekent: in 5% van de trekkingen is de uitkomst lager; de mediaan (P50) ligt in het midden. "
                + "Dezelfde cijfers staan in simulation.csv."));
        whichBand.ifPresent(paragraphs::add);
        return new Section("onzekerheid", "Onzekerheid", paragraphs, List.of(chart), List.of(figures));
    }
}
