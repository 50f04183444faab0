package nl.impact.calc.compiled;

/** A formula construct the compiled plan cannot compute; the message names it. */
public final class UnsupportedFormulaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnsupportedFormulaException(String message) {
        super(message);
    }
}
