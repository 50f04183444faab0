package nl.impact.report.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's shared-strings table, finding a plain text's entry by the text itself. POI's own table
 * serialises every string it is given to XML to look it up (about a twentieth of writing bijlage
 * 1); a text without formatting runs always serialises the same way, so the text is as good a key.
 * Entries, their order, and the counts written are exactly POI's.
 */
final class PlainStringTable extends SharedStringsTable {

    private final Map<String, Integer> plain = new HashMap<>();

    /** A new workbook whose shared-strings table is a {@code PlainStringTable}; otherwise POI's own. */
    static XSSFWorkbook newWorkbook() {
        return new XSSFWorkbook(new Factory());
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        if (!(string instanceof XSSFRichTextString rich) || rich.numFormattingRuns() != 0 || !rich.getCTRst().isSetT()) {
            return super.addSharedStringItem(string);
        }
        // The text as stored, not as getString() decodes POI's _xHHHH_ escapes in it.
        String text = rich.getCTRst().getT();
        Integer index = plain.get(text);
        if (index == null) {
            index = super.addSharedStringItem(string);
            plain.put(text, index);
        } else {
            // What POI counts for every reference, also one to a string it has already.
            count++;
        }
        return index;
    }

    /** POI's part factory, making the shared-strings part a {@code PlainStringTable}. */
    private static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainStringTable() : super.newDocumentPart(descriptor);
        }
    }
}
