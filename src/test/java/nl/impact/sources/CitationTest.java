package nl.impact.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.impact.model.Citation;
import nl.impact.testing.Cli;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sources cite what a reader of the plan can find: the document, its section (and page where it has
 * pages), the line of the text extraction only as a supplement. Every shipped scenario does so, and
 * the workbooks show the rendered citation.
 */
class CitationTest {

    @TempDir
    Path work;

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).hasSizeGreaterThanOrEqualTo(6);
            return yaml.stream();
        }
    }

    @Test
    void rendersDocumentSectionPageAndLineTheWayADutchReaderCitesThem() {
        assertThat(new Citation("Regioplan Zuid-Limburg", "3.2 Kernaanpak PlusWIJken", "12", "341", null).render())
                .isEqualTo("Regioplan Zuid-Limburg, § 3.2 Kernaanpak PlusWIJken, p. 12 (regel 341)");
        assertThat(new Citation("Eindrapport", "6.3. Project 2", null, "289-291", "'66%'").render())
                .isEqualTo("Eindrapport, § 6.3. Project 2 (regels 289-291): '66%'");
        assertThat(new Citation("Plan", null, "12-13", null, null).render()).isEqualTo("Plan, p. 12-13");
    }

    /** Every source of every shipped scenario is a citation with a section, of a declared document. */
    @ParameterizedTest
    @MethodSource("shipped")
    void everySourceOfAShippedScenarioCitesASection(Path scenario) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(scenario.toFile());
        List<Map.Entry<String, JsonNode>> sources = new ArrayList<>();
        collect(root, "", sources);
        for (Map.Entry<String, JsonNode> source : sources) {
            JsonNode citation = source.getValue();
            assertThat(citation.isObject()).as("%s in %s is a citation, not a line", source.getKey(), scenario).isTrue();
            assertThat(citation.path("section").asText()).as(source.getKey()).isNotBlank();
            assertThat(root.path("documents").has(citation.path("document").asText())).as(source.getKey()).isTrue();
        }
        // Provenance texts no longer cite bare lines of a text extraction ("plan L1780").
        String text = Files.readString(scenario);
        assertThat(text.lines().filter(l -> !l.strip().startsWith("#")).map(l -> l.replaceAll("\\s+#.*", "")))
                .as(scenario.toString()).noneMatch(l -> l.matches(".*\\bL\\d{2,}.*"));
        if (!scenario.getFileName().toString().startsWith("voorbeeldregio")) {
            assertThat(sources).as("%s cites its sources", scenario).isNotEmpty();
        }
    }

    @Test
    void bothWorkbooksShowTheRenderedCitation() throws Exception {
        Path out = work.resolve("out");
        Cli.Result run = Cli.run("run", "scenarios/pluswijken.yaml", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(sourceTexts(out.resolve("bijlage-1-maatschappelijke-business-case.xlsx"))).contains(
                "Transformatieplan PlusWIJken, § 4.b Impact kernaanpakken: Welzijn op Recept (regel 1780): "
                        + "135 cliënten per fte per jaar; 4.050 in totaal (regel 1781)");
        assertThat(sourceTexts(out.resolve("bijlage-2-begroting.xlsx"))).anyMatch(t -> t.startsWith(
                "Transformatieplan PlusWIJken, § 4.b Impact kernaanpakken: Welzijn op Recept (regels 1775-1779)"));
    }

    private static List<String> sourceTexts(Path workbook) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Bronnen en aannames");
            assertThat(sheet).as("%s has the sheet Bronnen en aannames", workbook).isNotNull();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }

    private static void collect(JsonNode node, String path, List<Map.Entry<String, JsonNode>> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (e.getKey().equals("source")) {
                    found.add(Map.entry(child, e.getValue()));
                } else {
                    collect(e.getValue(), child, found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", found);
            }
        }
    }
}
