package nl.impact.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.impact.cli.ExitCodes;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a begroting can be wrong gives exit code 2 and a message with file, line, column, path
 * and what was expected; nothing is written. A message about a value points at the value, one about
 * a map at its key.
 */
class BegrotingValidationTest {

    @TempDir
    Path dir;

    /** Runs the scenario and returns stderr, after checking it failed as invalid input and wrote nothing. */
    private String invalid(String scenario) throws IOException {
        Path file = Fixtures.write(dir, scenario);
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("run", file.toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(Files.exists(out)).isFalse();
        return result.err();
    }

    private String error(String text, String lineText, String token, String path, String message) {
        return "error: " + dir.resolve("scenario.yaml") + ":" + Fixtures.at(text, lineText, token) + ": " + path
                + ": " + message;
    }

    @Test
    void theSmallScenarioIsValid() throws IOException {
        Cli.Result result = Cli.run("validate", Fixtures.write(dir, Fixtures.small()).toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void sharesMustAddUpToOne() throws IOException {
        String text = Fixtures.smallWith("zorgverzekeraar: {value: 0.6", "zorgverzekeraar: {value: 0.5");
        assertThat(invalid(text)).contains(error(text, "      financiers:", "financiers",
                "begroting.lines.coaches.financiers", "the shares add up to 0.9; expected 1"));
    }

    @Test
    void sharesThatVaryNameTheYearAndVariantWhereTheyFail() throws IOException {
        String text = Fixtures.smallWith("zorgverzekeraar: {value: 0.6, assumption: test}",
                "zorgverzekeraar: {perYear: {2025: 0.6, 2026: 0.6, 2027: 0.7}, assumption: test}");
        assertThat(invalid(text)).contains(error(text, "      financiers:", "financiers",
                "begroting.lines.coaches.financiers", "the shares add up to 1.1 in 2027 (min); expected 1"));
    }

    @Test
    void anUnknownKernaanpakIsNamedWithTheKnownOnes() throws IOException {
        String text = Fixtures.smallWith("kernaanpak: wor", "kernaanpak: wr");
        assertThat(invalid(text)).contains(error(text, "kernaanpak: wr", "wr",
                "begroting.lines.coaches.kernaanpak",
                "unknown kernaanpak 'wr'; expected one of wor, or 'programma' for a programme-wide line"));
    }

    @Test
    void anUnknownFinancierIsNamedWithTheKnownOnes() throws IOException {
        String text = Fixtures.smallWith("      financier: gemeente", "      financier: rijk");
        assertThat(invalid(text)).contains(error(text, "financier: rijk", "rijk",
                "begroting.lines.opstart.financier", "unknown financier 'rijk'; expected one of gemeente, "
                        + "zorgverzekeraar, provincie (declare others in begroting.financiers)"));
    }

    @Test
    void anUnknownFinancierInASplitIsLocatedAtItsShare() throws IOException {
        String text = Fixtures.smallWith("gemeente: {value: 0.4", "gemeenten: {value: 0.4");
        assertThat(invalid(text)).contains(error(text, "gemeenten: {value: 0.4", "gemeenten",
                "begroting.lines.coaches.financiers.gemeenten", "unknown financier 'gemeenten'"));
    }

    @Test
    void aNegativeAmountIsRejected() throws IOException {
        String text = Fixtures.smallWith("amount: {value: 100, source: test}", "amount: {value: -100, source: test}");
        assertThat(invalid(text)).contains(error(text, "amount: {value: -100", "-100",
                "begroting.lines.onderzoek.amount.value", "expected a cost in euros (zero or more: a budget figure "
                        + "is an investment, given as a positive cost), got -100"));
    }

    @Test
    void aNegativeAmountInOneYearIsLocatedAtThatYear() throws IOException {
        String text = Fixtures.smallWith("2026: 0, 2027: 0}, source", "2026: -5, 2027: 0}, source");
        assertThat(invalid(text)).contains(error(text, "2026: -5", "-5",
                "begroting.lines.opstart.amount.perYear.2026", "expected a cost in euros"));
    }

    @Test
    void aNegativeTariffIsRejected() throws IOException {
        String text = Fixtures.smallWith("tariff: {min: 800", "tariff: {min: -800");
        assertThat(invalid(text)).contains(error(text, "tariff: {min: -800", "-800",
                "begroting.lines.coaches.tariff.min", "expected a cost in euros"));
    }

    @Test
    void everyFigureNeedsItsProvenance() throws IOException {
        String text = Fixtures.smallWith("max: 1200, assumption: test tariff}", "max: 1200}");
        assertThat(invalid(text)).contains(error(text, "tariff: {min: 800", "tariff",
                "begroting.lines.coaches.tariff", "missing provenance: give 'source'"));
    }

    @Test
    void aNamedQuantityMustBeOneOfItsKernaanpak() throws IOException {
        String text = Fixtures.smallWith("quantity: fte", "quantity: ftes");
        assertThat(invalid(text)).contains(error(text, "quantity: ftes", "ftes",
                "begroting.lines.coaches.quantity",
                "unknown name 'ftes' in kernaanpak 'wor'; expected one of clienten, clientenPerFte, fte"));
    }

    @Test
    void aProgrammeWideLineCannotNameAQuantity() throws IOException {
        String text = Fixtures.smallWith("amount: {value: 100, source: test}",
                "quantity: clienten\n      tariff: {value: 5, source: test}");
        assertThat(invalid(text)).contains(error(text, "quantity: clienten", "clienten",
                "begroting.lines.onderzoek.quantity", "a programme-wide line has no kernaanpak to take 'clienten' "
                        + "from: give the quantity as a parameter"));
    }

    @Test
    void anUnknownCategoryIsNamedWithTheKnownOnes() throws IOException {
        String text = Fixtures.smallWith("category: other", "category: overig");
        assertThat(invalid(text)).contains(error(text, "category: overig", "overig",
                "begroting.lines.opstart.category", "unknown category 'overig'; expected one of personnel, material, "
                        + "ict, research, maatwerkbudget, communication, training, other"));
    }

    @Test
    void anAmountAndAQuantityTogetherAreAmbiguous() throws IOException {
        String text = Fixtures.smallWith("      quantity: fte\n", "      quantity: fte\n      amount: {value: 1, source: x}\n");
        assertThat(invalid(text)).contains(error(text, "    coaches:", "coaches", "begroting.lines.coaches",
                "give either 'amount' or 'quantity' and 'tariff', not both"));
    }

    @Test
    void aQuantityWithoutTariffIsIncomplete() throws IOException {
        String text = Fixtures.smallWith("      tariff: {min: 800, max: 1200, assumption: test tariff}\n", "");
        assertThat(invalid(text)).contains(error(text, "    coaches:", "coaches", "begroting.lines.coaches",
                "missing 'tariff' (euros per unit of the quantity)"));
    }

    @Test
    void aShareIsNotAFormula() throws IOException {
        String text = Fixtures.smallWith("gemeente: {value: 0.4, assumption: test}",
                "gemeente: {formula: \"0.2 * 2\", derived: test}");
        assertThat(invalid(text)).contains(error(text, "gemeente: {formula", "gemeente",
                "begroting.lines.coaches.financiers.gemeente", "a share cannot be a formula"));
    }

    @Test
    void aDeclaredFinancierMustNotBeADomainFinancier() throws IOException {
        String text = Fixtures.smallWith("financiers: [provincie]", "financiers: [provincie, gemeente]");
        assertThat(invalid(text)).contains(error(text, "financiers: [provincie, gemeente]", "gemeente",
                "begroting.financiers[1]", "'gemeente' is already a financier of the domains"));
    }

    @Test
    void programmaIsReservedAsKernaanpakId() throws IOException {
        String text = Fixtures.smallWith("  wor:\n", "  programma:\n").replace("kernaanpak: wor", "kernaanpak: programma");
        assertThat(invalid(text)).contains(error(text, "  programma:", "programma", "kernaanpakken.programma",
                "'programma' is reserved for programme-wide budget lines"));
    }

    @Test
    void aDiscountRateIsAFraction() throws IOException {
        String text = Fixtures.small() + "discountRate: 1.5\n";
        assertThat(invalid(text)).contains(error(text, "discountRate: 1.5", "1.5", "discountRate",
                "expected a fraction from 0 to 1, got 1.5"));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        String text = Fixtures.smallWith("kernaanpak: wor", "kernaanpak: wr").replace("category: other", "category: x");
        String err = invalid(text);
        assertThat(err).contains("begroting.lines.coaches.kernaanpak: unknown kernaanpak 'wr'",
                "begroting.lines.opstart.category: unknown category 'x'", "2 problems found.");
    }
}
