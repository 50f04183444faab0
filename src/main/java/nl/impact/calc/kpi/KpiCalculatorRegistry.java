package nl.impact.calc.kpi;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The KPI calculators on the class path, by id. Built-ins are found the same way as plugins. */
public final class KpiCalculatorRegistry {

    private final Map<String, KpiCalculator> byId;

    private KpiCalculatorRegistry(Map<String, KpiCalculator> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static KpiCalculatorRegistry load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    public static KpiCalculatorRegistry load(ClassLoader loader) {
        Map<String, KpiCalculator> byId = new TreeMap<>();
        for (KpiCalculator calculator : ServiceLoader.load(KpiCalculator.class, loader)) {
            KpiCalculator previous = byId.putIfAbsent(calculator.id(), calculator);
            if (previous != null && previous.getClass() != calculator.getClass()) {
                throw new IllegalStateException("two KPI calculators share the id '" + calculator.id() + "': "
                        + previous.getClass().getName() + " and " + calculator.getClass().getName());
            }
        }
        return new KpiCalculatorRegistry(byId);
    }

    public Optional<KpiCalculator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<KpiCalculator> all() {
        return byId.values();
    }
}
