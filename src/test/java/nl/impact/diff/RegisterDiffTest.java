package nl.impact.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact diff} reports and attributes the inputs the scenario's text does not show: an area
 * table's cell, a workbook's cell; and names every input by its Dutch label in every format.
 *
 * <p>The areas, by hand: 10 % of the inhabitants become clients each year the kernaanpak runs in their
 * area; each client saves Zvw 800/1,000/1,200 and Wmo 500 in the year they start and the next, and
 * costs the gemeente a coach of 100. A client starting in 2025 or 2026 (effects up to 2027) is worth
 * 2 x 1,000 + 2 x 500 - 100 = 2,900 net in the expected variant: 2,000 for the zorgverzekeraar, 900
 * for the gemeente. Centrum (1,000 inhabitants) runs from 2025, Noord (2,000) from 2026.
 */
class RegisterDiffTest {

    private static final String TABLE = "code,naam,gemeente,inwoners,startjaar\n"
            + "WK091701,Centrum,Heerlen,1000,2025\nWK093501,Noord,Maastricht,2000,%d\n";

    private static final String SCENARIO = """
            name: Twee wijken
            years: {first: 2025, last: 2026, effectsUntil: 2027}
            domains:
              Wmo: {financier: gemeente}
              Zvw: {financier: zorgverzekeraar}
            areas:
              table: wijken.csv
              columns:
                inwoners: {kind: count, unit: inwoners}
                startjaar: {kind: number, unit: jaar}
              placeholder: test areas
            kernaanpakken:
              k:
                name: Kernteam
                calculator: formules
                areas: {from: startjaar}
                bereik: {value: 0.1, kind: fraction, source: test}
                formulas:
                  clients: "%s"
                effects:
                  - name: saving
                    per: clients
                    timing: {offset: 0, years: 2}
                    amounts:
                      Zvw: {min: 800, max: 1200, source: test}
                      Wmo: {value: 500, source: test}
            begroting:
              lines:
                coach:
                  post: Coaches
                  kernaanpak: k
                  category: personnel
                  financier: gemeente
                  quantity: clients
                  tariff: {value: 100, source: test}
            """;

    private static final String LABEL = "Noord (WK093501) - startjaar";

    @TempDir
    Path dir;

    @Test
    void anAreaTablesStartYearIsOneChangedInputThatCarriesTheWholeChange() throws IOException {
        Path before = version("v1", 2026, "inwoners * bereik");
        Path after = version("v2", 2025, "inwoners * bereik");
        List<CSVRecord> rows = csv(diff(before, after, "csv"));
        assertThat(rows.stream().filter(r -> r.get("section").equals("input"))).singleElement().satisfies(r -> {
            assertThat(r.get("key")).isEqualTo("areas.WK093501.startjaar");
            assertThat(r.get("item")).isEqualTo("areas.WK093501.startjaar");
            assertThat(r.get("label")).isEqualTo(LABEL);
            assertThat(List.of(r.get("before"), r.get("after"))).containsExactly("2026", "2025");
            assertThat(r.get("provenance_before")).isEqualTo("placeholder: test areas");
        });
        // Noord's 200 clients a year now also start in 2025: 200 more starts of 2,900 each.
        Map<String, String> parts = parts(rows, "expected");
        assertThat(parts).containsExactlyInAnyOrderEntriesOf(Map.of("total/areas.WK093501.startjaar", "580000.00",
                "zorgverzekeraar/areas.WK093501.startjaar", "400000.00", "gemeente/areas.WK093501.startjaar", "180000.00"));
        assertThat(change(rows, "expected", "total")).isEqualTo("580000.00");

        String text = diff(before, after, "text");
        assertThat(text).contains("Inputs: 1 changed\n  " + LABEL + "\n    changed areas.WK093501.startjaar: 2026 -> 2025"
                + "  [placeholder: test areas]\n", "    580,000.00  " + LABEL + "  [areas.WK093501.startjaar]\n");
    }

    @Test
    void everyFormatNamesTheInputByItsLabelAndTheMarkdownEscapesIt() throws IOException {
        Path before = version("v1", 2026, "inwoners * bereik");
        Path after = version("v2", 2025, "inwoners * bereik");
        String markdown = diff(before, after, "markdown");
        String escaped = "Noord \\(WK093501\\) \\- startjaar";
        assertThat(markdown).contains("| invoer | pad | bijdrage |\n|---|---|---:|\n| " + escaped
                + " | `areas.WK093501.startjaar` | +580.000 |\n");
        assertThat(markdown).contains("| " + escaped + " | `areas.WK093501.startjaar` | 2026 | 2025 | placeholder\\: test areas |");
        JsonNode json = new ObjectMapper().readTree(diff(before, after, "json"));
        assertThat(json.get("inputs").get(0).get("label").asText()).isEqualTo(LABEL);
        assertThat(json.get("attribution").get("changes").findValues("label")).extracting(JsonNode::asText)
                .containsOnly(LABEL);
    }

    @Test
    void aCellAndAFormulaShareTheirInteractionByShapley() throws IOException {
        Path before = version("v1", 2026, "inwoners * bereik");
        Path after = version("v2", 2025, "inwoners * bereik * 2");
        List<CSVRecord> rows = csv(diff(before, after, "csv"));
        // Starts: 400 before; the cell alone 600 (+580,000), the formula alone 800 (+1,160,000), both 1,200
        // (+2,320,000). Shapley gives each its own and half the interaction of 580,000.
        assertThat(parts(rows, "expected")).containsEntry("total/areas.WK093501.startjaar", "870000.00")
                .containsEntry("total/kernaanpakken.k", "1450000.00");
        assertThat(change(rows, "expected", "total")).isEqualTo("2320000.00");
        assertThat(rows.stream().filter(r -> r.get("section").equals("attribution")).map(r -> r.get("label"))
                .distinct()).containsExactly("Kernteam", LABEL);
    }

    @Test
    void aCellOfATableRenamedInTheFileIsListedUnderTheTablesChange() throws IOException {
        Path before = version("v1", 2026, "inwoners * bereik");
        Path folder = Files.createDirectories(dir.resolve("v3"));
        Scenarios.write(folder, "wijken-2027.csv", TABLE.formatted(2025));
        Path after = Scenarios.write(folder, "two.yaml", SCENARIO.formatted("inwoners * bereik")
                .replace("table: wijken.csv", "table: wijken-2027.csv"));
        List<CSVRecord> rows = csv(diff(before, after, "csv"));
        assertThat(rows.stream().filter(r -> r.get("section").equals("input"))
                .map(r -> r.get("key") + " in " + r.get("item") + ": " + r.get("before") + " -> " + r.get("after")))
                .containsExactly("areas.table in areas: wijken.csv -> wijken-2027.csv",
                        "areas.WK093501.startjaar in areas: 2026 -> 2025");
        assertThat(parts(rows, "expected")).containsEntry("total/areas", "580000.00");
    }

    @Test
    void aWorkbooksCellIsAChangedInputWithItsPlaceAndValue() throws Exception {
        Path before = workbookVersion("v1", 2500);
        Path after = workbookVersion("v2", 3000);
        List<CSVRecord> rows = csv(diff(before, after, "csv"));
        String path = "kernaanpakken.k.effects[0].amounts.Wmo";
        assertThat(rows.stream().filter(r -> r.get("section").equals("input"))).singleElement().satisfies(r -> {
            assertThat(r.get("key")).isEqualTo(path);
            assertThat(r.get("label")).isEqualTo("Kernteam - saving (Wmo)");
            assertThat(List.of(r.get("before"), r.get("after"))).containsExactly("2500", "3000");
            assertThat(r.get("provenance_after")).contains("tarieven.xlsx, Tarieven!B4");
        });
        // 100 clients in 2025 and 300 in 2026, each in two years: 800 client-years at 500 more.
        assertThat(parts(rows, "expected")).containsEntry("gemeente/" + path, "400000.00")
                .containsEntry("total/" + path, "400000.00");
    }

    private Path version(String name, int noordStart, String clients) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Scenarios.write(folder, "wijken.csv", TABLE.formatted(noordStart));
        return Scenarios.write(folder, "two.yaml", SCENARIO.formatted(clients));
    }

    /** The same plan for the region as a whole, its Wmo saving from a workbook's cell. */
    private Path workbookVersion(String name, int wmo) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(folder.resolve("tarieven.xlsx"))) {
            workbook.createSheet("Tarieven").createRow(3).createCell(1).setCellValue(wmo);
            workbook.write(out);
        }
        String text = SCENARIO.formatted("actief * bereik")
                .replace(SCENARIO.substring(SCENARIO.indexOf("areas:"), SCENARIO.indexOf("kernaanpakken:")), "")
                .replace("    areas: {from: startjaar}\n",
                        "    actief: {perYear: {2025: 1000, 2026: 3000}, kind: count, source: test}\n")
                .replace("Wmo: {value: 500, source: test}",
                        "Wmo: {fromExcel: {file: tarieven.xlsx, sheet: Tarieven, cell: B4}}");
        return Scenarios.write(folder, "region.yaml", text);
    }

    private static String diff(Path before, Path after, String format) {
        Cli.Result result = Cli.run("diff", before.toString(), after.toString(), "--format", format);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        return result.out();
    }

    /** The expected variant's attribution parts by financier (or total) and input. */
    private static Map<String, String> parts(List<CSVRecord> rows, String variant) {
        return rows.stream().filter(r -> r.get("section").equals("attribution") && r.get("variant").equals(variant))
                .collect(Collectors.toMap(r -> r.get("key") + "/" + r.get("item"), r -> r.get("change")));
    }

    private static String change(List<CSVRecord> rows, String variant, String key) {
        return rows.stream().filter(r -> r.get("section").equals("result") && r.get("variant").equals(variant)
                && r.get("key").equals(key) && r.get("item").equals("net")).map(r -> r.get("change")).findFirst()
                .orElseThrow();
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text))
                .getRecords();
    }
}
