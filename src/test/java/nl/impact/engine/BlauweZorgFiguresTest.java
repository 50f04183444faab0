package nl.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two maatschappelijke businesscases of the Blauwe Zorg in de wijk final report (seed 003,
 * "blauwe-zorg Lnnn"), read back from the outputs of {@code impact run
 * scenarios/blauwe-zorg-maastricht.yaml} and compared at the report's own precision: "ruim
 * € 359.000", "ca. € 30.000", "ruim € 980.000".
 */
class BlauweZorgFiguresTest {

    static final Path SCENARIO = Path.of("scenarios", "blauwe-zorg-maastricht.yaml");
    static final BigDecimal FAMILIES = new BigDecimal(12);

    @TempDir
    static Path out;
    static Csv effects;
    static Csv quantities;
    static Csv businessCase;
    static Csv budget;

    @BeforeAll
    static void run() throws Exception {
        Cli.runInto(SCENARIO, out);
        effects = Csv.read(out.resolve("effects.csv"));
        quantities = Csv.read(out.resolve("quantities.csv"));
        businessCase = Csv.read(out.resolve("business-case.csv"));
        budget = Csv.read(out.resolve("budget.csv"));
    }

    @Test
    void gezinsregieSavesRuim359000OverTwelveFamilies() {
        // blauwe-zorg L317: 'ruim € 359.000' for the 12 families (L313). 12 x ca. € 30,000 gives
        // 360,000: more than 359,000, and within the rounding of 'ca. € 30.000' (12 x 500).
        BigDecimal total = effects.sum("expected", Map.of("kernaanpak", "gezinsregie"));
        assertThat(total).isGreaterThan(new BigDecimal(359000));
        assertThat(total.subtract(new BigDecimal(359000)).abs()).isLessThanOrEqualTo(FAMILIES.multiply(new BigDecimal(500)));
        assertThat(total).isEqualByComparingTo("360000");
        // The difference is an output of its own, not hidden.
        assertThat(quantities.sum("expected", Map.of("kernaanpak", "gezinsregie", "quantity", "afrondingsverschil")))
                .isEqualByComparingTo("1000");
    }

    @Test
    void gezinsregieSavesAbout30000PerFamily() {
        // blauwe-zorg L317: 'ca. € 30.000' per family; the report's total gives the same at that precision.
        BigDecimal perFamily = effects.sum("expected", Map.of("kernaanpak", "gezinsregie")).divide(FAMILIES);
        assertThat(perFamily.setScale(-3, RoundingMode.HALF_UP)).isEqualByComparingTo("30000");
        assertThat(new BigDecimal(359000).divide(FAMILIES, 0, RoundingMode.HALF_UP).setScale(-3, RoundingMode.HALF_UP))
                .isEqualByComparingTo("30000");
    }

    @Test
    void gezinsregieNetIs22000PerFamilyPerYearInTheBusinessCase() {
        // blauwe-zorg L317: 'Minus de kosten van de inzet van de casusregisseur is dit € 22.000,- per gezin op jaarbasis'.
        BigDecimal net = new BigDecimal(businessCase.where(Map.of("dimension", "kernaanpak", "key", "gezinsregie",
                "measure", "net", "year", "2019")).get(0).get("expected"));
        assertThat(net.divide(FAMILIES)).isEqualByComparingTo("22000");
        // The regisseur's cost is the begroting's, derived as 30,000 - 22,000 and marked so.
        var line = budget.where(Map.of("line", "gezinsregisseur"));
        assertThat(line).hasSize(1);
        assertThat(new BigDecimal(line.get(0).get("expected")).divide(FAMILIES)).isEqualByComparingTo("8000");
        assertThat(line.get(0).get("basis")).contains("afgeleid als 30.000 - 22.000");
    }

    @Test
    void gezinsregieSavesMostInTheMunicipalDomain() {
        // blauwe-zorg L319: the largest savings in the gemeentelijke domein; of the Zvw only GGZ.
        BigDecimal gemeente = effects.sum("expected", Map.of("kernaanpak", "gezinsregie", "financier", "gemeente"));
        BigDecimal zvw = effects.sum("expected", Map.of("kernaanpak", "gezinsregie", "domain", "Zvw"));
        assertThat(gemeente).isGreaterThan(zvw);
        assertThat(gemeente.add(zvw)).isEqualByComparingTo("360000");
    }

    @Test
    void pohJeugdSavesRuim980000AYearInTheJeugdwet() {
        // blauwe-zorg L291: 'op jaarbasis een besparing ... van ruim € 980.000', MBC over 2019 (L289).
        BigDecimal saving = effects.sum("expected", Map.of("kernaanpak", "poh-jeugd", "year", "2019"));
        assertThat(saving.setScale(-3, RoundingMode.HALF_UP)).isEqualByComparingTo("980000");
        assertThat(saving).isGreaterThanOrEqualTo(new BigDecimal(980000));
        assertThat(effects.sum("expected", Map.of("kernaanpak", "poh-jeugd", "domain", "Jeugdwet", "financier", "gemeente")))
                .isEqualByComparingTo(saving);
        // The reading of L289: 66% of the 480 clients not referred.
        assertThat(quantities.sum("expected", Map.of("kernaanpak", "poh-jeugd", "quantity", "vermedenVerwijzingen")))
                .isEqualByComparingTo("316.8");
    }

    @Test
    void everySourcedDerivedOrAssumedFigureCitesAReportLine() throws Exception {
        var provenances = ProvenanceCitations.provenances(SCENARIO);
        assertThat(provenances).hasSizeGreaterThan(5);
        assertThat(provenances).allSatisfy(p -> assertThat(p.getValue()).as(p.getKey()).containsPattern("regels? \\d+"));
    }
}
