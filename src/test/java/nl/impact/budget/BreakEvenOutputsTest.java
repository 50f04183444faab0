package nl.impact.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The break-even year in business-case-summary.csv and report.html, on a scenario computed by hand
 * in its comments (src/test/resources/workbook-edge-cases/break-even.yaml): the zorgverzekeraar's
 * cumulative net crosses zero twice (-10,000, +5,000, -3,000, +8,000), the gemeente's starts above
 * zero and ends below (+2,000, -1,000, -1,000, -1,000), the provincie has no flows.
 */
class BreakEvenOutputsTest {

    static final Path SCENARIO = Path.of("src/test/resources/workbook-edge-cases/break-even.yaml");

    @TempDir
    Path dir;

    @Test
    void summaryCsvHasTheYearFromWhichTheCumulativeNetStaysAtZeroOrMoreAndWhyThereIsNone() throws IOException {
        Csv summary = Csv.read(Cli.runInto(SCENARIO, dir.resolve("out")).resolve("business-case-summary.csv"));
        assertThat(summary.header()).endsWith("break_even_year", "discount_rate", "base_year", "no_break_even", "settlements");
        for (String variant : new String[] {"min", "expected", "max"}) {
            // The last crossing, 2028, not the first touch of zero in 2026; in every variant.
            assertBreakEven(summary, "zorgverzekeraar", variant, "2028", "");
            assertBreakEven(summary, "gemeente", variant, "", "ends_negative");
            assertBreakEven(summary, "provincie", variant, "", "no_flows");
            // Cumulative -8,000, +4,000, -4,000, +7,000 for kernaanpak k, which holds everything, and in all.
            assertBreakEven(summary, "k", variant, "2028", "");
            assertBreakEven(summary, "total", variant, "2028", "");
        }
    }

    @Test
    void reportShowsTheYearOrWhyThereIsNoneInDutch() throws IOException {
        String html = Files.readString(Cli.runInto(SCENARIO, dir.resolve("out")).resolve("report.html"));
        assertThat(breakEvenCell(html, "zorgverzekeraar")).isEqualTo("2028");
        assertThat(breakEvenCell(html, "gemeente")).isEqualTo("geen: cumulatief netto eindigt negatief");
        assertThat(breakEvenCell(html, "provincie")).isEqualTo("geen: geen geldstromen");
        assertThat(breakEvenCell(html, "Totaal")).isEqualTo("2028");
    }

    private static void assertBreakEven(Csv summary, String key, String variant, String year, String none) {
        var rows = summary.where(Map.of("key", key, "variant", variant));
        assertThat(rows).as(key + " " + variant).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("break_even_year")).as(key + " " + variant).isEqualTo(year);
        assertThat(row.get("no_break_even")).as(key + " " + variant).isEqualTo(none);
    }

    /** The last cell of a financier's row in the key figures table: the break-even year (expected). */
    private static String breakEvenCell(String html, String financier) {
        Matcher m = Pattern.compile("<table id=\"kerncijfers-tabel-1\".*?<th scope=\"row\">" + Pattern.quote(financier)
                + "</th>.*?<td>([^<]*)</td></tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("key figures row of " + financier).isTrue();
        return m.group(1);
    }
}
