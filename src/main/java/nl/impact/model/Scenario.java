package nl.impact.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole scenario as read from its file: the plan's years, its domains and financiers, shared
 * parameters, its kernaanpakken and its KPIs. Every figure in it carries provenance; the source map says
 * where in the file each path is, for messages about it.
 */
public record Scenario(
        Path file,
        String name,
        String description,
        YearRange years,
        Map<String, Domain> domains,
        Map<String, Parameter> parameters,
        List<Kernaanpak> kernaanpakken,
        List<Kpi> kpis,
        SourceMap sourceMap) {

    /** A scenario without KPIs. */
    public Scenario(Path file, String name, String description, YearRange years, Map<String, Domain> domains,
            Map<String, Parameter> parameters, List<Kernaanpak> kernaanpakken, SourceMap sourceMap) {
        this(file, name, description, years, domains, parameters, kernaanpakken, List.of(), sourceMap);
    }

    public Optional<Domain> domain(String name) {
        return Optional.ofNullable(domains.get(name));
    }

    /** The financiers in the order their first domain appears. */
    public List<String> financiers() {
        return domains.values().stream().map(Domain::financier).distinct().toList();
    }
}
