package nl.impact.scenario;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import javax.xml.parsers.ParserConfigurationException;
import nl.impact.model.Printable;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An analyst's xlsx workbook, read as a stream: the names of its sheets, and a sheet's rows one at
 * a time. Only the workbook's shared strings are held, compactly; a sheet's cells never are. POI's
 * usermodel, which builds an object per cell, took 3.5 GB for a table of 100,000 rows by 30 columns.
 *
 * <p>The file is opened read-only, by its path (confined and checked by the caller), and every
 * part unpacks no further than its limit ({@link #MAX_SHEET_BYTES}, {@link #MAX_TEXTS_BYTES},
 * {@link #MAX_PART_BYTES}), on top of POI's guard against parts that unpack to more than 100
 * times their packed size. Whatever goes wrong becomes an
 * {@link Unreadable} with a plain sentence: no library's words reach a message.
 */
public final class XlsxWorkbook implements Closeable {

    /** One sheet's XML, unpacked: a table of 100,000 rows by 200 numeric columns takes about 900 MiB. */
    static final long MAX_SHEET_BYTES = 1L << 30;
    /** The shared strings' XML, unpacked: no more text than a CSV table may hold ({@link TableSource#MAX_BYTES}). */
    static final long MAX_TEXTS_BYTES = TableSource.MAX_BYTES;
    /** Any other part (the workbook's index of sheets, the package's relationships), unpacked. */
    static final long MAX_PART_BYTES = 16L << 20;

    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(), XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());
    /** A file that is no workbook, or a damaged one: the library's reason is never shown. */
    static final String UNREADABLE = "not a readable Excel workbook (.xlsx): open it in Excel or LibreOffice and "
            + "save it as .xlsx";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /**
     * A row with at least one value or unreadable cell.
     *
     * @param number the sheet's row number (1-based)
     * @param cells the cells' texts from column A up to the last that holds a value; empty when blank
     * @param unreadable by column (0-based): why a cell holds no usable value (a formula without a
     *     computed value, an error value, a damaged value)
     * @param numbers the columns (0-based) whose cell the sheet holds as a number, not as a text: a
     *     text {@code 7.000} may be a Dutch seven thousand, a number 1.918 never is
     */
    public record Row(int number, List<String> cells, SortedMap<Integer, String> unreadable, java.util.BitSet numbers) {

        public Row(int number, List<String> cells, SortedMap<Integer, String> unreadable) {
            this(number, cells, unreadable, new java.util.BitSet());
        }

        /** Whether the cell in {@code column} (0-based) holds a number, not a text. */
        public boolean isNumber(int column) {
            return column >= 0 && numbers.get(column);
        }
    }

    /** Receives the rows of a sheet in order. */
    @FunctionalInterface
    public interface RowSink {
        /** @return whether to go on reading */
        boolean row(Row row) throws InvalidInputException;
    }

    /** The workbook, or a sheet of it, cannot be read; the message says why in plain words. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private record Sheet(String name, String relation) {
    }

    private final OPCPackage workbookPackage;
    private final XSSFReader reader;
    private final List<Sheet> sheets;
    private final Map<String, String> names;
    private final boolean recompute;
    private SharedTexts texts;

    private XlsxWorkbook(OPCPackage workbookPackage, XSSFReader reader, Index index) {
        this.workbookPackage = workbookPackage;
        this.reader = reader;
        this.sheets = List.copyOf(index.sheets);
        this.names = Map.copyOf(index.names);
        this.recompute = index.recompute;
    }

    /** Opens a workbook; the caller closes it (and has checked its size). */
    public static XlsxWorkbook open(Path file) throws Unreadable {
        try {
            // The type before anything opens it: a named pipe would block the reading for ever.
            InputFile.checkType(file);
        } catch (InputRefused e) {
            throw new Unreadable(e.getMessage());
        }
        checkKind(file);
        ZipSecureFile zip = null;
        OPCPackage opened = null;
        try {
            zip = new ZipSecureFile(file.toFile());
            opened = OPCPackage.open(new BoundedEntries(new ZipFileZipEntrySource(zip), MAX_SHEET_BYTES,
                    MAX_PART_BYTES));
            checkWorkbook(opened);
            XSSFReader reader = new XSSFReader(opened);
            Index index = new Index();
            try (InputStream in = InputFile.bounded(reader.getWorkbookData(), MAX_PART_BYTES,
                    "a workbook's list of sheets, unpacked,")) {
                parse(in, index);
            }
            return new XlsxWorkbook(opened, reader, index);
        } catch (Unreadable e) {
            close(opened, zip);
            throw e;
        } catch (Exception e) {
            close(opened, zip);
            throw new Unreadable(describe(e));
        }
    }

    /** The sheets' names, in the workbook's order. */
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::name).toList();
    }

    /** A cell's place as Excel writes it, such as {@code D3}, from its row (1-based) and column (0-based). */
    public static String cell(int row, int column) {
        return new CellReference(row - 1, column).formatAsString(false);
    }

    /** The sheets' names for a message: each quoted, at most 20, then how many more. */
    public String sheetList() {
        List<String> shown = sheets.stream().limit(20).map(s -> Printable.quote(s.name())).toList();
        return sheets.isEmpty() ? "no sheets" : String.join(", ", shown)
                + (sheets.size() > shown.size() ? " and " + (sheets.size() - shown.size()) + " more" : "");
    }

    /** The sheet of this name as the workbook spells it; Excel's sheet names ignore case. */
    public Optional<String> sheet(String name) {
        return sheets.stream().map(Sheet::name).filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The defined names (named ranges), by their name in lower case (Excel's names ignore case), and
     * what each refers to, such as {@code Tarieven!$B$4}; a workbook-wide name before a sheet's own.
     */
    Map<String, String> names() {
        return names;
    }

    /**
     * Streams the rows of a sheet (named as {@link #sheet} gives it) that hold anything, in order.
     *
     * @param longest the longest text the caller accepts; longer ones arrive cut one character beyond it
     */
    public void read(String sheet, int longest, RowSink sink) throws Unreadable, InvalidInputException {
        Sheet found = sheets.stream().filter(s -> s.name().equals(sheet)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sheet " + sheet));
        try {
            SharedTexts shared = texts();
            try (InputStream in = InputFile.bounded(reader.getSheet(found.relation()), MAX_SHEET_BYTES,
                    "a sheet's XML, unpacked,")) {
                parse(in, new SheetCells(shared, recompute, longest, sink));
            }
        } catch (SheetCells.Stop stop) {
            if (stop.reason() instanceof InvalidInputException e) {
                throw e;
            }
            if (stop.reason() instanceof Unreadable e) {
                throw new Unreadable("the sheet '" + Printable.quote(sheet) + "': " + e.getMessage());
            }
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            throw new Unreadable(describe(e));
        }
    }

    @Override
    public void close() {
        close(workbookPackage, null);
    }

    /** The shared strings, read at the first sheet; null when the workbook has none. */
    private SharedTexts texts() throws Exception {
        if (texts == null) {
            InputStream data = reader.getSharedStringsData();
            if (data == null) {
                return null;
            }
            SharedTexts read = new SharedTexts();
            try (InputStream in = InputFile.bounded(data, MAX_TEXTS_BYTES, "a workbook's shared texts, unpacked,")) {
                parse(in, read);
            }
            texts = read;
        }
        return texts;
    }

    /** An old binary workbook, a protected one, or no workbook at all, told apart before unzipping. */
    private static void checkKind(Path file) throws Unreadable {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(UNREADABLE);
        }
        if (magic == FileMagic.OLE2) {
            throw new Unreadable("an Excel 97-2003 workbook (.xls) or a workbook with a password: save it as an "
                    + "Excel workbook (.xlsx) without a password");
        }
        if (magic != FileMagic.OOXML) {
            throw new Unreadable(UNREADABLE);
        }
    }

    /** The package, checked to hold a workbook: not a Strict Open XML file, a binary workbook or a document. */
    private static void checkWorkbook(OPCPackage opened) throws Unreadable {
        PackageRelationshipCollection core = opened.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            throw new Unreadable(opened.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()
                    ? UNREADABLE
                    : "a Strict Open XML workbook: save it as an Excel workbook (.xlsx)");
        }
        PackagePart part = opened.getPart(core.getRelationship(0));
        String type = part == null ? "" : part.getContentType();
        if (type.equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
            throw new Unreadable("an Excel binary workbook (.xlsb): save it as an Excel workbook (.xlsx)");
        }
        if (!WORKBOOK_TYPES.contains(type)) {
            throw new Unreadable(UNREADABLE);
        }
    }

    private static void parse(InputStream in, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        // POI's parser settings: no document type declarations, no external entities.
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
    }

    /** Why a workbook cannot be read, in plain words: never the library's message. */
    static String describe(Throwable e) {
        Optional<InputRefused> limit = InputFile.refusal(e);
        if (limit.isPresent()) {
            return "the workbook is too large to read: it unpacks to " + limit.get().getMessage();
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.startsWith("Zip bomb detected")) {
                return "the workbook unpacks to more than 100 times its size, as a zip bomb does; impact does not "
                        + "read it";
            }
            if (message.startsWith(ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, 30))) {
                return "the workbook holds more parts than a workbook has; impact does not read it";
            }
        }
        return UNREADABLE;
    }

    private static void close(OPCPackage opened, ZipSecureFile zip) {
        try {
            if (opened != null) {
                opened.revert();
            }
            if (zip != null) {
                zip.close();
            }
        } catch (IOException | RuntimeException e) {
            // Read-only: there is nothing to save or lose.
        }
    }

    /** The workbook part: its sheets with their relations, its defined names, and whether it asks to recompute. */
    private static final class Index extends DefaultHandler {
        final List<Sheet> sheets = new ArrayList<>();
        final Map<String, String> names = new LinkedHashMap<>();
        boolean recompute;
        private final StringBuilder refersTo = new StringBuilder();
        private String name;
        private boolean local;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
                return;
            }
            switch (localName) {
                case "sheet" -> {
                    String sheet = attributes.getValue("name");
                    String relation = attributes.getValue(RELATIONSHIPS, "id");
                    if (sheet != null && relation != null) {
                        sheets.add(new Sheet(sheet, relation));
                    }
                }
                case "calcPr" -> {
                    String full = attributes.getValue("fullCalcOnLoad");
                    recompute = "1".equals(full) || "true".equals(full);
                }
                case "definedName" -> {
                    name = attributes.getValue("name");
                    local = attributes.getValue("localSheetId") != null;
                    refersTo.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && localName.equals("definedName") && name != null) {
                String key = name.toLowerCase(Locale.ROOT);
                if (local) {
                    names.putIfAbsent(key, refersTo.toString().strip());
                } else {
                    names.put(key, refersTo.toString().strip());
                }
                name = null;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (name != null && refersTo.length() < 1_000) {
                refersTo.append(ch, start, Math.min(length, 1_000));
            }
        }
    }
}
