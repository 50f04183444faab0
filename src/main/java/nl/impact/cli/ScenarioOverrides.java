package nl.impact.cli;

import java.util.ArrayList;
import java.util.List;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.ScenarioOverride;
import picocli.CommandLine.Option;

/** {@code --set PATH=VALUE}, for every command that reads a scenario: add it with one {@code @Mixin}. */
public final class ScenarioOverrides {

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Override a value of the scenario (repeatable), for instance:",
                "discountRate.value=0.03",
                "kernaanpakken.<id>.clientenPerFte.value=120",
                "VALUE is one YAML value: 120, text, or a map or list in flow style such as {min: 100, max: 140}. A key "
                        + "with . [ ] or quotes goes in double quotes:",
                "domains.\"Zvw [NL]\".financier=zorgverzekeraar",
                "Validated like the file; the figures it sets get provenance 'override'."})
    List<String> sets = new ArrayList<>();

    /** The overrides in the order given; a malformed one is invalid input. */
    public List<ScenarioOverride> overrides() throws InvalidInputException {
        List<ScenarioOverride> list = new ArrayList<>();
        for (String set : sets) {
            list.add(ScenarioOverride.parse(set));
        }
        return list;
    }

    public boolean any() {
        return !sets.isEmpty();
    }
}
