package nl.impact.cli;

/** Exit codes, one meaning each across all commands. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int OUTPUTS_DIFFER = 3;
    /** The spelregels call for action: a KPI below its band twice in a row, or a tranche withheld. */
    public static final int SPELREGELS_CALL_FOR_ACTION = 4;

    private ExitCodes() {
    }
}
