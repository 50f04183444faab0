package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.BusinessCaseMetrics;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Band;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;
import nl.impact.report.Amounts;
import nl.impact.report.BreakEvenText;

/**
 * The money sections: key figures per financier, benefits per year, cumulative net per variant and
 * benefits per financier. Every figure is the one the CSV files hold; each cell's key names the
 * CSV row it comes from ({@code file|dimension|key|...|column}).
 */
final class FlowSections {

    static final Map<Variant, String> VARIANTS = Map.of(Variant.MIN, "Minimaal effect", Variant.EXPECTED, "Verwacht",
            Variant.MAX, "Maximaal effect");

    private FlowSections() {
    }

    static Section keyFigures(RunResult result) {
        boolean settled = !result.scenario().settlements().isEmpty();
        var years = result.scenario().years();
        String period = years.first() == years.effectsUntil() ? "in " + years.first()
                : "over " + years.first() + "-" + years.effectsUntil();
        List<Table.Row> rows = new ArrayList<>();
        List<String> conclusions = new ArrayList<>();
        for (NetFlow flow : BusinessCase.of(result)) {
            if (flow.dimension() == Totals.Dimension.KERNAANPAK) {
                continue;
            }
            boolean total = flow.dimension() == Totals.Dimension.TOTAL;
            rows.add(new Table.Row(total ? "Totaal" : flow.label(), figures(result, flow, settled)));
            conclusions.add(Conclusions.sentence(total ? null : flow.label(), period,
                    metrics(result, flow, Variant.EXPECTED), metrics(result, flow, Variant.MIN),
                    metrics(result, flow, Variant.MAX)));
        }
        List<String> columns = new ArrayList<>(List.of("Financier", "Baten (verwacht)", "Investeringen (verwacht)"));
        if (settled) {
            columns.add("Verrekeningen (verwacht)");
        }
        columns.addAll(List.of("Netto (verwacht)", "Netto bij minimaal effect", "Netto bij maximaal effect",
                "Terugverdienjaar (verwacht)"));
        Table table = new Table("Kerncijfers per financier, " + years.first() + "-" + years.effectsUntil()
                + ", in euro's, niet verdisconteerd", columns, rows);
        List<String> paragraphs = new ArrayList<>(conclusions);
        paragraphs.add("Baten zijn de maatschappelijke effecten die bij een financier neerslaan; investeringen komen uit de "
                        + "begroting. " + (settled ? "Verrekeningen zijn geld dat het plan tussen financiers "
                        + "verschuift (ontvangen min betaald): geen baat en geen investering. Netto is baten min "
                        + "investeringen plus verrekeningen." : "Netto is baten min investeringen.") + " Minimaal en maximaal effect zijn de grenzen "
                        + "van de bandbreedte in het plan. Het terugverdienjaar is het eerste jaar vanaf wanneer het "
                        + "cumulatieve netto tot en met " + years.effectsUntil() + " op of boven nul blijft; geen "
                        + "terugverdienjaar als het cumulatieve netto negatief eindigt of als er geen geldstromen zijn.");
        paragraphs.add(MinMaxText.keyFigures());
        return new Section("kerncijfers", "Kerncijfers per financier", paragraphs, List.of(), List.of(table));
    }

    /**
     * Benefits, investments and net per kernaanpak (and the programme-wide budget lines), with the net
     * at minimal and maximal effect and the break-even year: business-case-summary.csv's kernaanpak rows.
     */
    static Section perKernaanpak(RunResult result) {
        var years = result.scenario().years();
        List<Table.Row> rows = new ArrayList<>();
        Map<String, BigDecimal> benefits = new LinkedHashMap<>();
        Map<String, BigDecimal> investments = new LinkedHashMap<>();
        Map<String, BigDecimal> net = new LinkedHashMap<>();
        List<NetFlow> flows = BusinessCase.of(result).stream()
                .filter(f -> f.dimension() == Totals.Dimension.KERNAANPAK).toList();
        List<String> axis = ShortLabels.of(flows.stream().map(NetFlow::label).toList(), AnalysisSections.AXIS_LABEL);
        for (int i = 0; i < flows.size(); i++) {
            NetFlow flow = flows.get(i);
            // A kernaanpak has no settlements: they are between financiers.
            rows.add(new Table.Row(flow.label(), figures(result, flow, false)));
            BusinessCaseMetrics expected = metrics(result, flow, Variant.EXPECTED);
            benefits.put(axis.get(i), expected.benefits());
            investments.put(axis.get(i), expected.investments());
            net.put(axis.get(i), expected.net());
        }
        Table table = new Table("Resultaat per kernaanpak, " + years.first() + "-" + years.effectsUntil()
                + ", in euro's, niet verdisconteerd", List.of("Kernaanpak", "Baten (verwacht)", "Investeringen (verwacht)",
                "Netto (verwacht)", "Netto bij minimaal effect", "Netto bij maximaal effect", "Terugverdienjaar (verwacht)"),
                rows);
        String title = "Baten, investeringen en netto per kernaanpak (verwacht)";
        Chart chart = new Chart("per-kernaanpak", title, "Liggend staafdiagram: per kernaanpak de verwachte baten, "
                + "investeringen en het netto resultaat over de looptijd, in euro's.",
                SvgCharts.tornado("per-kernaanpak", "Kernaanpak", "Euro", List.of(
                        new SvgCharts.Series("Baten", benefits), new SvgCharts.Series("Investeringen", investments),
                        new SvgCharts.Series("Netto", net))), table);
        return new Section("per-kernaanpak", "Resultaat per kernaanpak", List.of(
                "Wat elke kernaanpak kost en oplevert over " + years.first() + "-" + years.effectsUntil()
                        + ". Investeringen zijn de begrotingsposten van de kernaanpak; posten die bij geen kernaanpak "
                        + "horen staan apart als programmabrede kosten."), List.of(chart), List.of());
    }

    /**
     * Benefits, investments (with {@code settled}, settlements) and net (expected), net at minimal and
     * maximal effect, break-even year.
     */
    private static List<Table.Cell> figures(RunResult result, NetFlow flow, boolean settled) {
        String prefix = "business-case-summary|" + dimension(flow.dimension()) + "|" + flow.key() + "|";
        BusinessCaseMetrics expected = metrics(result, flow, Variant.EXPECTED);
        List<Table.Cell> cells = new ArrayList<>(List.of(
                euros(expected.benefits(), prefix + "expected|benefits"),
                euros(expected.investments(), prefix + "expected|investments")));
        if (settled) {
            cells.add(euros(expected.settlements(), prefix + "expected|settlements"));
        }
        cells.addAll(List.of(
                euros(expected.net(), prefix + "expected|net"),
                euros(metrics(result, flow, Variant.MIN).net(), prefix + "min|net"),
                euros(metrics(result, flow, Variant.MAX).net(), prefix + "max|net")));
        cells.add(Table.Cell.plain(BreakEvenText.dutch(expected.breakEven())));
        return cells;
    }

    /**
     * The key figures per financier of each variant in a table of its own (benefits, investments,
     * settlements, net, break-even year), for a page that shows one variant at a time; the cells are
     * those of business-case-summary.csv, as in {@link #keyFigures}.
     */
    static Section keyFiguresPerVariant(RunResult result) {
        boolean settled = !result.scenario().settlements().isEmpty();
        var years = result.scenario().years();
        List<String> columns = new ArrayList<>(List.of("Financier", "Baten", "Investeringen"));
        if (settled) {
            columns.add("Verrekeningen");
        }
        columns.addAll(List.of("Netto", "Terugverdienjaar"));
        List<Table> tables = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            List<Table.Row> rows = new ArrayList<>();
            for (NetFlow flow : BusinessCase.of(result)) {
                if (flow.dimension() == Totals.Dimension.KERNAANPAK) {
                    continue;
                }
                String prefix = "business-case-summary|" + dimension(flow.dimension()) + "|" + flow.key() + "|"
                        + variant.key() + "|";
                BusinessCaseMetrics metrics = metrics(result, flow, variant);
                List<Table.Cell> cells = new ArrayList<>(List.of(euros(metrics.benefits(), prefix + "benefits"),
                        euros(metrics.investments(), prefix + "investments")));
                if (settled) {
                    cells.add(euros(metrics.settlements(), prefix + "settlements"));
                }
                cells.add(euros(metrics.net(), prefix + "net"));
                cells.add(Table.Cell.plain(BreakEvenText.dutch(metrics.breakEven())));
                rows.add(new Table.Row(flow.dimension() == Totals.Dimension.TOTAL ? "Totaal" : flow.label(), cells));
            }
            tables.add(new Table("Kerncijfers per financier bij " + VARIANTS.get(variant).toLowerCase(java.util.Locale.ROOT)
                    .replace("verwacht", "verwacht effect") + ", " + years.first() + "-" + years.effectsUntil()
                    + ", in euro's, niet verdisconteerd", columns, rows));
        }
        return new Section("kerncijfers-variant", "Kerncijfers bij de gekozen variant", List.of(
                "De kerncijfers bij de variant die hierboven is gekozen: minimaal, verwacht of maximaal effect."),
                List.of(), List.copyOf(tables));
    }

    static Section benefitsPerYear(RunResult result) {
        Totals.Total total = Totals.of(result).stream().filter(t -> t.dimension() == Totals.Dimension.TOTAL)
                .findFirst().orElseThrow();
        Chart chart = variantChart("baten-per-jaar", "Baten per jaar, alle financiers",
                "Staafdiagram van de totale baten per jaar in euro's bij minimaal, verwacht en maximaal effect.",
                SvgCharts.Kind.BARS, total.values(), "summary|total|total|", "");
        return new Section("baten-per-jaar", "Baten per jaar", List.of(
                "De baten van alle kernaanpakken samen per jaar, in euro's, niet verdisconteerd."),
                List.of(chart), List.of());
    }

    static Section cumulativeNet(RunResult result) {
        NetFlow total = BusinessCase.of(result).stream().filter(f -> f.dimension() == Totals.Dimension.TOTAL)
                .findFirst().orElseThrow();
        Chart chart = variantChart("cumulatief-netto", "Cumulatief netto resultaat per variant",
                "Lijndiagram van het cumulatieve netto resultaat (baten min investeringen, opgeteld over de jaren) "
                        + "in euro's bij minimaal, verwacht en maximaal effect.",
                SvgCharts.Kind.LINES, total.cumulativeNet(), "business-case|total|total|cumulative_net|", "");
        return new Section("cumulatief-netto", "Cumulatief netto resultaat", List.of(
                "Baten min investeringen, opgeteld vanaf het eerste jaar. Vanaf het jaar waarin de lijn op of "
                        + "boven nul komt en daar tot het laatste jaar blijft, is de investering terugverdiend."), List.of(chart), List.of());
    }

    static Section benefitsPerFinancier(RunResult result) {
        List<Totals.Total> financiers = Totals.of(result).stream()
                .filter(t -> t.dimension() == Totals.Dimension.FINANCIER).toList();
        List<Integer> years = result.scenario().years().effectYears().boxed().toList();
        List<SvgCharts.Series> series = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        for (Totals.Total f : financiers) {
            series.add(new SvgCharts.Series(f.label(), byYear(years, f.values().expected(), y -> y)));
        }
        for (Integer year : years) {
            rows.add(new Table.Row(year.toString(), financiers.stream()
                    .map(f -> euros(f.values().expected().at(year), "summary|financier|" + f.key() + "|" + year + "|expected"))
                    .toList()));
        }
        List<String> columns = new ArrayList<>(List.of("Jaar"));
        financiers.forEach(f -> columns.add(f.label()));
        Table table = new Table("Verwachte baten per financier en jaar, in euro's", columns, rows);
        String svg = SvgCharts.svg("baten-per-financier", SvgCharts.Kind.STACKED_BARS, "Jaar", "Euro", series);
        Chart chart = new Chart("baten-per-financier", "Verwachte baten per financier",
                "Gestapeld staafdiagram van de verwachte baten per jaar in euro's, per financier.", svg, table);
        return new Section("baten-per-financier", "Baten per financier", List.of(
                "Bij welke financier de verwachte baten neerslaan, per jaar."), List.of(chart), List.of());
    }

    /** A chart of one band (min, expected, max) per effect year, with its table. */
    private static Chart variantChart(String id, String title, String description, SvgCharts.Kind kind,
            Band<YearSeries> values, String keyPrefix, String unit) {
        List<Integer> years = new ArrayList<>(values.expected().values().keySet());
        List<SvgCharts.Series> series = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        for (Variant v : Variant.values()) {
            series.add(new SvgCharts.Series(VARIANTS.get(v), byYear(years, values.get(v), y -> y)));
        }
        for (Integer year : years) {
            rows.add(new Table.Row(year.toString(), java.util.Arrays.stream(Variant.values())
                    .map(v -> euros(values.get(v).at(year), keyPrefix + year + "|" + v.key())).toList()));
        }
        Table table = new Table(title + ", in euro's", List.of("Jaar", VARIANTS.get(Variant.MIN),
                VARIANTS.get(Variant.EXPECTED), VARIANTS.get(Variant.MAX)), rows);
        return new Chart(id, title, description, SvgCharts.svg(id, kind, "Jaar", "Euro" + unit, series), table);
    }

    private static Map<String, BigDecimal> byYear(List<Integer> years, YearSeries series, Function<Integer, Integer> year) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        years.forEach(y -> values.put(y.toString(), series.at(year.apply(y))));
        return values;
    }

    private static BusinessCaseMetrics metrics(RunResult result, NetFlow flow, Variant variant) {
        return BusinessCaseMetrics.of(flow, variant, result.scenario().discountRate(), result.scenario().years().first());
    }

    static Table.Cell euros(BigDecimal value, String key) {
        return new Table.Cell(Dutch.euros(value), Amounts.csv(value), key);
    }

    private static String dimension(Totals.Dimension dimension) {
        return dimension.name().toLowerCase(java.util.Locale.ROOT);
    }
}
