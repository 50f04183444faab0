package nl.impact.scenario;

/**
 * One what-if given on the command line: {@code --set PATH=VALUE}. The path is written as messages
 * write it ({@code kernaanpakken.welzijn-op-recept.clientenPerFte.value}, {@code effects[0]}); the value
 * is YAML, so {@code 120}, {@code text} and {@code {min: 100, max: 140}} all work.
 */
public record ScenarioOverride(String path, String value) {

    /** Splits {@code PATH=VALUE} at the first {@code =}; a missing {@code =} or path is invalid input. */
    public static ScenarioOverride parse(String argument) throws InvalidInputException {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw InvalidInputException.of(new Problem("--set " + argument, 0, 0, "",
                    "expected PATH=VALUE, e.g. kernaanpakken.welzijn-op-recept.clientenPerFte.value=120"));
        }
        return new ScenarioOverride(argument.substring(0, eq).strip(), argument.substring(eq + 1).strip());
    }

    /** The override as the user wrote it, naming it in messages and provenance. */
    public String label() {
        return "--set " + path + "=" + value;
    }
}
