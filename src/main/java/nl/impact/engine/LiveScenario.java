package nl.impact.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.plan.Input;
import nl.impact.calc.plan.Plan;
import nl.impact.engine.diff.ScenarioDiff;
import nl.impact.model.AreaTable;
import nl.impact.model.Paths;
import nl.impact.model.Scenario;
import nl.impact.scenario.DocumentPaths;
import nl.impact.scenario.InputFolders;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.ScenarioOverride;
import nl.impact.scenario.ScenarioPatch;
import nl.impact.scenario.ScenarioReader;
import nl.impact.scenario.SourceDocument;

/**
 * A scenario file computed once, and then again with inputs of its register set to other values,
 * as {@code impact serve} shows it while a room argues them. Every value passes the gate of
 * {@code --set} (the scenario is read anew with the values as {@code --set} options, applied to a
 * copy of the file's parsed tree as {@code --set} applies them to the file, so limits, kinds, bands
 * and characters are checked as {@code validate} checks them); the figures are then
 * recomputed exactly from the computed run ({@link Recomputation#run}), only where the values reach.
 * Not for use by two threads at once.
 */
public final class LiveScenario {

    /**
     * One input set to another value.
     *
     * @param path the input's path in the register
     * @param label its Dutch label
     * @param value the value as given
     * @param provenance its provenance as the scenario read with it says ({@code override ...})
     * @param set the {@code --set} option that gives the same value
     */
    public record Change(String path, String label, String value, String provenance, ScenarioOverride set) {
    }

    /**
     * The run with {@code changes}, in the order they were given.
     *
     * @param run the figures, recomputed from the file's run where the changes reach
     * @param plan the plan of the scenario read with the changes, as {@code impact run --set} builds it
     */
    public record State(RunResult run, List<Change> changes, Plan plan) {

        /**
         * The run as {@code impact run --set} holds it: the changed scenario and its plan with the
         * recomputed figures, for an analysis of the changed scenario (its one-way sensitivity).
         */
        public RunResult ofTheChangedScenario() {
            return new RunResult(plan, plan.scenario(), run.flows(), run.kernaanpakken(), run.budget(), run.kpis(),
                    run.areas());
        }
    }

    /** A band as the page sets it whole: its three numbers in this order. */
    private static final Pattern BAND = Pattern.compile(
            "\\{\\s*min:\\s*([^,{}\\s]+)\\s*,\\s*expected:\\s*([^,{}\\s]+)\\s*,\\s*max:\\s*([^,{}\\s]+)\\s*}");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Path file;
    private final CalculatorRegistry calculators;
    private final KpiCalculatorRegistry kpiCalculators;
    /** The file as parsed, read by no reader: each reading with changes starts from a copy of it. */
    private final SourceDocument parsed;
    private final SourceDocument document;
    private final RunResult base;
    private final Recomputation recomputation;

    private LiveScenario(Path file, CalculatorRegistry calculators,
            KpiCalculatorRegistry kpiCalculators, SourceDocument parsed, SourceDocument document, RunResult base) {
        this.file = file;
        this.calculators = calculators;
        this.kpiCalculators = kpiCalculators;
        this.parsed = parsed;
        this.document = document;
        this.base = base;
        this.recomputation = new Recomputation(base);
    }

    /** Reads and computes {@code file}; invalid input as {@code validate} reports it. */
    public static LiveScenario open(Path file, InputFolders folders) throws InvalidInputException {
        CalculatorRegistry calculators = CalculatorRegistry.load();
        KpiCalculatorRegistry kpiCalculators = KpiCalculatorRegistry.load();
        SourceDocument parsed = SourceDocument.read(file, List.of(), folders);
        SourceDocument document = parsed.withOverrides(List.of());
        Scenario scenario = new ScenarioReader(calculators, kpiCalculators).read(document);
        RunResult run = new KpiEngine(kpiCalculators).evaluate(new Engine(calculators).run(scenario));
        return new LiveScenario(file, calculators, kpiCalculators, parsed, document, run);
    }

    /** The run of the file as it is. */
    public RunResult base() {
        return base;
    }

    /** The file as read: its text positions and tree. */
    public SourceDocument document() {
        return document;
    }

    /**
     * The run with each input at {@code changes}' path (a path of the register) at its value (one
     * YAML value, as after {@code --set PATH=}). Invalid input, located, when a path is no input of
     * the register or a value does not pass the gate of {@code --set}, or a formula fails with it.
     */
    public State with(Map<String, String> changes) throws InvalidInputException {
        if (changes.isEmpty()) {
            return new State(base, List.of(), base.plan());
        }
        List<ScenarioOverride> sets = sets(changes);
        SourceDocument edited = parsed.withOverrides(sets);
        Plan now = new Engine(calculators).plan(new ScenarioReader(calculators, kpiCalculators).read(edited));
        InputOverrides overrides = InputOverrides.NONE;
        List<Change> listed = new ArrayList<>();
        int s = 0;
        for (Map.Entry<String, String> change : changes.entrySet()) {
            Input input = now.inputs().byPath(change.getKey()).orElseThrow();
            overrides = overrides.plus(override(now, input));
            listed.add(new Change(input.path(), input.label(), change.getValue(),
                    input.provenance() == null ? "" : input.provenance().toString(), sets.get(s++)));
        }
        RunResult run = new KpiEngine(kpiCalculators).evaluate(recomputation.run(overrides));
        return new State(run, List.copyOf(listed), now);
    }

    /** The {@code --set} options of {@code changes}; invalid input for a path that is no input of the register. */
    public List<ScenarioOverride> sets(Map<String, String> changes) throws InvalidInputException {
        List<ScenarioOverride> sets = new ArrayList<>();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            if (base.plan().inputs().byPath(change.getKey()).isEmpty()) {
                throw InvalidInputException.of(new Problem(file.toString(), 0, 0, change.getKey(),
                        "not an input of the register of this scenario"));
            }
            sets.add(set(document.root(), change.getKey(), change.getValue()));
        }
        return sets;
    }

    /**
     * The file's text with {@code changes} written in place of the numbers they replace, all else
     * kept; invalid input when a change does not pass the gate or cannot be written so.
     */
    public String patched(Map<String, String> changes) throws InvalidInputException, IOException {
        with(changes);
        List<ScenarioOverride> numbers = new ArrayList<>();
        for (ScenarioOverride set : sets(changes)) {
            numbers.addAll(perNumber(set));
        }
        return ScenarioPatch.apply(document, Files.readString(file), numbers);
    }

    /**
     * A band set whole ({@code PATH={min: .., expected: .., max: ..}}, as the page sets a bound) as
     * the numbers of it that differ from the file's, {@code PATH.max=V}, so each is written where the
     * file writes it; any other option as it is.
     */
    private List<ScenarioOverride> perNumber(ScenarioOverride set) {
        Matcher band = BAND.matcher(set.value());
        JsonNode node = DocumentPaths.at(document.root(), set.path());
        if (!band.matches() || node == null || !node.isObject()) {
            return List.of(set);
        }
        List<ScenarioOverride> numbers = new ArrayList<>();
        List<String> keys = List.of("min", "expected", "max");
        for (int i = 0; i < keys.size(); i++) {
            JsonNode old = node.get(keys.get(i));
            String value = band.group(i + 1);
            boolean same = old != null && old.isNumber() && PLAIN_NUMBER.matcher(value).matches()
                    && new BigDecimal(value).compareTo(old.decimalValue()) == 0;
            if (!same) {
                numbers.add(new ScenarioOverride(Paths.child(set.path(), keys.get(i)), value));
            }
        }
        return numbers;
    }

    /** What {@code changes} change, as {@code impact diff SCENARIO --set ...} compares them. */
    public ScenarioDiff diff(Map<String, String> changes) throws InvalidInputException {
        return ScenarioDiff.of(parsed.withOverrides(List.of()), parsed.withOverrides(sets(changes)));
    }

    /** The scenario file. */
    public Path file() {
        return file;
    }

    private static InputOverrides override(Plan plan, Input input) {
        Optional<int[]> cell = plan.inputs().cellAt(input.path());
        if (cell.isPresent()) {
            AreaTable table = plan.scenario().areas();
            return InputOverrides.cell(table.areas().get(cell.get()[0]).code(),
                    table.columns().get(cell.get()[1]).name(), input.values().expected().at(plan.years().first()));
        }
        return InputOverrides.figure(input.path(), input.values());
    }

    /**
     * The {@code --set} option that gives the input at {@code path} the value {@code value}, keeping
     * what the file writes beside it: {@code PATH.value=V} where the file gives a value, the
     * expected value {@code PATH.expected=V} within a min/max band (the band kept), else {@code PATH=V}.
     * The option passes the gate of the command line (length, characters).
     */
    public static ScenarioOverride set(JsonNode root, String path, String value) throws InvalidInputException {
        JsonNode node = DocumentPaths.at(root, path);
        String target = path;
        boolean scalar = !value.strip().startsWith("{") && !value.strip().startsWith("[");
        if (node != null && node.isObject() && scalar) {
            if (node.has("value")) {
                target = Paths.child(path, "value");
            } else if (node.has("min") && node.has("max")) {
                target = Paths.child(path, "expected");
            }
        }
        return ScenarioOverride.parse(target + "=" + value);
    }
}
