package nl.impact.calc.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.model.Parameter;

/**
 * The register of inputs: every number a plan uses, once, in the order the plan first uses it,
 * found by its path without a scan. Sensitivity, simulation, diff, {@code --set}, the sources of
 * the report and the labels of the tornado all read it.
 */
public final class Inputs {

    private final List<Input> all = new ArrayList<>();
    private final Map<String, Input> byPath = new HashMap<>();

    /** The input at {@code parameter}'s path, registered with {@code label} on first use. */
    Input register(Parameter parameter, String label) {
        Input known = byPath.get(parameter.path());
        if (known != null) {
            return known;
        }
        Input input = new Input(all.size(), parameter.path(), label, Input.Kind.of(parameter.kind(), parameter.unit()),
                parameter);
        all.add(input);
        byPath.put(input.path(), input);
        return input;
    }

    public List<Input> all() {
        return Collections.unmodifiableList(all);
    }

    public int size() {
        return all.size();
    }

    public Input get(int index) {
        return all.get(index);
    }

    public Optional<Input> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The Dutch label of the input at {@code path}, or the path itself when no input stands there. */
    public String label(String path) {
        Input input = byPath.get(path);
        return input == null ? path : input.label();
    }
}
