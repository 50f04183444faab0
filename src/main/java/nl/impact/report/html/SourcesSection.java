package nl.impact.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.impact.engine.BudgetLineResult;
import nl.impact.engine.RunResult;
import nl.impact.model.Kernaanpak;
import nl.impact.model.KpiBand;
import nl.impact.model.Parameter;
import nl.impact.model.Provenance;
import nl.impact.model.Kpi;
import nl.impact.report.excel.Labels;

/** Where every figure comes from: each parameter, budget line and KPI band with its source or assumption. */
final class SourcesSection {

    private SourcesSection() {
    }

    static Section of(RunResult result) {
        List<Table.Row> rows = new ArrayList<>();
        parameters(rows, "Algemeen", result.scenario().parameters());
        for (Kernaanpak k : result.scenario().kernaanpakken()) {
            parameters(rows, k.name(), k.parameters());
        }
        for (BudgetLineResult line : result.budget()) {
            rows.add(row("Begroting", line.line().post(), line.provenance(), BudgetBasisText.of(line.line())));
        }
        for (Kpi kpi : result.scenario().kpis()) {
            for (KpiBand band : kpi.bands().values()) {
                rows.add(row(kpi.name(), "band " + band.year(), band.provenance().kind(), band.provenance().text()));
            }
        }
        String assumption = Labels.provenance(Provenance.Kind.ASSUMPTION);
        String provisional = Labels.provenance(Provenance.Kind.PLACEHOLDER);
        long assumed = rows.stream().map(r -> r.cells().get(1).text())
                .filter(k -> k.equals(assumption) || k.equals(provisional)).count();
        Table table = new Table("Herkomst van elk getal in het scenario", List.of("Onderdeel", "Getal", "Soort", "Herkomst"),
                rows);
        return new Section("bronnen", "Bronnen en aannames", List.of("Elk getal in het scenario noemt zijn bron, of is "
                + "gemarkeerd als aanname of als afgeleid van andere getallen. " + assumed + " van de " + rows.size()
                + " getallen zijn aannames of voorlopig."), List.of(), List.of(table));
    }

    private static void parameters(List<Table.Row> rows, String part, Map<String, Parameter> parameters) {
        for (Parameter p : parameters.values()) {
            rows.add(row(part, p.name(), p.provenance().kind(), p.provenance().text()));
        }
    }

    private static Table.Row row(String part, String figure, Provenance.Kind kind, String text) {
        return new Table.Row(part, List.of(Table.Cell.plain(figure), Table.Cell.plain(Labels.provenance(kind)),
                Table.Cell.plain(text)));
    }
}
