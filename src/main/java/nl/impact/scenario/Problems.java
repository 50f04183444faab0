package nl.impact.scenario;

import java.util.ArrayList;
import java.util.List;
import nl.impact.model.SourceMap;

/** Collects every problem in one input, each located through the document's source map. */
public final class Problems {

    private final String file;
    private final SourceMap sourceMap;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String file, SourceMap sourceMap) {
        this.file = file;
        this.sourceMap = sourceMap;
    }

    public void add(String path, String message) {
        SourceMap.Location at = sourceMap.locate(path);
        list.add(new Problem(file, at.line(), at.column(), path, message));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    public String file() {
        return file;
    }

    /** Throws when anything was found. */
    public void throwIfAny() throws InvalidInputException {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
