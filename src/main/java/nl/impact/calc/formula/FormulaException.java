package nl.impact.calc.formula;

/** A formula that cannot be parsed or evaluated; the message says why, in the analyst's terms. */
public class FormulaException extends Exception {
    private static final long serialVersionUID = 1L;

    public FormulaException(String message) {
        super(message);
    }
}
