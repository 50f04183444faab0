package nl.impact.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-area scenario of {@link TwoAreas}: per-area and per-gemeente figures by hand, totals as one region. */
class AreaFiguresTest {

    @TempDir
    Path dir;

    @Test
    void perAreaFiguresAreTheHandComputedOnes() throws Exception {
        Path out = Cli.runInto(TwoAreas.withAreas(dir), dir.resolve("out"));
        Csv areas = Csv.read(out.resolve("areas.csv"));
        // Centrum: 100 clients in 2025 and 2026; Zvw 1,000 each in the start year and the next.
        assertThat(row(areas, "WK091701", "zorgverzekeraar", "2026").get("benefits_expected")).isEqualTo("200000.00");
        assertThat(row(areas, "WK091701", "zorgverzekeraar", "2027").get("benefits_min")).isEqualTo("80000.00");
        // The Wmo lands with the area's own gemeente, and so does the coach it pays.
        CSVRecord heerlen = row(areas, "WK091701", "gemeente Heerlen", "2025");
        assertThat(heerlen.get("benefits_expected")).isEqualTo("50000.00");
        assertThat(heerlen.get("investments_expected")).isEqualTo("10000.00");
        assertThat(heerlen.get("net_expected")).isEqualTo("40000.00");
        // Noord starts in 2026: nothing in 2025; 200 clients in 2026.
        assertThat(row(areas, "WK093501", "total", "2025").get("net_max")).isEqualTo("0.00");
        assertThat(row(areas, "WK093501", "gemeente Maastricht", "2026").get("investments_expected"))
                .isEqualTo("20000.00");
        // Over all years: 600,000 of benefits less 20,000 of coaches in each area (expected);
        // min: Zvw 800 instead of 1,000 on 400 client-years in Centrum.
        assertThat(areas.sum("net_expected", Map.of("area", "WK091701", "financier", "total")))
                .isEqualByComparingTo("580000");
        assertThat(areas.sum("net_min", Map.of("area", "WK091701", "financier", "total")))
                .isEqualByComparingTo("500000");
        assertThat(areas.sum("net_expected", Map.of("area", "WK093501", "financier", "total")))
                .isEqualByComparingTo("580000");

        Csv gemeenten = Csv.read(out.resolve("gemeenten.csv"));
        assertThat(gemeenten.header()).startsWith("gemeente", "financier", "year", "benefits_min");
        assertThat(gemeenten.sum("net_expected", Map.of("gemeente", "Maastricht", "financier", "gemeente Maastricht")))
                .isEqualByComparingTo("180000");
        assertThat(gemeenten.sum("benefits_max", Map.of("gemeente", "Heerlen", "financier", "zorgverzekeraar")))
                .isEqualByComparingTo("480000");
    }

    @Test
    void stdoutShowsTheAreasWithTheLargestNet() throws Exception {
        Cli.Result result = Cli.run("run", TwoAreas.withAreas(dir).toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("2 areas in 2 gemeenten")
                .containsPattern("WK091701 Centrum \\(Heerlen\\) +500,000 +580,000 +660,000");
    }

    @Test
    void totalsEqualTheSamePlanWrittenWithoutAreas() throws Exception {
        Path areas = Cli.runInto(TwoAreas.withAreas(dir), dir.resolve("areas"));
        Path region = Cli.runInto(TwoAreas.withoutAreas(dir), dir.resolve("region"));
        for (String file : List.of("effects.csv", "quantities.csv", "summary.csv", "budget.csv", "business-case.csv",
                "business-case-summary.csv")) {
            assertThat(Files.readString(areas.resolve(file))).as(file).isEqualTo(Files.readString(region.resolve(file)));
        }
        assertThat(region.resolve("areas.csv")).doesNotExist();
    }

    private static CSVRecord row(Csv csv, String area, String financier, String year) {
        List<CSVRecord> rows = csv.where(Map.of("area", area, "financier", financier, "year", year));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
