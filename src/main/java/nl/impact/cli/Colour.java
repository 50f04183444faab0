package nl.impact.cli;

import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * Colour in help texts only on a terminal, never when {@code NO_COLOR} is set to anything
 * (no-color.org) and never when stdout is a file, a pipe or a test's buffer.
 */
final class Colour {

    private Colour() {
    }

    static Ansi ansi(Map<String, String> environment, boolean terminal) {
        String noColor = environment.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return Ansi.OFF;
        }
        return terminal ? Ansi.AUTO : Ansi.OFF;
    }
}
