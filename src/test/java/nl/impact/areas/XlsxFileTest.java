package nl.impact.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is not a workbook impact can read, or one built to attack the reader, gets exit 2 and
 * one plain sentence: never a library's words (class names, its advice to change a limit or open an
 * issue, its XML parser's text). The hostile workbooks are written here part by part.
 */
class XlsxFileTest {

    private static final String UNREADABLE = "not a readable Excel workbook (.xlsx): open it in Excel or LibreOffice "
            + "and save it as .xlsx";
    private static final String HEADER_ROW = header("code", "naam", "gemeente", "inwoners", "start");

    @TempDir
    Path dir;

    @Test
    void aTextFileIsNotAWorkbook() throws Exception {
        Files.writeString(dir.resolve("wijken.xlsx"), TwoAreas.TABLE);
        assertThat(refused()).isEqualTo(UNREADABLE);
    }

    @Test
    void anOldBinaryWorkbookIsToldToBeSavedAsXlsx() throws Exception {
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("wijken.xlsx"))) {
            old.createSheet("Wijken").createRow(0).createCell(0).setCellValue("code");
            old.write(out);
        }
        assertThat(refused()).isEqualTo("an Excel 97-2003 workbook (.xls) or a workbook with a password: save it as an "
                + "Excel workbook (.xlsx) without a password");
    }

    @Test
    void aZipBombIsRefusedInPlainWords() throws Exception {
        // 50 MB of blanks pack into 50 kB: far beyond the 1 to 100 that POI's guard allows.
        workbook(sheet(" ".repeat(50_000_000) + HEADER_ROW));
        assertThat(refused()).isEqualTo("the workbook unpacks to more than 100 times its size, as a zip bomb does; "
                + "impact does not read it");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedWithoutTheParsersWords() throws Exception {
        workbook("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">]>" + sheet(HEADER_ROW)
                .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length()));
        assertThat(refused()).isEqualTo(UNREADABLE);
    }

    @Test
    void aCellOutsideExcelsColumnsIsADamagedWorkbook() throws Exception {
        workbook(sheet(HEADER_ROW + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"));
        assertThat(refused()).isEqualTo("the sheet 'Wijken': the workbook is damaged: a cell outside its row or beyond "
                + "Excel's columns in row 2");
    }

    @Test
    void aFromExcelFileThatIsNoWorkbookGetsThePlainSentenceToo() throws Exception {
        Files.writeString(dir.resolve("tarieven.xlsx"), "tarief;500\n");
        String text = TwoAreas.HEAD + TwoAreas.KERNAANPAK.formatted(
                "actief: {perYear: {2025: 1000, 2026: 3000}, kind: count, source: test}", "actief");
        Path scenario = Scenarios.write(dir, "region.yaml", text.replace("Wmo: {value: 500, source: test}",
                "Wmo: {fromExcel: {file: tarieven.xlsx, sheet: Blad1, cell: B4}}"));
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("fromExcel.file: " + dir.resolve("tarieven.xlsx")
                + ": " + UNREADABLE + "\n");
    }

    /** Runs the two-area scenario on wijken.xlsx; returns the one message, between the place and the scenario's place. */
    private String refused() throws Exception {
        Path scenario = TwoAreas.withAreas(dir);
        Files.writeString(scenario, Files.readString(scenario).replace("table: wijken.csv",
                "table: {file: wijken.xlsx, sheet: Wijken}"));
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(result.err()).doesNotContainIgnoringCase("exception").doesNotContain("POI").doesNotContain("bugzilla")
                .doesNotContain("ZipSecureFile").doesNotContain("DOCTYPE").doesNotContain("org.apache")
                .endsWith("\n1 problem found.\n");
        String prefix = "error: " + dir.resolve("wijken.xlsx") + ": ";
        assertThat(result.err()).startsWith(prefix);
        String message = result.err().substring(prefix.length());
        return message.substring(0, message.indexOf(" (area table of "));
    }

    private static String header(String... names) {
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        for (String name : names) {
            row.append("<c t=\"inlineStr\"><is><t>").append(name).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    /** wijken.xlsx: the least an xlsx holds (content types, relationships, a workbook of one sheet, Wijken). */
    private void workbook(String sheetXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("wijken.xlsx")))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/"
                    + "worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                    + "worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", relationships("officeDocument", "xl/workbook.xml"));
            put(zip, "xl/_rels/workbook.xml.rels", relationships("worksheet", "worksheets/sheet1.xml"));
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"Wijken\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            put(zip, "xl/worksheets/sheet1.xml", sheetXml);
        }
    }

    private static String relationships(String type, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/" + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
