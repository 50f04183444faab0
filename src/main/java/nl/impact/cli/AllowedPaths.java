package nl.impact.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.scenario.InputFolders;
import nl.impact.scenario.InvalidInputException;
import picocli.CommandLine.Option;

/** {@code --allow-path DIR}, for every command that reads a scenario: add it with one {@code @Mixin}. */
public final class AllowedPaths {

    @Option(names = "--allow-path", paramLabel = "DIR",
            description = {"Let the scenario's area tables and workbooks be read from DIR and below too "
                    + "(repeatable). Without it they are read only from the scenario's folder and below, never "
                    + "from hidden files or folders."})
    List<Path> folders = new ArrayList<>();

    /** The folders given; one that is not a folder is invalid input. */
    public InputFolders folders() throws InvalidInputException {
        return InputFolders.of(folders);
    }
}
