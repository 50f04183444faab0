package nl.impact.cli;

/** Exit codes, one meaning each across all commands. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int OUTPUTS_DIFFER = 3;
    public static final int KPI_TWICE_BELOW_BAND = 4;

    private ExitCodes() {
    }
}
