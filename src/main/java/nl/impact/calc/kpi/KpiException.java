package nl.impact.calc.kpi;

/** A KPI that cannot be computed; {@code path} is where in the scenario the cause stands. */
public class KpiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;

    public KpiException(String path, String message) {
        super(message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
