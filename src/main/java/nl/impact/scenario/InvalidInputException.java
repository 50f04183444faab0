package nl.impact.scenario;

import java.util.List;

/** Input that cannot be used, with every problem found. The CLI maps it to exit code 2. */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final transient List<Problem> warnings;
    private final int total;

    public InvalidInputException(List<Problem> problems) {
        this(problems, problems.size());
    }

    /** The problems kept, of {@code total} found (a reader may stop keeping them after a limit). */
    public InvalidInputException(List<Problem> problems, int total) {
        this(problems, total, List.of());
    }

    /**
     * The same with the warnings found alongside: a number read as a thousandth of what was meant
     * may be what makes another value wrong (an expected value outside its band), so they are shown too.
     */
    public InvalidInputException(List<Problem> problems, int total, List<Problem> warnings) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).format());
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
        this.total = Math.max(total, problems.size());
    }

    public static InvalidInputException of(Problem problem) {
        return new InvalidInputException(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Warnings found with the problems, shown beside them. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** How many problems were found, including those not kept. */
    public int total() {
        return total;
    }
}
