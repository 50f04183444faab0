package nl.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * Every figure the PlusWIJken plan states (shared/domain/pluswijken.md), read back from the CSV
 * outputs of {@code impact run scenarios/pluswijken.yaml}. The plan rounds at the end, so figures
 * are compared after rounding the exact output to the plan's precision.
 */
class PlusWijkenFiguresTest {

    @TempDir
    static Path out;
    static Csv effects;
    static Csv quantities;
    static Csv summary;

    @BeforeAll
    static void run() throws Exception {
        Cli.runInto(Path.of("scenarios/pluswijken.yaml"), out);
        effects = Csv.read(out.resolve("effects.csv"));
        quantities = Csv.read(out.resolve("quantities.csv"));
        summary = Csv.read(out.resolve("summary.csv"));
    }

    @Test
    void doorbraakmethodeGives3287DirectAnd17004PreventedPerCase() {
        // 2025 is the first cohort of 250 households: its direct effect falls in 2025 and its
        // prevented costs in 2026, when the second cohort's direct effect falls too.
        BigDecimal direct2025 = effects.sum("expected", Map.of("kernaanpak", "doorbraakmethode",
                "effect", "Directe opbrengsten en kosten", "year", "2025"));
        BigDecimal prevented2026 = effects.sum("expected", Map.of("kernaanpak", "doorbraakmethode",
                "effect", "Kosten voorkomen korte termijn", "year", "2026"));
        assertThat(direct2025.divide(new BigDecimal(250))).isEqualByComparingTo("3287");
        assertThat(prevented2026.divide(new BigDecimal(250))).isEqualByComparingTo("17004");
        assertThat(effects.sum("expected", Map.of("kernaanpak", "doorbraakmethode"))).isEqualByComparingTo("20291000");
    }

    @Test
    void doorbraakmethodeCostsAreNegativeInTheirDomains() {
        assertThat(amount("doorbraakmethode", "Directe opbrengsten en kosten", "Wgs", "2025")).isEqualByComparingTo("-7750");
        assertThat(amount("doorbraakmethode", "Directe opbrengsten en kosten", "Participatiewet", "2027"))
                .isEqualByComparingTo("-115500");
        assertThat(amount("doorbraakmethode", "Kosten voorkomen korte termijn", "Wlz", "2028")).isEqualByComparingTo("122500");
    }

    @Test
    void kernteamOuderenFrailElderlyAndElderlyInView() {
        assertThat(quantity("kernteam-ouderen", "kwetsbareOuderen", "2025")).isEqualByComparingTo("1200");
        assertThat(quantity("kernteam-ouderen", "kwetsbareOuderen", "2026")).isEqualByComparingTo("3800");
        assertThat(quantity("kernteam-ouderen", "kwetsbareOuderen", "2027")).isEqualByComparingTo("7000");
        // 739 = 6 x 123.2, rounded at the end; 6 x 123 would give 738.
        assertThat(quantity("kernteam-ouderen", "ouderenInBeeld", "2025")).isEqualByComparingTo("739.20");
        assertThat(whole(quantity("kernteam-ouderen", "ouderenInBeeld", "2025"))).isEqualByComparingTo("739");
        assertThat(quantity("kernteam-ouderen", "ouderenInBeeld", "2026")).isEqualByComparingTo("3344");
        assertThat(quantity("kernteam-ouderen", "ouderenInBeeld", "2027")).isEqualByComparingTo("6160");
    }

    @Test
    void plusPraktijkenAvoidedReferralsAndPlusPunt2025() {
        assertThat(quantity("pluspraktijken", "plusPraktijken", "2025")).isEqualByComparingTo("179");
        assertThat(quantity("pluspraktijken", "vermedenVerwijzingen", "2025")).isEqualByComparingTo("4380");
        assertThat(amount("pluspraktijken", "Minder verwijzingen naar de tweede lijn", "Zvw", "2025"))
                .isEqualByComparingTo("762383");
        assertThat(quantity("pluspraktijken", "substitutieCardiologie", "2025")).isEqualByComparingTo("605");
        assertThat(amount("pluspraktijken", "Substitutie cardiologie naar PlusPunt", "Zvw", "2025"))
                .isEqualByComparingTo("169575");
        assertThat(quantity("pluspraktijken", "substitutieOrthopedie", "2025")).isEqualByComparingTo("757");
        assertThat(amount("pluspraktijken", "Substitutie orthopedie naar PlusPunt", "Zvw", "2025"))
                .isEqualByComparingTo("132358");
    }

    @Test
    void welzijnOpReceptClientsAndSavingsPerClient() {
        BigDecimal clients = quantities.sum("expected", Map.of("kernaanpak", "welzijn-op-recept", "quantity", "clienten"));
        assertThat(clients).isEqualByComparingTo("4050");
        assertThat(quantity("welzijn-op-recept", "clienten", "2025")).isEqualByComparingTo("675");
        BigDecimal wmo = effects.sum("expected", Map.of("kernaanpak", "welzijn-op-recept", "domain", "Wmo"));
        BigDecimal zvw = effects.sum("expected", Map.of("kernaanpak", "welzijn-op-recept", "domain", "Zvw"));
        assertThat(wmo.divide(clients)).isEqualByComparingTo("2355");
        assertThat(zvw.divide(clients)).isEqualByComparingTo("535");
        assertThat(wmo.add(zvw)).isEqualByComparingTo("11704500");
    }

    @Test
    void summaryTotalsAddUpTheEffects() {
        // Totals are rounded from exact values, so they may differ from a sum of rounded rows by
        // at most half a cent per row.
        BigDecimal all = effects.sum("expected", Map.of());
        BigDecimal slack = new BigDecimal("0.005").multiply(new BigDecimal(effects.rows().size()));
        assertThat(summary.sum("expected", Map.of("dimension", "total", "year", "all"))).isCloseTo(all, within(slack));
        assertThat(summary.sum("expected", Map.of("dimension", "financier", "year", "all"))).isCloseTo(all, within(slack));
        assertThat(summary.sum("expected", Map.of("dimension", "kernaanpak", "key", "doorbraakmethode", "year", "all")))
                .isEqualByComparingTo("20291000");
        BigDecimal gemeente2026 = effects.sum("expected", Map.of("financier", "gemeente", "year", "2026"));
        assertThat(summary.sum("expected", Map.of("dimension", "financier", "key", "gemeente", "year", "2026")))
                .isCloseTo(gemeente2026, within(slack));
        assertThat(summary.where(Map.of("dimension", "financier", "key", "zorgkantoor", "year", "2028")).get(0)
                .get("expected")).isEqualTo("122500.00");
    }

    @Test
    void bandsFollowTheMinimalAndMaximalEffectScenarios() {
        // Kernteam ouderen's euro effects are assumptions with a band: min < expected < max.
        BigDecimal min = effects.sum("min", Map.of("kernaanpak", "kernteam-ouderen"));
        BigDecimal expected = effects.sum("expected", Map.of("kernaanpak", "kernteam-ouderen"));
        BigDecimal max = effects.sum("max", Map.of("kernaanpak", "kernteam-ouderen"));
        BigDecimal inView = quantities.sum("expected", Map.of("kernaanpak", "kernteam-ouderen", "quantity", "ouderenInBeeld"));
        assertThat(expected).isEqualByComparingTo(inView.multiply(new BigDecimal(300 + 600 + 80)));
        assertThat(min).isEqualByComparingTo(inView.multiply(new BigDecimal(150 + 300 + 40)));
        assertThat(max).isEqualByComparingTo(inView.multiply(new BigDecimal(450 + 900 + 120)));
    }

    private static BigDecimal quantity(String kernaanpak, String name, String year) {
        return quantities.sum("expected", Map.of("kernaanpak", kernaanpak, "quantity", name, "year", year));
    }

    private static BigDecimal amount(String kernaanpak, String effect, String domain, String year) {
        var rows = effects.where(Map.of("kernaanpak", kernaanpak, "effect", effect, "domain", domain, "year", year));
        assertThat(rows).hasSize(1);
        return new BigDecimal(rows.get(0).get("expected"));
    }

    private static BigDecimal whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }
}
