package nl.impact.model;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole scenario as read from its file: the plan's years, its domains and financiers, shared
 * parameters, its kernaanpakken, its begroting (budget) and its KPIs. Every figure in it carries
 * provenance; the source map says where in the file each path is, for messages about it.
 *
 * @param areas the area table, or null for a scenario of one region (see docs/areas.md)
 * @param correlations rank correlations between banded parameters, drawn jointly in a simulation
 * @param discountRate the yearly rate the business case's net present value is discounted at; 0
 *     (the plan's own convention: undiscounted) unless the scenario sets one
 * @param workbooks the xlsx workbooks its values come from ({@code fromExcel}), sorted
 * @param settlements the verrekeningen: money the plan moves between financiers (docs/budget.md)
 * @param milestones the mijlpalenplanning: milestones per half year with their tranches (docs/monitoring.md)
 * @param version the scenario's own version label ({@code version:}), or null
 * @param date the scenario's own date ({@code date:}), the date its documents carry, or null
 */
public record Scenario(
        Path file,
        String name,
        String description,
        YearRange years,
        Map<String, Domain> domains,
        Map<String, Parameter> parameters,
        List<Kernaanpak> kernaanpakken,
        SourceMap sourceMap,
        Begroting begroting,
        BigDecimal discountRate,
        List<Kpi> kpis,
        AreaTable areas,
        List<Correlation> correlations,
        List<Path> workbooks,
        List<Settlement> settlements,
        MilestonePlan milestones,
        String version,
        java.time.LocalDate date) {

    public Scenario {
        workbooks = List.copyOf(workbooks);
        settlements = List.copyOf(settlements);
    }

    /**
     * Every file the scenario was read from: its own file, its area table, the workbooks of its
     * values. No output may replace one of them.
     */
    public List<Path> inputs() {
        LinkedHashSet<Path> inputs = new LinkedHashSet<>();
        if (file != null) {
            inputs.add(file);
        }
        if (areas != null && areas.file() != null) {
            inputs.add(areas.file());
        }
        inputs.addAll(workbooks);
        return List.copyOf(inputs);
    }

    /** Whether the scenario is computed per area of an area table. */
    public boolean hasAreas() {
        return areas != null;
    }

    public Optional<Domain> domain(String name) {
        return Optional.ofNullable(domains.get(name));
    }

    /** The financiers in the order their first domain appears. */
    public List<String> financiers() {
        return domains.values().stream().map(Domain::financier).distinct().toList();
    }

    /** The domains' financiers, then those only the begroting declares: everyone who pays or gains. */
    public List<String> allFinanciers() {
        LinkedHashSet<String> all = new LinkedHashSet<>(financiers());
        all.addAll(begroting.financiers());
        return List.copyOf(all);
    }
}
