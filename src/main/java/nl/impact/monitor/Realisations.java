package nl.impact.monitor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import nl.impact.model.HalfYear;
import nl.impact.scenario.Problem;

/**
 * All realisations read from one file: KPI values by KPI and year, and per half year the milestones,
 * the spend per budget line and financier, and the volumes of the kernaanpakken. {@code untilYear} is
 * the last year whose KPIs are due: the latest year with a KPI row, or the last year whose second half
 * is reported, whichever is later. {@code lastHalf} is the latest half year with a row (null when
 * the file reports KPIs only): the half year being monitored; later ones are not due yet. The warnings
 * are numbers written as a Dutch thousands separator would be ({@code 1.500}, read as 1.5).
 */
public record Realisations(Map<String, SortedMap<Integer, Realisation>> byKpi, int untilYear,
        Map<String, MilestoneRealisation> milestones, List<SpendRealisation> spend, List<VolumeRealisation> volumes,
        HalfYear lastHalf, List<Problem> warnings) {

    /** Realised KPI values only, as the yearly realisations file gives them. */
    public Realisations(Map<String, SortedMap<Integer, Realisation>> byKpi, int untilYear) {
        this(byKpi, untilYear, Map.of(), List.of(), List.of(), null, List.of());
    }

    public Realisations {
        spend = List.copyOf(spend);
        volumes = List.copyOf(volumes);
        warnings = List.copyOf(warnings);
    }

    public Optional<Realisation> get(String kpi, int year) {
        SortedMap<Integer, Realisation> years = byKpi.get(kpi);
        return Optional.ofNullable(years == null ? null : years.get(year));
    }

    /** True when the file reports half years: milestones, spend or volumes. */
    public boolean hasHalfYears() {
        return lastHalf != null;
    }

    /** The year the monitoring stands in: that of the last half year reported, else the last KPI year. */
    public int reportedYear() {
        return lastHalf != null ? Math.max(lastHalf.year(), untilYear) : untilYear;
    }
}
