package nl.impact.calc;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The kernaanpak calculators on the class path, by id. Built-ins are found the same way as plugins. */
public final class CalculatorRegistry {

    private final Map<String, KernaanpakCalculator> byId;

    private CalculatorRegistry(Map<String, KernaanpakCalculator> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static CalculatorRegistry load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    public static CalculatorRegistry load(ClassLoader loader) {
        Map<String, KernaanpakCalculator> byId = new TreeMap<>();
        for (KernaanpakCalculator calculator : ServiceLoader.load(KernaanpakCalculator.class, loader)) {
            KernaanpakCalculator previous = byId.putIfAbsent(calculator.id(), calculator);
            if (previous != null && previous.getClass() != calculator.getClass()) {
                throw new IllegalStateException("two calculators share the id '" + calculator.id() + "': "
                        + previous.getClass().getName() + " and " + calculator.getClass().getName());
            }
        }
        return new CalculatorRegistry(byId);
    }

    public Optional<KernaanpakCalculator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<KernaanpakCalculator> all() {
        return byId.values();
    }
}
