package nl.impact.scenario;

/**
 * What a CSV parser's failure means, in plain words. Commons CSV stops only at quotes: a quoted field
 * that never closes, or text after a closing quote. Its own message names its classes and the
 * position in its terms, so it is never shown.
 */
public final class CsvQuotes {

    private CsvQuotes() {
    }

    /** The problem with the record at which the parser stopped. */
    public static String problem(Throwable thrown) {
        String message = "";
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            message += " " + t.getMessage();
        }
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quote (\") opened in this record is never closed";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "text follows a closing quote (\") in this record: put the whole field in quotes and write a "
                    + "quote inside it as two (\"\")";
        }
        return "not readable as CSV from this record on: check its quotes (\")";
    }
}
