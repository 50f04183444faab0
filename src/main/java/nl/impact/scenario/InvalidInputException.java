package nl.impact.scenario;

import java.util.List;

/** Input that cannot be used, with every problem found. The CLI maps it to exit code 2. */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final int total;

    public InvalidInputException(List<Problem> problems) {
        this(problems, problems.size());
    }

    /** The problems kept, of {@code total} found (a reader may stop keeping them after a limit). */
    public InvalidInputException(List<Problem> problems, int total) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).format());
        this.problems = List.copyOf(problems);
        this.total = Math.max(total, problems.size());
    }

    public static InvalidInputException of(Problem problem) {
        return new InvalidInputException(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found, including those not kept. */
    public int total() {
        return total;
    }
}
