package nl.impact.report.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.impact.report.html.ServePage;
import nl.impact.scenario.InputFolders;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import nl.impact.testing.GeneratedAreaScenario;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact serve}'s server over real HTTP: refused without its token, from another Host or
 * Origin; the figures of a change equal {@code impact run --set} to the cent, and the {@code --set}
 * options it exports give them; values beyond limits refused as {@code --set} refuses them; an
 * invalid edit of the file on disk reported, the last valid state kept.
 */
class LiveServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCENARIO = Path.of("scenarios/pluswijken.yaml");
    private static final Pattern NET = Pattern.compile(
            "data-key=\"business-case-summary\\|financier\\|([^|\"]+)\\|(min|expected|max)\\|net\" data-value=\"([^\"]+)\"");

    private static final Pattern KEYED = Pattern.compile("data-key=\"([^\"]+)\" data-value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void refusesRequestsWithoutTheTokenFromAnotherHostOrFromAnotherPage() throws Exception {
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            int port = server.port();
            String page = server.uri().getRawPath();
            String host = "127.0.0.1:" + port;
            assertThat(status(port, "GET", page, host, null, "")).isEqualTo(200);
            assertThat(status(port, "GET", page, "localhost:" + port, null, "")).isEqualTo(200);
            assertThat(status(port, "GET", "/", host, null, "")).isEqualTo(403);
            assertThat(status(port, "GET", "/x" + page.substring(2), host, null, "")).isEqualTo(403);
            assertThat(status(port, "GET", page.substring(0, page.length() - 1), host, null, "")).isEqualTo(403);
            // A name of an attacker's site rebound to 127.0.0.1 (DNS rebinding) carries that name as Host.
            assertThat(status(port, "GET", page, "attacker.example:" + port, null, "")).isEqualTo(403);
            assertThat(status(port, "GET", page, "127.0.0.1:" + (port + 1), null, "")).isEqualTo(403);
            // Another site's page posting to the server (CSRF) carries its Origin.
            String body = "{\"changes\":[]}";
            assertThat(status(port, "POST", page + "state", host, "http://attacker.example", body)).isEqualTo(403);
            assertThat(status(port, "POST", page + "state", host, "null", body)).isEqualTo(403);
            assertThat(status(port, "POST", page + "state", host, "http://" + host, body)).isEqualTo(200);
        }
    }

    @Test
    void endsWhenTheOpenedPageStopsAsking() throws Exception {
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0, Duration.ofSeconds(2))) {
            get(server, "");
            long start = System.nanoTime();
            server.awaitEnd();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(1));
            assertThat(status(server.port(), "GET", server.uri().getRawPath(), "127.0.0.1:" + server.port(), null, ""))
                    .as("no longer served").isEqualTo(-1);
        }
    }

    @Test
    void aChangeGivesTheFiguresOfRunWithSetToTheCentAndExportsThatSet() throws Exception {
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            JsonNode state = state(server, "kernaanpakken.welzijn-op-recept.clientenPerFte", "120");
            assertThat(state.path("ok").asBoolean()).as(state.toString()).isTrue();
            JsonNode change = state.path("changes").get(0);
            assertThat(change.path("provenance").asText()).startsWith("override");
            assertThat(change.path("set").asText()).isEqualTo("kernaanpakken.welzijn-op-recept.clientenPerFte.value=120");
            assertThat(state.path("sets").asText())
                    .isEqualTo("--set 'kernaanpakken.welzijn-op-recept.clientenPerFte.value=120'");

            Map<String, String> page = nets(state.path("figures").asText());
            Map<String, String> cli = nets(run(List.of("kernaanpakken.welzijn-op-recept.clientenPerFte.value=120")));
            assertThat(page).hasSize(9).isEqualTo(cli);
            // The change moves the figures: a test of the same figures twice would pass without it.
            assertThat(page).isNotEqualTo(nets(run(List.of())));
        }
    }

    @Test
    void aPageShowingFiguresOfTheSameShapeGetsTheirCellsAndOnlyTheChartsThatChanged() throws Exception {
        String path = "kernaanpakken.welzijn-op-recept.clientenPerFte";
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            JsonNode first = state(server, path, "120");
            assertThat(first.has("figures")).as("a page that shows nothing yet gets the HTML").isTrue();

            JsonNode next = stateShowing(server, first, path, "125");
            assertThat(next.has("figures")).as(next.toString()).isFalse();
            assertThat(next.path("shape").asText()).isEqualTo(first.path("shape").asText());
            Map<String, String> cells = new HashMap<>();
            next.path("cells").forEach(c -> {
                if (c.size() == 3) {
                    cells.put(c.get(0).asText(), c.get(1).asText());
                }
            });
            Map<String, String> cli = nets(run(List.of(path + ".value=125")));
            assertThat(cli).hasSize(9).isNotEqualTo(nets(first.path("figures").asText()));
            cli.forEach((key, net) -> assertThat(cells)
                    .containsEntry("business-case-summary|financier|" + key + "|net", net));
            // The charts the change reaches are sent again; the tornado, the file's, is not.
            assertThat(next.path("charts").has("cumulatief-netto")).isTrue();
            assertThat(next.path("charts").has("tornado")).isFalse();
            assertThat(next.path("charts").path("cumulatief-netto").asText()).startsWith("<svg");

            JsonNode same = stateShowing(server, next, path, "125");
            assertThat(same.path("charts").size()).as("nothing changed, no chart sent").isZero();
            assertThat(same.path("cells")).isEqualTo(next.path("cells"));
        }
    }

    @Test
    void aChangeGivesThePerKernaanpakFiguresOfRunWithSetToTheCentAlsoWhenOnlyTheCellsAreSent() throws Exception {
        String path = "kernaanpakken.welzijn-op-recept.clientenPerFte";
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            JsonNode first = state(server, path, "120");
            assertThat(first.path("ok").asBoolean()).as(first.toString()).isTrue();
            Map<String, String> page = keyed(first.path("figures").asText(), "business-case-summary|kernaanpak|");
            Map<String, String> cli = kernaanpakken(runIn(SCENARIO, List.of(path + ".value=120")));
            // Benefits, investments and net (expected), net at minimal and maximal effect, per kernaanpak.
            assertThat(cli).hasSizeGreaterThanOrEqualTo(5 * 4);
            assertThat(page).isEqualTo(cli);
            assertThat(cli).isNotEqualTo(kernaanpakken(runIn(SCENARIO, List.of())));
            assertThat(first.path("figures").asText()).contains("id='per-kernaanpak-svg'");

            JsonNode next = stateShowing(server, first, path, "125");
            assertThat(next.has("figures")).as("same shape: only cells and changed charts").isFalse();
            Map<String, String> cells = cells(next, "business-case-summary|kernaanpak|");
            Map<String, String> cli125 = kernaanpakken(runIn(SCENARIO, List.of(path + ".value=125")));
            assertThat(cells).isEqualTo(cli125).isNotEqualTo(cli);
            assertThat(next.path("charts").path("per-kernaanpak").asText()).startsWith("<svg");
            assertThat(stateShowing(server, next, path, "125").path("charts").has("per-kernaanpak"))
                    .as("unchanged, not sent").isFalse();
        }
    }

    @Test
    void aChangeOfAnAreaCellGivesThePerGemeenteFiguresOfRunWithSetToTheCent() throws Exception {
        Path scenario = Path.of("scenarios/pluswijken-wijken.yaml");
        String path = "areas.PW-PS-1.inwoners";
        try (LiveServer server = LiveServer.start(scenario, InputFolders.of(List.of()), 0)) {
            JsonNode first = state(server, path, "15000");
            assertThat(first.path("ok").asBoolean()).as(first.toString()).isTrue();
            Map<String, String> page = keyed(first.path("figures").asText(), "gemeenten|");
            Map<String, BigDecimal> cli = gemeenten(runIn(scenario, List.of(path + "=15000")));
            assertThat(cli).hasSizeGreaterThanOrEqualTo(5 * 10);
            assertThat(page.keySet()).isEqualTo(cli.keySet());
            long years = years(runIn(scenario, List.of()));
            assertThat(years).isEqualTo(5);
            cli.forEach((key, value) -> assertToTheCent(page.get(key), value, years, key));
            assertThat(cli).isNotEqualTo(gemeenten(runIn(scenario, List.of())));
            // The areas are counted in the table: a recomputed run keeps only the gemeenten's business case.
            assertThat(first.path("figures").asText()).contains("uit de berekening per gebied (22 gebieden)")
                    .contains("<tr><th scope=\"row\">Heerlen</th><td>2</td>");

            JsonNode next = stateShowing(server, first, path, "20000");
            assertThat(next.has("figures")).as("same shape: only cells").isFalse();
            Map<String, String> cells = cells(next, "gemeenten|");
            Map<String, BigDecimal> cli20000 = gemeenten(runIn(scenario, List.of(path + "=20000")));
            assertThat(cells.keySet()).isEqualTo(cli20000.keySet());
            cli20000.forEach((key, value) -> assertToTheCent(cells.get(key), value, years, key));
            assertThat(cli20000.get("gemeenten|Heerlen|total|net_expected"))
                    .isNotEqualByComparingTo(cli.get("gemeenten|Heerlen|total|net_expected"));
        }
    }

    @Test
    void aSearchOfATableTooLargeToShowGivesTheMatchingAreasCellsBoundedAndOnlyWithTheToken() throws Exception {
        // 300 buurten of two columns: 600 cells, more than the page shows whole.
        Path scenario = GeneratedAreaScenario.write(dir.resolve("buurten"), 300);
        try (LiveServer server = LiveServer.start(scenario, InputFolders.of(List.of()), 0)) {
            String page = get(server, "");
            assertThat(page).contains("id=\"cell-search\"").doesNotContain("data-path=\"areas.");

            JsonNode one = JSON.readTree(get(server, "cells?text=bu00000042"));
            assertThat(one.path("ok").asBoolean()).as(one.toString()).isTrue();
            assertThat(one.path("matched").asInt()).isEqualTo(1);
            assertThat(texts(one.path("paths"))).containsExactly("areas.BU00000042.ouderen", "areas.BU00000042.start");
            // The table's values (ouderen 100 + 42 * 37 % 900, start 2025 + 42 % 3) and the area's gemeente.
            assertThat(one.path("html").asText())
                    .contains("data-path=\"areas.BU00000042.ouderen\" data-original=\"754\"")
                    .contains("data-path=\"areas.BU00000042.start\" data-original=\"2025\"")
                    .contains("Buurt 42 (BU00000042), Gemeente 1");

            // "Buurt 1" is in the names of buurt 1, 10-19 and 100-199: 111 areas, the first 20 shown.
            JsonNode many = JSON.readTree(get(server, "cells?text=Buurt%201"));
            assertThat(many.path("matched").asInt()).isEqualTo(111);
            assertThat(many.path("shown").asInt()).isEqualTo(ServePage.MAX_AREAS_FOUND);
            assertThat(texts(many.path("paths"))).hasSize(2 * ServePage.MAX_AREAS_FOUND)
                    .startsWith("areas.BU00000001.ouderen", "areas.BU00000001.start", "areas.BU00000010.ouderen");
            JsonNode gemeente = JSON.readTree(get(server, "cells?text=GEMEENTE%209"));
            assertThat(gemeente.path("matched").asInt()).isEqualTo(30);
            assertThat(texts(gemeente.path("paths")).get(0)).isEqualTo("areas.BU00000271.ouderen");

            // The text is only compared: markup finds nothing and comes back nowhere; a long text is refused.
            JsonNode markup = JSON.readTree(get(server, "cells?text=%3Cb%3EBU%3C%2Fb%3E"));
            assertThat(markup.path("matched").asInt()).isZero();
            assertThat(markup.toString()).doesNotContain("<b>");
            JsonNode tooLong = JSON.readTree(get(server, "cells?text=" + "a".repeat(ServePage.MAX_SEARCH_LENGTH + 1)));
            assertThat(tooLong.path("ok").asBoolean()).isFalse();
            assertThat(tooLong.path("problems").get(0).asText()).isEqualTo("the search is longer than 100 characters");

            int port = server.port();
            String host = "127.0.0.1:" + port;
            String search = server.uri().getRawPath() + "cells?text=bu00000042";
            assertThat(status(port, "GET", search, host, null, "")).isEqualTo(200);
            assertThat(status(port, "GET", "/cells?text=bu00000042", host, null, "")).isEqualTo(403);
            assertThat(status(port, "GET", "/x" + search.substring(2), host, null, "")).isEqualTo(403);
            assertThat(status(port, "GET", search, "attacker.example:" + port, null, "")).isEqualTo(403);
            assertThat(status(port, "GET", search, host, "http://attacker.example", "")).isEqualTo(403);

            // A found cell changes as every input does: the figures of impact run --set.
            JsonNode state = state(server, "areas.BU00000042.start", "2026");
            assertThat(state.path("ok").asBoolean()).as(state.toString()).isTrue();
            assertThat(state.path("changes").get(0).path("provenance").asText()).startsWith("override");
            Map<String, String> cli = nets(csv(runIn(scenario, List.of("areas.BU00000042.start=2026"))));
            assertThat(cli).hasSize(6).isNotEqualTo(nets(csv(runIn(scenario, List.of()))));
            assertThat(nets(state.path("figures").asText())).isEqualTo(cli);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }

    @Test
    void severalChangesAndABandExportSetOptionsThatGiveTheSameFigures() throws Exception {
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            JsonNode state = state(server, "kernaanpakken.kernteam-ouderen.effects[0].amounts.Zvw", "400",
                    "begroting.lines.programmateam.tariff", "95000");
            assertThat(state.path("ok").asBoolean()).as(state.toString()).isTrue();
            List<String> sets = new ArrayList<>();
            state.path("changes").forEach(c -> sets.add(c.path("set").asText()));
            assertThat(sets.get(0)).endsWith(".expected=400");
            assertThat(nets(state.path("figures").asText())).isEqualTo(nets(run(sets)));
        }
    }

    @Test
    void aBandsMaxSetAsThePageSetsItGivesTheMaxFiguresOfRunWithSetAndAMaxBelowTheExpectedIsRefused()
            throws Exception {
        // The file: {min: 300, expected: 600, max: 900}; the room argues the maximum of 900 euro.
        String path = "kernaanpakken.kernteam-ouderen.effects[1].amounts.Zvw";
        String band = "{min: 300, expected: 600, max: 1200}";
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            JsonNode state = state(server, path, band);
            assertThat(state.path("ok").asBoolean()).as(state.toString()).isTrue();
            JsonNode change = state.path("changes").get(0);
            assertThat(change.path("provenance").asText()).startsWith("override");
            assertThat(change.path("set").asText()).isEqualTo(path + "=" + band);
            assertThat(state.path("sets").asText()).isEqualTo("--set '" + path + "=" + band + "'");

            Map<String, String> page = nets(state.path("figures").asText());
            Map<String, String> file = nets(run(List.of()));
            assertThat(page).hasSize(9).isEqualTo(nets(run(List.of(path + "=" + band))));
            // The max variant moves; the expected value stays, and so does the minimal effect.
            assertThat(page.get("zorgverzekeraar|max")).isNotEqualTo(file.get("zorgverzekeraar|max"));
            page.forEach((key, net) -> {
                if (!key.endsWith("|max")) {
                    assertThat(net).as(key).isEqualTo(file.get(key));
                }
            });

            // The patched file: the one number changed where the file writes it, and the page's figures.
            JsonNode patched = export(server, "scenario", path, band);
            assertThat(patched.path("ok").asBoolean()).as(patched.toString()).isTrue();
            List<String> before = Files.readAllLines(SCENARIO);
            List<String> after = patched.path("text").asText().lines().toList();
            assertThat(after).hasSameSizeAs(before);
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    changed.add(after.get(i));
                }
            }
            assertThat(changed).hasSize(1);
            assertThat(changed.get(0)).startsWith("          Zvw: {min: 300, expected: 600, max: 1200, assumption:");
            Path patchedFile = dir.resolve("band").resolve("pluswijken.yaml");
            Files.createDirectories(patchedFile.getParent());
            Files.writeString(patchedFile, patched.path("text").asText());
            assertThat(nets(csv(runIn(patchedFile, List.of())))).isEqualTo(page);

            String below = "{min: 300, expected: 600, max: 500}";
            JsonNode refused = state(server, path, below);
            assertThat(refused.path("ok").asBoolean()).isFalse();
            Cli.Result validate = Cli.run("validate", SCENARIO.toString(), "--set", path + "=" + below);
            assertThat(validate.exitCode()).isEqualTo(2);
            assertThat(refused.path("problems").get(0).asText()).contains("outside its band");
            assertThat(validate.err()).contains(refused.path("problems").get(0).asText());
        }
    }

    @Test
    void thePatchedScenarioKeepsTheFileButTheNumbersAndGivesThePagesFigures() throws Exception {
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            String[] changes = {"kernaanpakken.welzijn-op-recept.clientenPerFte", "120",
                "kernaanpakken.kernteam-ouderen.effects[0].amounts.Zvw", "400"};
            JsonNode state = state(server, changes);
            JsonNode patched = export(server, "scenario", changes);
            assertThat(patched.path("ok").asBoolean()).as(patched.toString()).isTrue();
            List<String> before = Files.readAllLines(SCENARIO);
            List<String> after = patched.path("text").asText().lines().toList();
            assertThat(after).hasSameSizeAs(before);
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    changed.add(before.get(i) + " -> " + after.get(i));
                }
            }
            // Two numbers changed where they stand; every comment, source and band kept.
            assertThat(changed).containsExactlyInAnyOrder("      value: 135 ->       value: 120",
                    "          Zvw: {min: 150, expected: 300, max: 450, assumption: \"euro per kwetsbare oudere in beeld; "
                            + "niet in de plantekst (§ 4.b Kernteam ouderen noemt het effect, regels 1357-1370)\"} -> "
                            + "          Zvw: {min: 150, expected: 400, max: 450, assumption: \"euro per kwetsbare oudere in "
                            + "beeld; niet in de plantekst (§ 4.b Kernteam ouderen noemt het effect, regels 1357-1370)\"}");
            Path file = dir.resolve("patched").resolve("pluswijken.yaml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, patched.path("text").asText());
            // The patched file computes as the page shows it.
            Path out = dir.resolve("patched-out");
            Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(nets(state.path("figures").asText())).isEqualTo(nets(csv(out)));

            // A per-year value the file does not write as one number is refused, naming the --set option.
            JsonNode perYear = export(server, "scenario", "kernaanpakken.welzijn-op-recept.fte", "12");
            assertThat(perYear.path("ok").asBoolean()).isFalse();
            assertThat(perYear.path("problems").get(0).asText()).contains("use --set kernaanpakken.welzijn-op-recept.fte=12");
        }
    }

    @Test
    void theDiffExportIsTheMarkdownOfImpactDiffWithTheSameSetOptions() throws Exception {
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            JsonNode diff = export(server, "diff", "kernaanpakken.welzijn-op-recept.clientenPerFte", "120");
            assertThat(diff.path("ok").asBoolean()).as(diff.toString()).isTrue();
            Cli.Result cli = Cli.run("diff", SCENARIO.toString(), "--set",
                    "kernaanpakken.welzijn-op-recept.clientenPerFte.value=120", "--format", "markdown");
            assertThat(cli.exitCode()).as(cli.err()).isEqualTo(3);
            assertThat(diff.path("text").asText()).isEqualTo(cli.out()).contains("120");
        }
    }

    @Test
    void aValueBeyondItsLimitsIsRefusedAsSetRefusesIt() throws Exception {
        try (LiveServer server = LiveServer.start(SCENARIO, InputFolders.of(List.of()), 0)) {
            JsonNode negative = state(server, "kernaanpakken.welzijn-op-recept.clientenPerFte", "-5");
            assertThat(negative.path("ok").asBoolean()).isFalse();
            Cli.Result cli = Cli.run("validate", SCENARIO.toString(), "--set",
                    "kernaanpakken.welzijn-op-recept.clientenPerFte.value=-5");
            assertThat(cli.exitCode()).isEqualTo(2);
            assertThat(cli.err()).contains(negative.path("problems").get(0).asText());

            JsonNode outside = state(server, "kernaanpakken.kernteam-ouderen.effects[0].amounts.Zvw", "99999");
            assertThat(outside.path("problems").toString()).contains("band");
            JsonNode unknown = state(server, "kernaanpakken.welzijn-op-recept.name", "x");
            assertThat(unknown.path("problems").get(0).asText()).contains("not an input of the register");
            JsonNode control = state(server, "kernaanpakken.welzijn-op-recept.clientenPerFte", "120\u001b[31m");
            assertThat(control.path("ok").asBoolean()).isFalse();
        }
    }

    @Test
    void anInvalidEditOnDiskIsReportedAndTheLastValidStateStays() throws Exception {
        Path file = dir.resolve("pluswijken.yaml");
        String text = Files.readString(SCENARIO);
        Files.writeString(file, text);
        try (LiveServer server = LiveServer.start(file, InputFolders.of(List.of()), 0, Duration.ofMinutes(5))) {
            JsonNode before = JSON.readTree(get(server, "poll"));
            assertThat(before.path("version").asInt()).isZero();
            Map<String, String> base = nets(state(server).path("figures").asText());

            Files.writeString(file, text.replace("value: 135", "value: -135"));
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 2000));
            JsonNode invalid = JSON.readTree(get(server, "poll"));
            assertThat(invalid.path("version").asInt()).isZero();
            String problem = invalid.path("problems").get(0).asText();
            Cli.Result validate = Cli.run("validate", file.toString());
            assertThat(validate.exitCode()).isEqualTo(2);
            assertThat(validate.err()).contains(problem);
            assertThat(nets(state(server).path("figures").asText())).isEqualTo(base);

            Files.writeString(file, text.replace("value: 135", "value: 120"));
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 4000));
            JsonNode valid = JSON.readTree(get(server, "poll"));
            assertThat(valid.path("version").asInt()).isEqualTo(1);
            assertThat(valid.path("problems")).isEmpty();
            assertThat(nets(state(server).path("figures").asText()))
                    .isEqualTo(nets(run(List.of("kernaanpakken.welzijn-op-recept.clientenPerFte.value=120"))));
        }
    }

    /** The output directory of {@code impact run SCENARIO --set ...}. */
    private Path runIn(Path scenario, List<String> sets) {
        Path out = dir.resolve("run-" + scenario.getFileName() + "-" + sets.hashCode());
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString()));
        sets.forEach(s -> args.addAll(List.of("--set", s)));
        Cli.Result run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    /**
     * business-case-summary.csv's kernaanpak rows as the page keys them: benefits, investments and
     * net of the expected variant, the net of the minimal and maximal.
     */
    private static Map<String, String> kernaanpakken(Path out) throws IOException {
        Map<String, String> figures = new HashMap<>();
        for (CSVRecord row : Csv.read(out.resolve("business-case-summary.csv")).where(Map.of("dimension", "kernaanpak"))) {
            String prefix = "business-case-summary|kernaanpak|" + row.get("key") + "|" + row.get("variant") + "|";
            List<String> columns = row.get("variant").equals("expected") ? List.of("benefits", "investments", "net")
                    : List.of("net");
            columns.forEach(c -> figures.put(prefix + c, row.get(c)));
        }
        return figures;
    }

    /** gemeenten.csv's rows of financier total summed over the years, as the page keys them. */
    private static Map<String, BigDecimal> gemeenten(Path out) throws IOException {
        Map<String, BigDecimal> figures = new HashMap<>();
        for (CSVRecord row : Csv.read(out.resolve("gemeenten.csv")).where(Map.of("financier", "total"))) {
            for (String column : List.of("benefits_expected", "investments_expected", "net_expected", "net_min",
                    "net_max")) {
                figures.merge("gemeenten|" + row.get("gemeente") + "|total|" + column, new BigDecimal(row.get(column)),
                        BigDecimal::add);
            }
        }
        return figures;
    }

    /**
     * The page's figure, the exact sum over the years rounded once to the cent, against the sum of
     * gemeenten.csv's rows, each year rounded to the cent: they differ by at most half a cent a year.
     */
    private static void assertToTheCent(String page, BigDecimal csvSum, long years, String key) {
        assertThat(page).as(key).isNotNull();
        assertThat(new BigDecimal(page)).as(key).isCloseTo(csvSum,
                org.assertj.core.data.Offset.offset(new BigDecimal("0.005").multiply(BigDecimal.valueOf(years))));
    }

    /** The number of effect years gemeenten.csv has rows of. */
    private static long years(Path out) throws IOException {
        return Csv.read(out.resolve("gemeenten.csv")).rows().stream().map(r -> r.get("year")).distinct().count();
    }

    /** Every cell's exact value in {@code html} by its key, for the keys that start with {@code prefix}. */
    private static Map<String, String> keyed(String html, String prefix) {
        Map<String, String> out = new HashMap<>();
        Matcher m = KEYED.matcher(html);
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) {
                assertThat(out.put(m.group(1), m.group(2))).as("one cell per key: " + m.group(1)).isNull();
            }
        }
        return out;
    }

    /** The cells of a cells-only answer by their key, for the keys that start with {@code prefix}. */
    private static Map<String, String> cells(JsonNode state, String prefix) {
        Map<String, String> out = new HashMap<>();
        state.path("cells").forEach(c -> {
            if (c.size() == 3 && c.get(0).asText().startsWith(prefix)) {
                out.put(c.get(0).asText(), c.get(1).asText());
            }
        });
        return out;
    }

    /** The net per financier and variant of business-case-summary.csv of {@code impact run --set ...}. */
    private String run(List<String> sets) throws IOException {
        Path out = dir.resolve("run-" + sets.hashCode());
        List<String> args = new ArrayList<>(List.of("run", SCENARIO.toString(), "--out", out.toString()));
        sets.forEach(s -> args.addAll(List.of("--set", s)));
        Cli.Result run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return csv(out);
    }

    /** The nets of business-case-summary.csv in {@code out}, written as the page writes them. */
    private static String csv(Path out) throws IOException {
        StringBuilder html = new StringBuilder();
        for (CSVRecord row : Csv.read(out.resolve("business-case-summary.csv")).where(Map.of("dimension", "financier"))) {
            html.append("data-key=\"business-case-summary|financier|").append(row.get("key")).append('|')
                    .append(row.get("variant")).append("|net\" data-value=\"").append(row.get("net")).append("\"\n");
        }
        return html.toString();
    }

    /** Per financier and variant, the net as the page's (or the CSV's) exact value. */
    private static Map<String, String> nets(String html) {
        Map<String, String> out = new HashMap<>();
        Matcher m = NET.matcher(html);
        while (m.find()) {
            out.put(m.group(1) + "|" + m.group(2), m.group(3));
        }
        return out;
    }

    /** The state for a page that shows {@code shown}'s figures: its shape and its charts' digests sent along. */
    private static JsonNode stateShowing(LiveServer server, JsonNode shown, String path, String value) throws IOException {
        String body = "{\"changes\":[" + JSON.writeValueAsString(List.of(path, value)) + "],\"shape\":"
                + JSON.writeValueAsString(shown.path("shape").asText()) + ",\"charts\":"
                + JSON.writeValueAsString(shown.path("chartDigests")) + "}";
        return JSON.readTree(exchange(server.port(), "POST", server.uri().getRawPath() + "state",
                "127.0.0.1:" + server.port(), null, body));
    }

    private static JsonNode state(LiveServer server, String... pathsAndValues) throws IOException {
        StringBuilder body = new StringBuilder("{\"changes\":[");
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            body.append(i > 0 ? "," : "").append(JSON.writeValueAsString(List.of(pathsAndValues[i], pathsAndValues[i + 1])));
        }
        body.append("]}");
        return JSON.readTree(exchange(server.port(), "POST", server.uri().getRawPath() + "state",
                "127.0.0.1:" + server.port(), null, body.toString()));
    }

    private static JsonNode export(LiveServer server, String what, String... pathsAndValues) throws IOException {
        StringBuilder body = new StringBuilder("{\"changes\":[");
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            body.append(i > 0 ? "," : "").append(JSON.writeValueAsString(List.of(pathsAndValues[i], pathsAndValues[i + 1])));
        }
        body.append("]}");
        return JSON.readTree(exchange(server.port(), "POST", server.uri().getRawPath() + "export/" + what,
                "127.0.0.1:" + server.port(), null, body.toString()));
    }

    private static String get(LiveServer server, String what) throws IOException {
        return exchange(server.port(), "GET", server.uri().getRawPath() + what, "127.0.0.1:" + server.port(), null, "");
    }

    private static int status(int port, String method, String path, String host, String origin, String body)
            throws IOException {
        String response;
        try {
            response = raw(port, method, path, host, origin, body);
        } catch (java.net.ConnectException refused) {
            return -1;
        }
        return Integer.parseInt(response.split(" ", 3)[1]);
    }

    private static String exchange(int port, String method, String path, String host, String origin, String body)
            throws IOException {
        String response = raw(port, method, path, host, origin, body);
        assertThat(response).startsWith("HTTP/1.1 200");
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    /** One request as written on the wire: a client library would not let a test set Host. */
    static String raw(int port, String method, String path, String host, String origin, String body)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n");
            if (origin != null) {
                request.append("Origin: ").append(origin).append("\r\n");
            }
            if (method.equals("POST")) {
                request.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
