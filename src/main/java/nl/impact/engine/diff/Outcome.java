package nl.impact.engine.diff;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.BusinessCaseMetrics;
import nl.impact.engine.KpiResult;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Position;
import nl.impact.model.Variant;

/**
 * What a diff compares of one computed scenario: the business case figures per financier and in all,
 * per variant, and the KPI positions per year.
 *
 * @param metrics per variant, per financier (in the scenario's order) then {@code total}
 * @param positions per KPI id, its name and its position per year
 */
record Outcome(Map<Variant, Map<String, BusinessCaseMetrics>> metrics, Map<String, String> kpiNames,
        Map<String, Map<Integer, Position>> positions) {

    static final String TOTAL = "total";

    static Outcome of(RunResult result) {
        BigDecimal rate = result.scenario().discountRate();
        int baseYear = result.scenario().years().first();
        Map<Variant, Map<String, BusinessCaseMetrics>> metrics = new LinkedHashMap<>();
        List<NetFlow> flows = BusinessCase.of(result).stream()
                .filter(f -> f.dimension() != Totals.Dimension.KERNAANPAK).toList();
        for (Variant v : Variant.values()) {
            Map<String, BusinessCaseMetrics> byKey = new LinkedHashMap<>();
            flows.forEach(f -> byKey.put(f.dimension() == Totals.Dimension.TOTAL ? TOTAL : f.key(),
                    BusinessCaseMetrics.of(f, v, rate, baseYear)));
            metrics.put(v, byKey);
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<Integer, Position>> positions = new LinkedHashMap<>();
        for (KpiResult kpi : result.kpis()) {
            names.put(kpi.kpi().id(), kpi.kpi().name());
            Map<Integer, Position> byYear = new TreeMap<>();
            for (Integer year : new TreeSet<>(kpi.kpi().bands().keySet())) {
                kpi.position(year).ifPresent(p -> byYear.put(year, p));
            }
            positions.put(kpi.kpi().id(), byYear);
        }
        return new Outcome(metrics, names, positions);
    }

    /** The exact (unrounded) net of {@code key} in {@code variant}; zero for a financier the scenario lacks. */
    BigDecimal net(Variant variant, String key) {
        BusinessCaseMetrics m = metrics.get(variant).get(key);
        return m == null ? BigDecimal.ZERO : m.net();
    }
}
