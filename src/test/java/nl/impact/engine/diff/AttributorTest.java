package nl.impact.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.impact.model.Variant;
import nl.impact.scenario.SourceDocument;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributorTest {

    @TempDir
    Path dir;

    /** Nine parameters a1..a9; the clients are a1 * a2 + a3 + ... + a9, each saving 100 in Zvw, two years. */
    private static String scenario(int... values) {
        StringBuilder s = new StringBuilder("""
                name: Many inputs
                years: {first: 2025, last: 2026}
                domains:
                  Zvw: {financier: zorgverzekeraar}
                kernaanpakken:
                  k:
                    calculator: formules
                """);
        for (int i = 1; i <= 9; i++) {
            s.append("    a").append(i).append(": {value: ").append(values[i - 1]).append(", source: test}\n");
        }
        s.append("""
                    formulas:
                      clients: "a1 * a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9"
                    effects:
                      - name: saving
                        per: clients
                        timing: direct
                        amounts:
                          Zvw: {value: 100, source: test}
                """);
        return s.toString();
    }

    @Test
    void withManyInputsEachIsTakenAloneAndTheInteractionIsTheRest() throws Exception {
        Path before = Scenarios.write(dir, "before.yaml", scenario(1, 1, 1, 1, 1, 1, 1, 1, 1));
        Path after = Scenarios.write(dir, "after.yaml", scenario(2, 3, 2, 2, 2, 2, 2, 2, 2));
        ScenarioDiff diff = ScenarioDiff.of(SourceDocument.read(before), SourceDocument.read(after));
        assertThat(diff.method()).isEqualTo("one at a time over 9 input groups, with the interaction remainder");
        Attribution total = diff.attributions().stream()
                .filter(a -> a.variant() == Variant.EXPECTED && a.key().equals("total")).findFirst().orElseThrow();
        Map<String, BigDecimal> parts = total.parts().stream()
                .collect(Collectors.toMap(Attribution.Part::group, Attribution.Part::amount));
        // Clients per year from 1 + 7 = 8 to 6 + 14 = 20: +12 a year, two years, 100 each: +2,400.
        assertThat(total.change()).isEqualByComparingTo("2400");
        // a1 alone: 2 * 1 (+1 client), a2 alone: 1 * 3 (+2), a3..a9 +1 each; a1 and a2 together: +5, so +2 interaction.
        assertThat(parts.get("kernaanpakken.k.a1")).isEqualByComparingTo("200");
        assertThat(parts.get("kernaanpakken.k.a2")).isEqualByComparingTo("400");
        assertThat(parts.get("kernaanpakken.k.a9")).isEqualByComparingTo("200");
        assertThat(parts.get(Attributor.INTERACTION)).isEqualByComparingTo("400");
        assertThat(total.parts().stream().map(Attribution.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total.change());
    }

    @Test
    void roundedPartsAddUpToTheRoundedChange() {
        // Thirds of a cent: rounding each would lose a cent; the largest remainders get it.
        List<BigDecimal> exact = List.of(new BigDecimal("0.3333333"), new BigDecimal("0.3333333"),
                new BigDecimal("0.3333334"));
        List<Attribution.Part> parts = Attributor.rounded(List.of("a", "b", "c"), exact, new BigDecimal("1.00"));
        assertThat(parts).extracting(Attribution.Part::amount).containsExactly(new BigDecimal("0.33"),
                new BigDecimal("0.33"), new BigDecimal("0.34"));
        List<Attribution.Part> negative = Attributor.rounded(List.of("a", "b"),
                List.of(new BigDecimal("-10.005"), new BigDecimal("-0.004")), new BigDecimal("-10.01"));
        assertThat(negative.stream().map(Attribution.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("-10.01");
    }
}
