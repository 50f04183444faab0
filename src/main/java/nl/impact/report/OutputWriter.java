package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one or more output files of a run into a directory, from the run's outputs computed once. */
public interface OutputWriter {

    void write(RunOutputs outputs, Path directory) throws IOException;
}
