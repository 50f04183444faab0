package nl.impact.report.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.scenario.InputFolders;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tornado {@code impact serve} sends after a change: that of {@code impact run --set} with the
 * change (sensitivity.csv's largest swings of the whole plan's net, to the cent), not the file's;
 * asked apart from the figures, through the same token and Origin checks.
 */
class LiveTornadoTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCENARIO = Path.of("scenarios/pluswijken.yaml");
    private static final String PATH = "kernaanpakken.welzijn-op-recept.clientenPerFte";
    /** report.html's tornado shows the largest swings, this many at most. */
    private static final int BARS = 10;
    /** A row of the tornado's table: the label, and the net with the input at its low and at its high value. */
    private static final Pattern BAR = Pattern.compile("<tr><th scope=\"row\">([^<]*)</th>"
            + "<td class=\"num\" data-key=\"sensitivity\\|total\\|net\\|([^\"]+)\\|low\" data-value=\"([^\"]+)\">[^<]*</td>"
            + "<td class=\"num\" data-key=\"sensitivity\\|total\\|net\\|[^\"]+\\|high\" data-value=\"([^\"]+)\">");

    @TempDir
    Path dir;

    /** One bar: the input's path and label, the net at its low and at its high value. */
    private record Bar(String path, String label, BigDecimal low, BigDecimal high) {

        /** Equal to the cent, whatever the scale each side writes. */
        boolean sameAs(Bar other) {
            return path.equals(other.path) && label.equals(other.label) && low.compareTo(other.low) == 0
                    && high.compareTo(other.high) == 0;
        }
    }

    @Test
    void afterAChangeTheTornadoIsThatOfRunWithSetNotTheFiles() throws Exception {
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            String change = "{\"changes\":[[\"" + PATH + "\",\"120\"]]}";
            // As the page does: the figures first, then the tornado of the same state.
            assertThat(JSON.readTree(post(server, "state", change)).path("ok").asBoolean()).isTrue();
            JsonNode changed = JSON.readTree(post(server, "tornado", change));
            assertThat(changed.path("ok").asBoolean()).as(changed.toString()).isTrue();
            List<Bar> page = bars(changed.path("html").asText());
            assertThat(changed.path("html").asText()).contains("Deze gevoeligheid hoort bij het scenario met de wijzigingen");

            List<Bar> cli = csvBars(List.of(PATH + ".value=120"));
            assertThat(page).hasSize(Math.min(BARS, cli.size())).hasSizeGreaterThanOrEqualTo(5);
            for (int i = 0; i < page.size(); i++) {
                assertThat(page.get(i).sameAs(cli.get(i))).as(page.get(i) + " against " + cli.get(i)).isTrue();
            }

            // The file's tornado (no changes) is sensitivity.csv of the file, and another one.
            List<Bar> file = bars(JSON.readTree(post(server, "tornado", "{\"changes\":[]}")).path("html").asText());
            List<Bar> fileCli = csvBars(List.of());
            assertThat(file).hasSameSizeAs(page);
            for (int i = 0; i < file.size(); i++) {
                assertThat(file.get(i).sameAs(fileCli.get(i))).as(file.get(i) + " against " + fileCli.get(i)).isTrue();
            }
            assertThat(java.util.stream.IntStream.range(0, page.size()).allMatch(i -> page.get(i).sameAs(file.get(i))))
                    .as("the change moves the tornado").isFalse();

            // A tornado asked without having asked the state first is the same (computed anew).
            try (LiveServer fresh = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
                assertThat(JSON.readTree(post(fresh, "tornado", change)).path("html").asText())
                        .isEqualTo(changed.path("html").asText());
            }

            // A change beyond its limits is refused as --set refuses it.
            JsonNode refused = JSON.readTree(post(server, "tornado", "{\"changes\":[[\"" + PATH + "\",\"-5\"]]}"));
            assertThat(refused.path("ok").asBoolean()).isFalse();

            int port = server.port();
            String host = "127.0.0.1:" + port;
            String tornado = server.uri().getRawPath() + "tornado";
            assertThat(status(port, tornado, host, null, change)).isEqualTo(200);
            assertThat(status(port, "/tornado", host, null, change)).isEqualTo(403);
            assertThat(status(port, "/x" + tornado.substring(2), host, null, change)).isEqualTo(403);
            assertThat(status(port, tornado, "attacker.example:" + port, null, change)).isEqualTo(403);
            assertThat(status(port, tornado, host, "http://attacker.example", change)).isEqualTo(403);
        }
    }

    /** The tornado's bars in the page's HTML, in its order. */
    private static List<Bar> bars(String html) {
        List<Bar> out = new ArrayList<>();
        Matcher m = BAR.matcher(html);
        while (m.find()) {
            out.add(new Bar(m.group(2), unescape(m.group(1)), new BigDecimal(m.group(3)), new BigDecimal(m.group(4))));
        }
        return out;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** sensitivity.csv's rows of the whole plan's net, largest swing first, of {@code impact run --set ...}. */
    private List<Bar> csvBars(List<String> sets) throws IOException {
        Path out = dir.resolve("run-" + sets.hashCode());
        List<String> args = new ArrayList<>(List.of("run", SCENARIO.toString(), "--out", out.toString()));
        sets.forEach(s -> args.addAll(List.of("--set", s)));
        Cli.Result run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Bar> bars = new ArrayList<>();
        for (CSVRecord row : Csv.read(out.resolve("sensitivity.csv")).where(Map.of("financier", "total", "measure", "net"))) {
            bars.add(new Bar(row.get("parameter"), row.get("label"), new BigDecimal(row.get("result_at_min")),
                    new BigDecimal(row.get("result_at_max"))));
        }
        return bars;
    }

    private static String post(LiveServer server, String what, String body) throws IOException {
        String response = LiveServerTest.raw(server.port(), "POST", server.uri().getRawPath() + what,
                "127.0.0.1:" + server.port(), null, body);
        assertThat(response).startsWith("HTTP/1.1 200");
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private static int status(int port, String path, String host, String origin, String body) throws IOException {
        return Integer.parseInt(LiveServerTest.raw(port, "POST", path, host, origin, body).split(" ", 3)[1]);
    }

}
