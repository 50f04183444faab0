package nl.impact.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import nl.impact.engine.diff.ScenarioDiff;

/** The four ways {@code impact diff} writes a comparison. */
public enum DiffFormat {
    TEXT, MARKDOWN, CSV, JSON;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Writes {@code diff} of the scenario called {@code title}; {@code tolerance} decides what counts as changed. */
    public void write(ScenarioDiff diff, DiffTitle title, BigDecimal tolerance, Writer out) throws IOException {
        switch (this) {
            case TEXT -> DiffText.write(diff, title, tolerance, out);
            case MARKDOWN -> DiffMarkdown.write(diff, title, tolerance, out);
            case CSV -> DiffCsv.write(diff, out);
            case JSON -> DiffJson.write(diff, title, tolerance, out);
        }
        out.flush();
    }
}
