package nl.impact.scenario;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the files a scenario names (area tables, {@code fromExcel} workbooks) may be: in the
 * scenario's folder and below, or in a folder the command line adds with {@code --allow-path}. A
 * scenario may come from anyone (a pull request computed in CI), so it must not be able to make
 * impact read the machine's other files ({@code ../../etc/passwd}, a token in the home folder) or a
 * repository's hidden ones ({@code .git/config}, {@code .env}): paths are compared after resolving
 * {@code ..} and again after following symbolic links, and no name below the folder may start with
 * a dot. See docs/scenario-format.md, "Where inputs may be".
 *
 * @param allowed the folders added on the command line, absolute and normalised as given
 */
public record InputFolders(List<Path> allowed) {

    /** Only the scenario's own folder. */
    public static final InputFolders SCENARIO_ONLY = new InputFolders(List.of());

    public InputFolders {
        allowed = List.copyOf(allowed);
    }

    /** The folders {@code --allow-path} names, each of which must be a folder. */
    public static InputFolders of(List<Path> folders) throws InvalidInputException {
        List<Path> list = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path folder : folders) {
            String name = "--allow-path " + folder;
            try {
                folder.toRealPath();
                if (!java.nio.file.Files.isDirectory(folder)) {
                    problems.add(new Problem(name, 0, 0, "", "not a directory: --allow-path names a directory "
                            + "whose files a scenario may name"));
                    continue;
                }
            } catch (IOException e) {
                problems.add(new Problem(name, 0, 0, "", "no such directory"));
                continue;
            }
            list.add(folder.toAbsolutePath().normalize());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new InputFolders(list);
    }

    /**
     * The file a scenario names, relative to the scenario file's folder (as the path to the scenario
     * was given, so a scenario reached through a symbolic link reads beside the link).
     *
     * @return the path to read: normalised, with symbolic links followed when the file exists
     * @throws InputRefused when it lies outside every allowed folder, or is hidden
     */
    public Path resolve(Path scenarioFile, String named) throws InputRefused {
        Path base = scenarioFile.toAbsolutePath().normalize().getParent();
        Path lexical;
        try {
            lexical = base.resolve(named).normalize();
        } catch (InvalidPathException e) {
            throw new InputRefused("'" + named + "' is not a usable file name");
        }
        List<Folder> folders = folders(base);
        // First as written: '..' and absolute paths are refused before the file system is asked about them.
        if (folders.stream().noneMatch(f -> lexical.startsWith(f.given) || lexical.startsWith(f.real))) {
            throw new InputRefused("'" + named + "' lies outside the scenario's folder " + base + ": " + RULE);
        }
        Path real;
        try {
            real = lexical.toRealPath();
        } catch (NoSuchFileException e) {
            // The reader reports it missing; nothing outside was touched.
            return lexical;
        } catch (IOException e) {
            throw new InputRefused("'" + named + "' " + InputFile.unreadable(e));
        }
        Folder holding = folders.stream().filter(f -> real.startsWith(f.real)).findFirst()
                .orElseThrow(() -> new InputRefused("'" + named + "' leads through a symbolic link to a place "
                        + "outside the scenario's folder " + base + ": " + RULE));
        for (Path step : holding.real.relativize(real)) {
            if (step.toString().startsWith(".")) {
                throw new InputRefused("'" + named + "' is hidden (the name '" + step + "' starts with a dot): "
                        + "hidden files and folders such as .git and .env are never read as inputs");
            }
        }
        return real;
    }

    /** The rule, as every refusal states it. */
    private static final String RULE = "a scenario's tables and workbooks are read only from its folder and "
            + "below, or from a folder given with --allow-path";

    /** A folder as given and as it really is (the same unless a symbolic link leads to it). */
    private record Folder(Path given, Path real) {
    }

    private List<Folder> folders(Path base) {
        List<Folder> folders = new ArrayList<>();
        folders.add(new Folder(base, real(base)));
        for (Path folder : allowed) {
            folders.add(new Folder(folder, real(folder)));
        }
        return folders;
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }
}
