package nl.impact.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.impact.model.Band;
import nl.impact.model.EffectResult;
import nl.impact.model.Variant;
import nl.impact.model.YearSeries;

/** Effects added up per financier, per kernaanpak and in all, year by year and per variant. */
public final class Totals {

    /** What a total groups by. */
    public enum Dimension { FINANCIER, KERNAANPAK, TOTAL }

    /** One total: {@code key} is the financier, the kernaanpak id, or {@code total}. */
    public record Total(Dimension dimension, String key, String label, Band<YearSeries> values) {
    }

    private Totals() {
    }

    public static List<Total> of(RunResult result) {
        List<Total> totals = new ArrayList<>();
        Map<String, String> financiers = new LinkedHashMap<>();
        result.scenario().financiers().forEach(f -> financiers.put(f, f));
        totals.addAll(group(result, Dimension.FINANCIER, financiers, EffectResult::financier));
        Map<String, String> kernaanpakken = new LinkedHashMap<>();
        result.scenario().kernaanpakken().forEach(k -> kernaanpakken.put(k.id(), k.name()));
        totals.addAll(group(result, Dimension.KERNAANPAK, kernaanpakken, EffectResult::kernaanpak));
        totals.addAll(group(result, Dimension.TOTAL, Map.of("total", "Totaal"), e -> "total"));
        return totals;
    }

    /** Sums the effects of one kernaanpak, per variant and year. */
    public static Band<YearSeries> of(KernaanpakResult result) {
        return sum(result.effects());
    }

    /** Sums the effects of one kernaanpak per financier, per variant and year, in one pass. */
    public static Map<String, Band<YearSeries>> byFinancier(KernaanpakResult result) {
        Map<String, Band<YearSeries>> sums = new HashMap<>();
        byKey(result.effects(), EffectResult::financier).forEach((financier, effects) -> sums.put(financier, sum(effects)));
        return sums;
    }

    private static List<Total> group(RunResult result, Dimension dimension, Map<String, String> keys,
            Function<EffectResult, String> keyOf) {
        Map<String, List<EffectResult>> byKey = byKey(result.effects().toList(), keyOf);
        List<Total> totals = new ArrayList<>();
        keys.forEach((key, label) -> totals.add(new Total(dimension, key, label,
                sum(byKey.getOrDefault(key, List.of())))));
        return totals;
    }

    /**
     * The items per key in one pass, each group in the items' order (so sums add in the same order
     * as a filter per key would, at a cost linear in the items rather than items times keys).
     */
    public static <T> Map<String, List<T>> byKey(List<T> items, Function<T, String> keyOf) {
        Map<String, List<T>> byKey = new HashMap<>();
        for (T item : items) {
            byKey.computeIfAbsent(keyOf.apply(item), k -> new ArrayList<>()).add(item);
        }
        return byKey;
    }

    static Band<YearSeries> sum(List<EffectResult> effects) {
        return Band.from((Variant v) -> effects.stream().map(e -> e.values().get(v))
                .reduce(YearSeries.empty(), YearSeries::plus));
    }
}
