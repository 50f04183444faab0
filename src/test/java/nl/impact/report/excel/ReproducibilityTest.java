package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.impact.engine.RunResult;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReproducibilityTest {

    @Test
    void sourceDateEpochIsADateWhenSet() {
        assertThat(DocumentDate.fromEnvironment(Map.of())).isEmpty();
        assertThat(DocumentDate.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "1735689600")))
                .contains(Instant.parse("2025-01-01T00:00:00Z"));
        assertThatThrownBy(() -> DocumentDate.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "gisteren")))
                .hasMessageContaining("SOURCE_DATE_EPOCH");
    }

    @Test
    void rewritingAZipFixesEntryTimesAndOrder() throws Exception {
        byte[] a = zip(List.of("xl/b.xml", "[Content_Types].xml", "a.xml"), LocalDateTime.of(2024, 5, 6, 7, 8, 10));
        byte[] b = zip(List.of("a.xml", "xl/b.xml", "[Content_Types].xml"), LocalDateTime.of(2020, 1, 2, 3, 4, 6));
        assertThat(a).isNotEqualTo(b);
        Instant date = Instant.parse("2025-01-01T00:00:00Z");
        byte[] fixedA = DeterministicZip.rewrite(a, date);
        assertThat(fixedA).isEqualTo(DeterministicZip.rewrite(b, date));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(fixedA))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
                assertThat(new String(in.readAllBytes())).isEqualTo("content of " + e.getName());
            }
        }
        assertThat(names).containsExactly("[Content_Types].xml", "a.xml", "xl/b.xml");
    }

    @Test
    void theWorkbookCarriesTheDocumentDate() throws Exception {
        RunResult result = Workbooks.run(Workbooks.PLUSWIJKEN);
        Instant date = Instant.parse("2025-03-04T05:06:07Z");
        try (XSSFWorkbook workbook = BusinessCaseWorkbook.build(nl.impact.report.RunOutputs.of(result), date).workbook()) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(date);
            assertThat(core.getModified().toInstant()).isEqualTo(date);
        }
    }

    private static byte[] zip(List<String> names, LocalDateTime time) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(("content of " + name).getBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
