package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import nl.impact.engine.RunResult;

/** Writes one or more output files of a run into a directory. */
public interface OutputWriter {

    void write(RunResult result, Path directory) throws IOException;
}
