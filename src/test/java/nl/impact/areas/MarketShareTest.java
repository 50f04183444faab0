package nl.impact.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.Scenarios;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two areas of {@link TwoAreas} with the insurers' market shares: CZ has 60 % of Centrum and
 * 25 % of Noord, VGZ the rest. What the zorgverzekeraar gains in an area lands with each insurer
 * by its share there; everything else is as without the shares.
 */
class MarketShareTest {

    static final String TABLE = """
            code,naam,gemeente,inwoners,start,cz,vgz
            WK091701,Centrum,Heerlen,1000,2025,0.6,0.4
            WK093501,Noord,Maastricht,2000,2026,0.25,0.75
            """;

    @TempDir
    Path dir;

    @Test
    void zvwBenefitsLandPerInsurerByItsShareInTheArea() throws Exception {
        Path out = Cli.runInto(scenario(TABLE, "    insurers: {CZ: cz, VGZ: vgz}\n"), dir.resolve("out"));
        Csv areas = Csv.read(out.resolve("areas.csv"));
        // Centrum 2026: 100 clients of 2025 and 100 of 2026, Zvw 1,000 each: 200,000, 60 % to CZ.
        assertThat(row(areas, "WK091701", "zorgverzekeraar CZ", "2026").get("benefits_expected")).isEqualTo("120000.00");
        assertThat(row(areas, "WK091701", "zorgverzekeraar VGZ", "2026").get("benefits_expected")).isEqualTo("80000.00");
        // Noord 2027: the 200 clients of 2026 in their second year: 200,000, 25 % to CZ; min 800 each.
        assertThat(row(areas, "WK093501", "zorgverzekeraar CZ", "2027").get("benefits_expected")).isEqualTo("50000.00");
        assertThat(row(areas, "WK093501", "zorgverzekeraar VGZ", "2027").get("benefits_min")).isEqualTo("120000.00");
        // No undivided zorgverzekeraar is left; the gemeente and the area's total are as without shares.
        assertThat(areas.where(Map.of("financier", "zorgverzekeraar"))).isEmpty();
        assertThat(row(areas, "WK091701", "gemeente Heerlen", "2025").get("net_expected")).isEqualTo("40000.00");
        assertThat(areas.sum("net_expected", Map.of("area", "WK091701", "financier", "total")))
                .isEqualByComparingTo("580000");

        Csv gemeenten = Csv.read(out.resolve("gemeenten.csv"));
        // Heerlen, max: 400 client-years at 1,200 = 480,000, 60 % to CZ; Maastricht: 400,000, 75 % to VGZ.
        assertThat(gemeenten.sum("benefits_max", Map.of("gemeente", "Heerlen", "financier", "zorgverzekeraar CZ")))
                .isEqualByComparingTo("288000");
        assertThat(gemeenten.sum("benefits_expected", Map.of("gemeente", "Maastricht",
                "financier", "zorgverzekeraar VGZ"))).isEqualByComparingTo("300000");
        // The CSVs of the totals keep the zorgverzekeraar whole: 800,000 expected over both areas.
        Csv effects = Csv.read(out.resolve("effects.csv"));
        assertThat(effects.sum("expected", Map.of("financier", "zorgverzekeraar"))).isEqualByComparingTo("800000");
    }

    @Test
    void aShareOutsideZeroToOneIsRefusedAtItsCell() throws Exception {
        Cli.Result result = refused(TABLE.replace("0.25,0.75", "-0.25,1.25"));
        assertThat(result.err()).contains(table() + ":3:6: ")
                .contains("the market share of CZ in area WK093501 (column 'cz') must be from 0 to 1, got -0.25");
        assertThat(result.err()).contains(table() + ":3:7: ").contains("got 1.25");
    }

    @Test
    void sharesThatDoNotAddUpToOneAreRefusedAtTheirRow() throws Exception {
        Cli.Result result = refused(TABLE.replace("0.6,0.4", "0.6,0.3"));
        assertThat(result.err()).contains(table() + ":2:6: ")
                .contains("the market shares in area WK091701 add up to 0.9, not 1 (within 0.001; columns 'cz', 'vgz')");
    }

    @Test
    void anUnknownShareColumnOrFinancierIsRefusedInTheScenario() throws Exception {
        Path scenario = scenario(TABLE, "    financier: verzekeraar\n    insurers: {CZ: cz, VGZ: aandeelVgz}\n");
        Cli.Result result = Cli.run("validate", scenario.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("areas.marketShares.financier: no domain has the financier 'verzekeraar'");
    }

    private Path scenario(String table, String shares) throws Exception {
        Scenarios.write(dir, "wijken.csv", table);
        String areas = TwoAreas.AREAS.replace("    start: {kind: number}\n",
                "    start: {kind: number}\n    cz: {kind: number}\n    vgz: {kind: number}\n")
                + "  marketShares:\n" + shares;
        return Scenarios.write(dir, "two.yaml", TwoAreas.HEAD + areas
                + TwoAreas.KERNAANPAK.formatted("areas: {from: start}", "inwoners"));
    }

    private Cli.Result refused(String table) throws Exception {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", scenario(table, "    insurers: {CZ: cz, VGZ: vgz}\n").toString(),
                "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(result.err()).doesNotContain("Exception");
        return result;
    }

    private String table() {
        return dir.resolve("wijken.csv").toString();
    }

    private static CSVRecord row(Csv csv, String area, String financier, String year) {
        List<CSVRecord> rows = csv.where(Map.of("area", area, "financier", financier, "year", year));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
