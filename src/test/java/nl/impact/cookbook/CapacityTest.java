package nl.impact.cookbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Effects in hours, FTE and persons (src/test/resources/cookbook/capacity.yaml, computed by hand in
 * its comments): capacity.csv, kept out of the euro business case, and counted by labour-capacity.
 */
class CapacityTest {

    static final Path SCENARIO = Path.of(CookbookTest.DIR + "capacity.yaml");

    @TempDir
    Path dir;

    private static List<String> variants(CSVRecord row) {
        return List.of(row.get("min"), row.get("expected"), row.get("max"));
    }

    private static CSVRecord one(Csv csv, Map<String, String> where) {
        assertThat(csv.where(where)).as(where.toString()).hasSize(1);
        return csv.where(where).get(0);
    }

    @Test
    void hoursFteAndPersonsAreComputedPerDomainAndAddedUpPerFinancier() throws IOException {
        Path out = CookbookTest.run("capacity.yaml", dir.resolve("out"));
        Csv capacity = Csv.read(out.resolve("capacity.csv"));
        assertThat(capacity.header()).containsExactly("kernaanpak", "effect", "domain", "financier", "unit", "year",
                "min", "expected", "max");
        Map<String, String> hours = Map.of("effect", "Minder uren huisarts", "domain", "Zvw");
        assertThat(variants(one(capacity, with(hours, "year", "2025")))).containsExactly("200.00", "300.00", "400.00");
        assertThat(variants(one(capacity, with(hours, "year", "2026")))).containsExactly("600.00", "900.00", "1200.00");
        assertThat(variants(one(capacity, with(hours, "year", "2027")))).containsExactly("400.00", "600.00", "800.00");
        assertThat(one(capacity, Map.of("effect", "Minder uren huisarts", "domain", "Wmo", "year", "2026"))
                .get("expected")).isEqualTo("-300.00");
        CSVRecord fte = one(capacity, Map.of("effect", "Coordinator", "year", "2026"));
        assertThat(fte.get("unit")).isEqualTo("fte");
        assertThat(fte.get("financier")).isEqualTo("gemeente");
        assertThat(fte.get("expected")).isEqualTo("0.50");
        assertThat(one(capacity, Map.of("effect", "Coordinator", "year", "2027")).get("expected")).isEqualTo("0.00");
        assertThat(one(capacity, Map.of("effect", "Minder inzet wijkverpleging", "year", "2026")).get("expected"))
                .isEqualTo("2.00");

        Map<String, String> total = Map.of("kernaanpak", "total", "unit", "uur");
        assertThat(one(capacity, with(with(total, "financier", "zorgverzekeraar"), "year", "2026")).get("expected"))
                .isEqualTo("900.00");
        assertThat(one(capacity, with(with(total, "financier", "gemeente"), "year", "2026")).get("expected"))
                .isEqualTo("-300.00");
        assertThat(variants(one(capacity, with(with(total, "financier", "all"), "year", "2026"))))
                .containsExactly("300.00", "600.00", "900.00");
        assertThat(capacity.where(Map.of("kernaanpak", "total", "unit", "fte", "financier", "all"))).hasSize(3);
        assertThat(capacity.where(Map.of("kernaanpak", "total", "unit", "fte", "financier", "zorgverzekeraar")))
                .isEmpty();
    }

    @Test
    void capacityNeverEntersTheEuroBusinessCase() throws IOException {
        Path out = CookbookTest.run("capacity.yaml", dir.resolve("out"));
        Csv effects = Csv.read(out.resolve("effects.csv"));
        assertThat(effects.rows()).extracting(r -> r.get("effect")).containsOnly("Besparing");
        Csv summary = Csv.read(out.resolve("summary.csv"));
        assertThat(one(summary, Map.of("dimension", "total", "year", "all")).get("expected")).isEqualTo("300000.00");
    }

    @Test
    void theLabourCapacityKpiCountsHoursFteAndPersons() throws IOException {
        Path out = CookbookTest.run("capacity.yaml", dir.resolve("out"));
        Csv kpis = Csv.read(out.resolve("kpis.csv"));
        assertThat(one(kpis, Map.of("kpi", "arbeidsmarkt", "year", "2025")).get("expected")).isEqualTo("2.40");
        assertThat(one(kpis, Map.of("kpi", "arbeidsmarkt", "year", "2026")).get("expected")).isEqualTo("4.20");
        assertThat(one(kpis, Map.of("kpi", "arbeidsmarkt", "year", "2027")).get("expected")).isEqualTo("0.80");
        // min: 2 h x 300 - 1 h x 300 = 300 hours; (300 / 1000 + 0.5) / 0.5 + 2 = 3.60 in 2026.
        assertThat(one(kpis, Map.of("kpi", "arbeidsmarkt", "year", "2026")).get("expected_min")).isEqualTo("3.60");
    }

    @Test
    void anUnknownUnitIsRefusedWhereItStands() throws IOException {
        String result = Edits.refused(dir, SCENARIO, "unit: fte", "unit: hours");
        assertThat(result).contains("s.yaml:40:15: kernaanpakken.wijkteam.effects[2].unit: unknown unit 'hours'; "
                + "expected one of euro, uur, fte, personen (euro is the default: leave 'unit' out for euros)");
    }

    @Test
    void anEffectInHoursListedAmongTheEuroEffectsIsRefused() throws IOException {
        String result = Edits.refused(dir, SCENARIO, "    capacity: [wijkteam/Minder uren huisarts,",
                "    effects: [wijkteam/Minder uren huisarts]\n    labourShare: {value: 0.5, source: x}\n"
                        + "    euroPerFte: {value: 70000, source: x}\n    capacity: [");
        assertThat(result).contains("kpis.arbeidsmarkt.effects: 'wijkteam/Minder uren huisarts' is an effect "
                + "in uur, not in euros: list it under 'capacity'");
    }

    @Test
    void aEuroEffectListedAsCapacityIsRefused() throws IOException {
        String result = Edits.refused(dir, SCENARIO, "wijkteam/Coordinator,", "wijkteam/Besparing,");
        assertThat(result).contains("kpis.arbeidsmarkt.capacity: 'wijkteam/Besparing' is an effect in euros, "
                + "not in uur, fte or personen: list it under 'effects'");
    }

    @Test
    void anEffectInHoursIsRefusedInAScenarioWithAreas() throws IOException {
        Files.copy(Path.of("scenarios/pluswijken-wijken.csv"), dir.resolve("pluswijken-wijken.csv"));
        Path file = dir.resolve("wijken.yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios/pluswijken-wijken.yaml"))
                .replace("        per: mantelzorgersBehouden\n", "        per: mantelzorgersBehouden\n        unit: uur\n"));
        Cli.Result result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("kernaanpakken.programmalijn-1.effects[0].unit: an effect in uur cannot be "
                + "computed per area (yet): leave the area table out, or give this effect in a scenario without areas");
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
