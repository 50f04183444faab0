package nl.impact.scenario;

import nl.impact.model.Limits;
import nl.impact.model.Printable;

/**
 * One what-if given on the command line: {@code --set PATH=VALUE}. The path is written as messages
 * write it ({@code kernaanpakken.welzijn-op-recept.clientenPerFte.value}, {@code effects[0]},
 * {@code domains."Zvw [NL]".financier}); the value is YAML, so {@code 120}, {@code text} and
 * {@code {min: 100, max: 140}} all work.
 */
public record ScenarioOverride(String path, String value) {

    /**
     * Splits {@code PATH=VALUE} at the first {@code =} outside a quoted key. A missing {@code =} or path,
     * an argument beyond {@link Limits#MAX_OVERRIDE_LENGTH} or a character the {@link TextGate} refuses
     * is invalid input: the argument is a text of the outputs too (its provenance).
     */
    public static ScenarioOverride parse(String argument) throws InvalidInputException {
        if (argument.length() > Limits.MAX_OVERRIDE_LENGTH) {
            throw InvalidInputException.of(new Problem("--set " + Printable.quote(argument), 0, 0, "",
                    "a --set of " + argument.length() + " characters; the limit is " + Limits.MAX_OVERRIDE_LENGTH));
        }
        java.util.Optional<String> wrong = TextGate.characters(argument);
        if (wrong.isPresent()) {
            throw InvalidInputException.of(new Problem("--set " + Printable.quote(argument), 0, 0, "", wrong.get()));
        }
        int eq = separator(argument);
        if (eq == -2) {
            throw InvalidInputException.of(new Problem("--set " + argument, 0, 0, "",
                    "a key in double quotes without its closing quote: expected PATH=VALUE, e.g. "
                            + "domains.\"Zvw [NL]\".financier=zorgverzekeraar"));
        }
        if (eq <= 0 || argument.substring(0, eq).isBlank()) {
            throw InvalidInputException.of(new Problem("--set " + argument, 0, 0, "",
                    "expected PATH=VALUE, e.g. kernaanpakken.welzijn-op-recept.clientenPerFte.value=120"));
        }
        return new ScenarioOverride(argument.substring(0, eq).strip(), argument.substring(eq + 1).strip());
    }

    /** The first {@code =} outside double quotes (a quoted key may hold one); -1 when none, -2 when a quote is open. */
    private static int separator(String argument) {
        boolean quoted = false;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '=' && !quoted) {
                return i;
            }
        }
        return quoted ? -2 : -1;
    }

    /** The override as the user wrote it, naming it in messages and provenance. */
    public String label() {
        return "--set " + path + "=" + value;
    }
}
