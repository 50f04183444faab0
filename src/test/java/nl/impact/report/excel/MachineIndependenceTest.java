package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import nl.impact.scenario.InvalidInputException;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are byte-identical whatever the machine's locale and time zone, and the console prints
 * numbers one way; a bad SOURCE_DATE_EPOCH is invalid input, not a failure.
 */
class MachineIndependenceTest {

    @TempDir
    Path dir;

    @Test
    void outputsAndConsoleAreTheSameUnderATurkishAndArabicLocaleAndAnotherTimeZone() throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        Cli.Result english;
        Cli.Result arabic;
        try {
            Locale.setDefault(Locale.forLanguageTag("en-US"));
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            english = Cli.run("run", Workbooks.PLUSWIJKEN.toString(), "--out", dir.resolve("en").toString());
            // Turkish text rules (the dotless i) and Arabic numbers (Arabic-Indic digits) at once.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-EG-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            arabic = Cli.run("run", Workbooks.PLUSWIJKEN.toString(), "--out", dir.resolve("ar").toString());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(arabic.exitCode()).as(arabic.err()).isZero();
        assertThat(arabic.out()).isEqualTo(english.out()).matches("(?s)[\\x00-\\x7F€ ]*");
        try (Stream<Path> files = Files.list(dir.resolve("en"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                assertThat(Files.readAllBytes(dir.resolve("ar").resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void aBadSourceDateEpochIsInvalidInputSayingWhatIsExpected() throws InvalidInputException {
        for (String bad : new String[] {"gisteren", "-1", "99999999999999999999", "9223372036854775807", "1.5e9"}) {
            assertThatThrownBy(() -> DocumentDate.check(Map.of("SOURCE_DATE_EPOCH", bad)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, from 0 to 4354819198 "
                            + "(2107-12-31), got '" + bad + "'");
        }
        DocumentDate.check(Map.of("SOURCE_DATE_EPOCH", "1735689600"));
        DocumentDate.check(Map.of());
    }
}
