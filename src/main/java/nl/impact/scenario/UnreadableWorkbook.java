package nl.impact.scenario;

import org.apache.poi.EncryptedDocumentException;

/**
 * Why a workbook could not be opened, in the analyst's words. The library's own message is never
 * shown: it names its classes, quotes XML from inside the file (a DOCTYPE) or advises filing a bug.
 */
public final class UnreadableWorkbook {

    private UnreadableWorkbook() {
    }

    /** A plain sentence for what opening the workbook threw. */
    public static String reason(Throwable thrown) {
        java.util.Optional<InputRefused> limit = InputFile.refusal(thrown);
        if (limit.isPresent()) {
            return limit.get().getMessage();
        }
        if (InputFile.cause(thrown, EncryptedDocumentException.class).isPresent()) {
            return "the workbook is protected with a password; save a copy without one";
        }
        return "not a readable Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as .xlsx";
    }
}
