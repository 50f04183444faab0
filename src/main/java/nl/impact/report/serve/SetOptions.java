package nl.impact.report.serve;

import java.util.List;
import nl.impact.scenario.ScenarioOverride;

/**
 * The {@code --set} options that reproduce the page's state, one per line, each quoted for a POSIX
 * shell, so they can be pasted after {@code impact run SCENARIO} (or {@code impact diff SCENARIO}).
 */
public final class SetOptions {

    private SetOptions() {
    }

    public static String text(List<ScenarioOverride> sets) {
        StringBuilder out = new StringBuilder();
        for (ScenarioOverride set : sets) {
            out.append(out.length() > 0 ? " \\\n" : "").append("--set ").append(quoted(set.path() + "=" + set.value()));
        }
        return out.toString();
    }

    /** In single quotes, a single quote written as {@code '\''}: the shell passes it on as it is. */
    static String quoted(String argument) {
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
