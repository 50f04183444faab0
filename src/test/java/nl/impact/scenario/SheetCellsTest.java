package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** What a sheet's cells read as, cell type by cell type, as OOXML writes them. */
class SheetCellsTest {

    @Test
    void numbersReadAsExcelShowsThemWithFullPrecision() throws Exception {
        List<XlsxWorkbook.Row> rows = read(false, "<row r=\"1\"><c r=\"A1\"><v>2500</v></c><c r=\"B1\"><v>0.1</v></c>"
                + "<c r=\"C1\"><v>0.30000000000000004</v></c><c r=\"D1\" t=\"n\"><v>2500.0</v></c>"
                + "<c r=\"E1\"><v>1.5E-3</v></c><c r=\"F1\"><v>1234567890123456789</v></c>"
                + "<c r=\"G1\"><v>" + "9".repeat(101) + "</v></c></row>");
        // Beyond 15 digits as Excel shows it; a number longer than any Excel writes is a damaged value.
        assertThat(rows.get(0).cells()).containsExactly("2500", "0.1", "0.3", "2500", "0.0015", "1234567890123460000");
        assertThat(rows.get(0).unreadable()).containsExactly(java.util.Map.entry(6, SheetCells.DAMAGED));
    }

    @Test
    void textsBooleansAndPlaces() throws Exception {
        SharedTexts texts = new SharedTexts();
        parse("<sst xmlns=\"" + NS + "\"><si><t> Centrum </t></si><si><r><t>Noo</t></r><r><t>rd</t></r>"
                + "<rPh><t>のーど</t></rPh></si></sst>", texts);
        List<XlsxWorkbook.Row> rows = read(texts, false, "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>"
                + "<c t=\"inlineStr\"><is><r><t>Heer</t></r><r><t>len</t></r></is></c><c t=\"b\"><v>1</v></c>"
                + "<c r=\"G1\" t=\"b\"><v>0</v></c></row><row><c r=\"B2\" t=\"str\"><f>\"\"</f><v></v></c></row>"
                + "<row r=\"5\"><c r=\"C5\" t=\"s\"><v>7</v></c></row>");
        // Rows and cells without numbers follow the one before; a text is stripped, phonetic guides left out.
        assertThat(rows.get(0).number()).isEqualTo(1);
        assertThat(rows.get(0).cells()).containsExactly("Centrum", "Noord", "Heerlen", "true", "", "", "false");
        // A formula whose computed text is empty is an empty cell, not a formula without a value.
        assertThat(rows.stream().map(XlsxWorkbook.Row::number)).containsExactly(1, 5);
        assertThat(rows.get(1).unreadable()).containsExactly(java.util.Map.entry(2, SheetCells.DAMAGED));
    }

    @Test
    void formulasWithoutAValueAndErrorsAreUnreadableWithTheirReason() throws Exception {
        List<XlsxWorkbook.Row> rows = read(false, "<row r=\"2\"><c r=\"A2\"><f>1+1</f></c><c r=\"B2\"><f>1+1</f><v></v></c>"
                + "<c r=\"C2\"><f>1+1</f><v>2</v></c><c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"E2\" t=\"e\"><v>#&lt;img src=x&gt;</v></c></row>");
        assertThat(rows.get(0).cells()).containsExactly("", "", "2");
        assertThat(rows.get(0).unreadable()).containsEntry(0, SheetCells.NO_VALUE).containsEntry(1, SheetCells.NO_VALUE)
                .containsEntry(3, "the error value #DIV/0! instead of a value: correct the formula in the workbook, "
                        + "or give the value")
                .containsEntry(4, "the error value instead of a value: correct the formula in the workbook, or give "
                        + "the value");
        // A workbook that asks to recompute on opening: a stored value is no longer trusted.
        assertThat(read(true, "<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>0</v></c><c r=\"B1\"><v>3</v></c></row>").get(0))
                .satisfies(row -> {
                    assertThat(row.cells()).containsExactly("", "3");
                    assertThat(row.unreadable()).containsEntry(0, SheetCells.RECOMPUTE);
                });
    }

    @Test
    void longTextsAreCutJustBeyondTheLimit() throws Exception {
        List<XlsxWorkbook.Row> rows = read(false, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(5_000)
                + "</t></is></c></row>");
        assertThat(rows.get(0).cells().get(0)).hasSize(11);
    }

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static List<XlsxWorkbook.Row> read(boolean recompute, String sheetData) throws Exception {
        return read(null, recompute, sheetData);
    }

    private static List<XlsxWorkbook.Row> read(SharedTexts texts, boolean recompute, String sheetData) throws Exception {
        List<XlsxWorkbook.Row> rows = new ArrayList<>();
        try {
            parse("<worksheet xmlns=\"" + NS + "\"><sheetData>" + sheetData + "</sheetData></worksheet>",
                    new SheetCells(texts, recompute, 10, rows::add));
        } catch (SheetCells.Stop end) {
            assertThat(end.reason()).isNull();
        }
        return rows;
    }

    private static void parse(String xml, org.xml.sax.ContentHandler handler) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(new StringReader(xml)));
    }
}
