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
 * Every figure the Buurtzorg / wijkverpleging alliance plan states for its business case (seed 002,
 * "buurtzorg Lnnn"), read back from the outputs of {@code impact run
 * scenarios/buurtzorg-wijkverpleging.yaml} and compared at the plan's own precision: it writes
 * "27k", "~30%", "~€1,5 miljard".
 */
class BuurtzorgFiguresTest {

    static final Path SCENARIO = Path.of("scenarios", "buurtzorg-wijkverpleging.yaml");

    @TempDir
    static Path out;
    static Csv effects;
    static Csv quantities;
    static Csv businessCase;
    static Csv kpis;

    @BeforeAll
    static void run() throws Exception {
        Cli.runInto(SCENARIO, out);
        effects = Csv.read(out.resolve("effects.csv"));
        quantities = Csv.read(out.resolve("quantities.csv"));
        businessCase = Csv.read(out.resolve("business-case.csv"));
        kpis = Csv.read(out.resolve("kpis.csv"));
    }

    @Test
    void shortageReductionPerSectorIn2033() {
        // buurtzorg L677: MSZ 37k, huisartsen 6k, wijkverpleging 47k; L694-695: 23%, zo'n 40%, bijna 35%.
        assertThat(thousands(quantity("minderTekortMsz", "2033"))).isEqualByComparingTo("8.5");
        assertThat(thousands(quantity("minderTekortHuisartsen", "2033"))).isEqualByComparingTo("2.4");
        assertThat(thousands(quantity("minderTekortWijkverpleging", "2033"))).isEqualByComparingTo("16.5");
        // Back to the plan's percentages per sector, at its precision (whole percents).
        assertThat(percent(quantity("minderTekortMsz", "2033").divide(new BigDecimal(37000)))).isEqualByComparingTo("23");
        assertThat(percent(quantity("minderTekortHuisartsen", "2033").divide(new BigDecimal(6000)))).isEqualByComparingTo("40");
        assertThat(percent(quantity("minderTekortWijkverpleging", "2033").divide(new BigDecimal(47000)))).isEqualByComparingTo("35");
    }

    @Test
    void twentySevenThousandFewerShortageIs30PercentOfTheZvwShortage() {
        // buurtzorg L665: '27k minder personeelstekort in 2033'; L663, L671: ~30%.
        BigDecimal persons = quantity("minderTekort", "2033");
        assertThat(persons).isEqualByComparingTo("27360");
        assertThat(persons.divide(new BigDecimal(1000)).setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("27");
        BigDecimal share = quantity("aandeelTekortOpgevangen", "2033");
        assertThat(percent(share)).isEqualByComparingTo("30");
        // The exact share: 27,360 / 90,000 (37k + 6k + 47k).
        assertThat(persons.divide(new BigDecimal(90000), 4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.3040");
    }

    @Test
    void structuralSavingOf1Point5BillionAYearFrom2033InZvw() {
        // buurtzorg L672: '~€1,5 miljard per jaar vanaf 2033'; financier zorgverzekeraar (Zvw, L631).
        BigDecimal saving2033 = effects.sum("expected", Map.of("year", "2033"));
        assertThat(saving2033.divide(new BigDecimal("1E9")).setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("1.5");
        assertThat(saving2033).isEqualByComparingTo("1500000000");
        assertThat(effects.sum("expected", Map.of("year", "2033", "domain", "Zvw", "financier", "zorgverzekeraar")))
                .isEqualByComparingTo(saving2033);
        assertThat(effects.rows()).allSatisfy(r -> assertThat(r.get("financier")).isEqualTo("zorgverzekeraar"));
        // The plan claims nothing before 2033 (L633, L672).
        for (int year = 2024; year < 2033; year++) {
            assertThat(effects.sum("expected", Map.of("year", String.valueOf(year)))).isZero();
        }
        assertThat(businessCase.where(Map.of("dimension", "total", "measure", "net", "year", "2033")).get(0).get("expected"))
                .isEqualTo("1500000000.00");
    }

    @Test
    void theInconsistencyIsCarriedByTheFteFactorSolvedFromTheStatedSaving() {
        // 27k persons x €90K (L682) would be €2.43 bn; €1.5 bn / €90K = 16,667 FTE.
        BigDecimal persons = quantity("minderTekort", "2033");
        BigDecimal fte = quantity("fteMinderTekort", "2033");
        assertThat(persons.multiply(new BigDecimal(90000))).isGreaterThan(new BigDecimal("2.4E9"));
        assertThat(fte.setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("16667");
        assertThat(fte.divide(persons, 3, RoundingMode.HALF_UP)).isEqualByComparingTo("0.609");
        assertThat(effects.sum("expected", Map.of("year", "2033"))
                .divide(fte, 0, RoundingMode.HALF_UP)).isEqualByComparingTo("90000");
    }

    @Test
    void kpiMinus15PercentHoursPerClientIn3YearsFrom2024Index() {
        // buurtzorg L634, L706: -15% in 3 years; L708: 2024 = index.
        var rows = kpis.where(Map.of("kpi", "ureninzet-wijkverpleging"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("year")).isEqualTo("2027");
        assertThat(rows.get(0).get("band_min")).isEqualTo("85.00");
        assertThat(rows.get(0).get("expected")).isEqualTo("85.00");
        assertThat(rows.get(0).get("position")).isEqualTo("within");
    }

    @Test
    void everySourcedOrDerivedFigureCitesAPlanLine() throws Exception {
        var provenances = ProvenanceCitations.provenances(SCENARIO);
        assertThat(provenances).hasSizeGreaterThan(10);
        assertThat(provenances).allSatisfy(p -> assertThat(p.getValue()).as(p.getKey()).containsPattern("regels? \\d+"));
    }

    private static BigDecimal quantity(String name, String year) {
        return quantities.sum("expected", Map.of("kernaanpak", "zorgoptimalisatie", "quantity", name, "year", year));
    }

    private static BigDecimal thousands(BigDecimal persons) {
        return persons.divide(new BigDecimal(1000)).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction.multiply(new BigDecimal(100)).setScale(0, RoundingMode.HALF_UP);
    }
}
