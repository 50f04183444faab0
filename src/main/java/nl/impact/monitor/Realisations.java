package nl.impact.monitor;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * All realisations read from one file, by KPI and year. {@code untilYear} is the latest year the
 * file has a row for: the year being monitored. Band years after it are not due yet.
 */
public record Realisations(Map<String, SortedMap<Integer, Realisation>> byKpi, int untilYear) {

    public Optional<Realisation> get(String kpi, int year) {
        SortedMap<Integer, Realisation> years = byKpi.get(kpi);
        return Optional.ofNullable(years == null ? null : years.get(year));
    }
}
