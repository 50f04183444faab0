package nl.impact.monitor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import nl.impact.scenario.Problem;

/**
 * All realisations read from one file, by KPI and year. {@code untilYear} is the latest year the
 * file has a row for: the year being monitored. Band years after it are not due yet. The warnings
 * are numbers written as a Dutch thousands separator would be ({@code 1.500}, read as 1.5).
 */
public record Realisations(Map<String, SortedMap<Integer, Realisation>> byKpi, int untilYear,
        List<Problem> warnings) {

    public Realisations(Map<String, SortedMap<Integer, Realisation>> byKpi, int untilYear) {
        this(byKpi, untilYear, List.of());
    }

    public Optional<Realisation> get(String kpi, int year) {
        SortedMap<Integer, Realisation> years = byKpi.get(kpi);
        return Optional.ofNullable(years == null ? null : years.get(year));
    }
}
