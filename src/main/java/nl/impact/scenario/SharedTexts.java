package nl.impact.scenario;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings (the texts its cells refer to by number), read from their part as it
 * streams, stored compactly as UTF-8 in one array: a table of 100,000 areas with unique names costs
 * a few megabytes. POI's read-only table would do the same job but reserves room for the count the
 * file claims ({@code uniqueCount}) before reading a string, and its error for a number out of range
 * lists every text. Phonetic guides ({@code rPh}) are left out, as Excel shows the cell.
 */
final class SharedTexts extends DefaultHandler {

    /** Excel's longest cell text; a longer one is cut just beyond it, so any limit still refuses it. */
    static final int LONGEST = 32_767;

    private byte[] bytes = new byte[8192];
    private int size;
    private int[] ends = new int[256];
    private int count;

    private final StringBuilder item = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

    /** The text at {@code index}, or null when the workbook has no such text. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                inItem = true;
                item.setLength(0);
            }
            case "t" -> inText = inItem && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                add(item);
                inItem = false;
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            item.append(ch, start, Math.min(length, Math.max(0, LONGEST + 1 - item.length())));
        }
    }

    private void add(CharSequence text) {
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        if (size + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + utf8.length, bytes.length + bytes.length / 2));
        }
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count + count / 2);
        }
        ends[count++] = size;
    }
}
