package nl.impact.report.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.plan.Input;
import nl.impact.calc.plan.Labels;
import nl.impact.calc.plan.Plan;
import nl.impact.engine.RunResult;
import nl.impact.model.Area;
import nl.impact.model.AreaColumn;
import nl.impact.model.AreaTable;
import nl.impact.model.Correlation;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Kpi;
import nl.impact.model.KpiBand;
import nl.impact.model.Parameter;
import nl.impact.model.Provenance;
import nl.impact.model.Scenario;

/**
 * Where every figure the plan uses comes from, each with its provenance: every input of the
 * register (parameters, effect amounts and corrections, budget figures and shares), every figure
 * written as a formula (derived), the area table's cells as one group with the table's provenance,
 * and the KPIs' parameters, targets and bands; then how many of them are of each kind. A cited band
 * whose expected value is its midpoint counts as derived: no source gives that value.
 */
final class SourcesSection {

    /** One row: a figure, or a group of figures with one provenance (the area table's cells). */
    record Figure(String part, String name, Provenance.Kind kind, String text, long count) {
    }

    /** The order the counts are shown in, from most to least certain. */
    private static final List<Provenance.Kind> KINDS = List.of(Provenance.Kind.SOURCE, Provenance.Kind.DERIVED,
            Provenance.Kind.ASSUMPTION, Provenance.Kind.PLACEHOLDER, Provenance.Kind.OVERRIDE);

    private SourcesSection() {
    }

    static Section of(RunResult result) {
        List<Figure> figures = figures(result.plan());
        Map<Provenance.Kind, Long> counts = counts(figures);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long assumed = counts.get(Provenance.Kind.ASSUMPTION) + counts.get(Provenance.Kind.PLACEHOLDER)
                + counts.get(Provenance.Kind.OVERRIDE);
        List<Table.Row> rows = new ArrayList<>();
        for (Figure f : figures) {
            rows.add(new Table.Row(f.part(), List.of(Table.Cell.plain(f.name()),
                    Table.Cell.plain(nl.impact.report.excel.Labels.provenance(f.kind())), Table.Cell.plain(f.text()))));
        }
        List<Table.Row> countRows = new ArrayList<>();
        for (Provenance.Kind kind : KINDS) {
            if (counts.get(kind) > 0 || kind != Provenance.Kind.OVERRIDE) {
                countRows.add(new Table.Row(nl.impact.report.excel.Labels.provenance(kind),
                        List.of(count(counts.get(kind), "sources|" + kind.key() + "|count"))));
            }
        }
        countRows.add(new Table.Row("totaal", List.of(count(total, "sources|total|count"))));
        Table summary = new Table("Getallen van het plan naar herkomst", List.of("Herkomst", "Aantal getallen"),
                countRows);
        Table table = new Table("Herkomst van elk getal in het scenario", List.of("Onderdeel", "Getal", "Soort",
                "Herkomst"), rows);
        String kinds = counts.get(Provenance.Kind.OVERRIDE) > 0 ? "aannames, voorlopig of een wat-als (--set)"
                : "aannames of voorlopig";
        return new Section("bronnen", "Bronnen en aannames", List.of("Elk getal in het scenario noemt zijn bron, of is "
                + "gemarkeerd als aanname of als afgeleid van andere getallen. " + whole(assumed) + " van de "
                + whole(total) + " getallen zijn " + kinds + ". Een getal dat een formule "
                + "is, telt als afgeleid; een band met een bron maar zonder verwachte waarde ook (de verwachte "
                + "waarde is dan het midden van de band)."), List.of(), List.of(summary, table));
    }

    /** Every figure the plan uses, in the scenario's order. */
    static List<Figure> figures(Plan plan) {
        Scenario scenario = plan.scenario();
        List<Figure> figures = new ArrayList<>();
        for (Input input : plan.inputs().all()) {
            figures.add(new Figure(part(scenario, input.path()), input.label(), kind(input.parameter()),
                    input.provenance().text(), 1));
        }
        for (Input formula : plan.inputs().formulas()) {
            figures.add(new Figure(part(scenario, formula.path()), formula.label(), Provenance.Kind.DERIVED,
                    formula.provenance().text(), 1));
        }
        // The shared parameters first, then each kernaanpak's figures, then the begroting's, as in the scenario.
        List<String> parts = new ArrayList<>(List.of("Algemeen"));
        scenario.kernaanpakken().forEach(k -> parts.add(k.name()));
        parts.add("Begroting");
        figures.sort(java.util.Comparator.comparingInt(f -> parts.indexOf(f.part())));
        if (scenario.hasAreas()) {
            areaTable(scenario.areas(), figures);
        }
        // A KPI's formula may read a shared parameter the register already counts: each figure once.
        java.util.Set<String> counted = new java.util.HashSet<>();
        plan.inputs().all().forEach(i -> counted.add(i.path()));
        plan.inputs().formulas().forEach(i -> counted.add(i.path()));
        for (Kpi kpi : scenario.kpis()) {
            for (Parameter p : kpi.parameters().values()) {
                if (counted.add(p.path())) {
                    figures.add(new Figure(kpi.name(), Labels.kpiParameter(kpi, p), kind(p), p.provenance().text(),
                            1));
                }
            }
            if (kpi.target() != null && kpi.target().hasValue()) {
                figures.add(new Figure(kpi.name(), "doel " + kpi.target().year(), kpi.target().provenance().counted(),
                        kpi.target().provenance().text(), 1));
            }
            for (KpiBand band : kpi.bands().values()) {
                figures.add(new Figure(kpi.name(), "band " + band.year(), band.provenance().counted(),
                        band.provenance().text(), 1));
            }
        }
        for (Correlation c : scenario.correlations()) {
            figures.add(new Figure("Correlaties", "rangcorrelatie van " + plan.inputs().label(c.first()) + " en "
                    + plan.inputs().label(c.second()), c.provenance().counted(), c.provenance().text(), 1));
        }
        return figures;
    }

    /**
     * The area table's cells: one row for those with the table's provenance (areas x declared columns),
     * and one for each cell a {@code --set} changed.
     */
    private static void areaTable(AreaTable table, List<Figure> figures) {
        long cells = (long) table.areas().size() * table.columns().size();
        List<Figure> set = new ArrayList<>();
        for (Area area : table.areas()) {
            for (AreaColumn column : table.columns()) {
                Provenance provenance = table.provenance(area, column);
                if (provenance != table.provenance()) {
                    set.add(new Figure("Gebiedentabel", area.name() + " (" + area.code() + ") - " + column.header(),
                            provenance.counted(), provenance.text(), 1));
                }
            }
        }
        String columns = String.join(", ", table.columns().stream().map(AreaColumn::header).toList());
        String of = table.areas().size() + " gebieden x " + table.columns().size() + " kolommen (" + columns + ")";
        figures.add(new Figure("Gebiedentabel", set.isEmpty() ? "alle " + cells + " cellen: " + of
                : (cells - set.size()) + " van de " + cells + " cellen: " + of + ", zonder de " + set.size()
                        + " hieronder", table.provenance().counted(), table.provenance().text(), cells - set.size()));
        figures.addAll(set);
    }

    /** How many figures are of each kind (every kind present, zero when none). */
    static Map<Provenance.Kind, Long> counts(List<Figure> figures) {
        Map<Provenance.Kind, Long> counts = new EnumMap<>(Provenance.Kind.class);
        for (Provenance.Kind kind : Provenance.Kind.values()) {
            counts.put(kind, 0L);
        }
        figures.forEach(f -> counts.merge(f.kind(), f.count(), Long::sum));
        return counts;
    }

    /** A formula is derived from other figures; any other figure is as its provenance says. */
    private static Provenance.Kind kind(Parameter p) {
        return p.isFormula() ? Provenance.Kind.DERIVED : p.provenance().counted();
    }

    /** The part of the scenario a path lies in: a kernaanpak by its name, the begroting, or the shared parameters. */
    private static String part(Scenario scenario, String path) {
        List<Object> steps = nl.impact.model.Paths.steps(path);
        String first = steps == null || steps.isEmpty() ? "" : String.valueOf(steps.get(0));
        if (first.equals("kernaanpakken") && steps.size() > 1) {
            for (Kernaanpak k : scenario.kernaanpakken()) {
                if (k.id().equals(steps.get(1))) {
                    return k.name();
                }
            }
        }
        return first.equals("begroting") ? "Begroting" : "Algemeen";
    }

    private static Table.Cell count(long n, String key) {
        return new Table.Cell(whole(n), Long.toString(n), key);
    }

    private static String whole(long n) {
        return Dutch.euros(java.math.BigDecimal.valueOf(n));
    }
}
