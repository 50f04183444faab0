package nl.impact.scenario;

import java.util.List;

/** Input that cannot be used, with every problem found. The CLI maps it to exit code 2. */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(Problem problem) {
        return new InvalidInputException(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
