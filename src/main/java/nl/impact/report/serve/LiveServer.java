package nl.impact.report.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.impact.engine.LiveScenario;
import nl.impact.engine.RunResult;
import nl.impact.engine.diff.ScenarioDiff;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.model.Limits;
import nl.impact.report.diff.DiffFormat;
import nl.impact.report.diff.DiffTitle;
import nl.impact.report.html.ServePage;
import nl.impact.scenario.InputFolders;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.ScenarioOverride;

/**
 * {@code impact serve}: the business case of one scenario file as a page on this machine only
 * (127.0.0.1), where each input of the register can be set and the figures follow exactly. Every
 * request carries a random token in its path (the printed address holds it) and names this server
 * as its Host, and a request from another page (its Origin) is refused: another site or a page
 * rebinding a name to 127.0.0.1 gets nothing. Nothing is written and nothing fetched. The file is
 * read again when it changes; an invalid version is reported and the last valid one stays.
 * The server stops when the page has been closed (no poll for {@link #IDLE}) or on {@link #close}.
 */
public final class LiveServer implements AutoCloseable {

    /** How long without a request from an opened page before the server takes the page for closed. */
    public static final Duration IDLE = Duration.ofSeconds(20);
    /** After the page says it is going (a reload says so too): this long for it to come back. */
    static final Duration GONE = Duration.ofSeconds(5);
    /** The largest request body read: the changes of a page, never a file. */
    static final int MAX_BODY = 1 << 20;
    static final int MAX_CHANGES = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECURITY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Path file;
    private final InputFolders folders;
    private final HttpServer server;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "impact-serve"));
    /**
     * The tornado of a changed state, on a thread of its own: its sensitivity takes longer than a
     * change's figures and must not hold up the next change (the worker answers those meanwhile).
     */
    private final ExecutorService analyses = Executors.newSingleThreadExecutor(r -> daemon(r, "impact-serve-tornado"));
    /** The number of tornadoes asked for: one asked before the last is not computed (the page drops it). */
    private final AtomicLong tornadoesAsked = new AtomicLong();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "impact-serve-watch"));
    private final String token;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Duration idle;

    // Touched by the one worker thread only (the watchdog reads the times).
    private LiveScenario live;
    private ServePage page;
    private FileTime modified;
    private int version;
    private List<String> reloadProblems = List.of();
    /** The last state the page was sent, kept for its tornado, asked for next. */
    private Map<String, String> lastChanges = Map.of();
    private LiveScenario.State lastState;
    private volatile long lastSeen;
    private volatile boolean opened;

    private LiveServer(Path file, InputFolders folders, LiveScenario live, int port, Duration idle)
            throws IOException, InvalidInputException {
        this.file = file;
        this.folders = folders;
        this.idle = idle;
        load(live);
        this.modified = Files.getLastModifiedTime(file);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/", this::handle);
        server.setExecutor(worker);
    }

    /**
     * Reads and computes {@code file}, then serves it on {@code port} of 127.0.0.1 (0: a free one).
     * Invalid input when the file is invalid; an I/O failure when the port is taken.
     */
    public static LiveServer start(Path file, InputFolders folders, int port) throws InvalidInputException, IOException {
        return start(file, folders, port, IDLE);
    }

    static LiveServer start(Path file, InputFolders folders, int port, Duration idle)
            throws InvalidInputException, IOException {
        LiveServer server = new LiveServer(file, folders, LiveScenario.open(file, folders), port, idle);
        server.server.start();
        server.lastSeen = System.nanoTime();
        server.watch.scheduleWithFixedDelay(server::checkIdle, 1, 1, TimeUnit.SECONDS);
        return server;
    }

    /** The page's address, with its token. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + base());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Waits until the page is closed or the server is closed. */
    public void awaitEnd() throws InterruptedException {
        ended.await();
    }

    @Override
    public void close() {
        server.stop(0);
        watch.shutdownNow();
        analyses.shutdownNow();
        worker.shutdownNow();
        ended.countDown();
    }

    private String base() {
        return "/" + token + "/";
    }

    private void load(LiveScenario scenario) throws InvalidInputException {
        this.live = scenario;
        this.page = new ServePage(scenario.base(), Sensitivity.of(scenario.base(), Sensitivity.Range.NONE));
        this.lastChanges = Map.of();
        this.lastState = null;
    }

    private void checkIdle() {
        if (opened && System.nanoTime() - lastSeen > idle.toNanos()) {
            close();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean later = false;
        try {
            later = respond(exchange);
        } finally {
            if (!later) {
                exchange.close();
            }
        }
    }

    /** Answers {@code exchange}; true when another thread answers it later (and closes it). */
    private boolean respond(HttpExchange exchange) throws IOException {
        try {
            String refused = refusal(exchange);
            if (refused != null) {
                send(exchange, 403, "text/plain", refused);
                return false;
            }
            lastSeen = System.nanoTime();
            String rest = exchange.getRequestURI().getRawPath().substring(base().length());
            String method = exchange.getRequestMethod();
            switch (rest) {
                case "" -> {
                    if (!method.equals("GET")) {
                        send(exchange, 405, "text/plain", "GET only");
                        return false;
                    }
                    opened = true;
                    send(exchange, 200, "text/html", page.page(base()));
                }
                case "state" -> {
                    if (!method.equals("POST")) {
                        send(exchange, 405, "text/plain", "POST only");
                        return false;
                    }
                    send(exchange, 200, "application/json", state(exchange.getRequestBody()));
                }
                case "tornado" -> {
                    if (!method.equals("POST")) {
                        send(exchange, 405, "text/plain", "POST only");
                        return false;
                    }
                    return tornado(exchange);
                }
                case "poll" -> send(exchange, 200, "application/json", poll());
                case "cells" -> send(exchange, 200, "application/json", cells(exchange.getRequestURI().getRawQuery()));
                case "export/scenario", "export/diff" -> {
                    if (!method.equals("POST")) {
                        send(exchange, 405, "text/plain", "POST only");
                        return false;
                    }
                    send(exchange, 200, "application/json", export(exchange.getRequestBody(), rest.endsWith("diff")));
                }
                case "bye" -> {
                    // A reload says goodbye too: the page has a moment to come back.
                    lastSeen = System.nanoTime() - idle.toNanos() + GONE.toNanos();
                    send(exchange, 204, "text/plain", "");
                }
                default -> send(exchange, 404, "text/plain", "not found");
            }
        } catch (RuntimeException | IOException e) {
            // The page gets no stack trace; the process keeps serving.
            send(exchange, 500, "text/plain", "unexpected failure");
        }
        return false;
    }

    /**
     * Why a request is refused, or null: a wrong token, a Host other than this server (a name
     * rebound to 127.0.0.1), or an Origin other than this page (another site's page).
     */
    String refusal(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        String prefix = base();
        byte[] given = path.length() >= prefix.length() ? path.substring(0, prefix.length()).getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(given, prefix.getBytes(StandardCharsets.UTF_8))) {
            return "refused: the address lacks the token impact serve printed";
        }
        Set<String> hosts = Set.of("127.0.0.1:" + port(), "localhost:" + port());
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            return "refused: not addressed to this server";
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !hosts.stream().map(h -> "http://" + h).toList()
                .contains(origin.toLowerCase(java.util.Locale.ROOT))) {
            return "refused: a request from another page";
        }
        return null;
    }

    /** The page's changes could not be read: what was expected. */
    private static final class BadChanges extends Exception {
        BadChanges(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A request of the page: its changes, and what it shows (empty when it shows nothing yet): the
     * shape of its figures and the digest of each chart's drawing.
     */
    private record PageRequest(Map<String, String> changes, String shape, Map<String, String> charts) {
    }

    /**
     * A request of the page, {@code {"changes": [[path, value], ...], "shape": ..., "charts": {id:
     * digest, ...}}}, the changes in order.
     */
    private static PageRequest request(InputStream body) throws IOException, BadChanges {
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new BadChanges("the changes are larger than " + MAX_BODY + " bytes");
        }
        JsonNode request;
        try {
            request = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new BadChanges("the changes are not JSON");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        JsonNode list = request.path("changes");
        if (!list.isArray() || list.size() > MAX_CHANGES) {
            throw new BadChanges("expected a list of at most " + MAX_CHANGES + " changes");
        }
        for (JsonNode change : list) {
            if (!change.isArray() || change.size() != 2 || !change.get(0).isTextual() || !change.get(1).isTextual()
                    || change.get(1).asText().length() > Limits.MAX_OVERRIDE_LENGTH) {
                throw new BadChanges("expected each change as [path, value]");
            }
            changes.put(change.get(0).asText(), change.get(1).asText());
        }
        Map<String, String> charts = new HashMap<>();
        request.path("charts").fields().forEachRemaining(e -> charts.put(e.getKey(), e.getValue().asText()));
        return new PageRequest(changes, request.path("shape").asText(""), charts);
    }

    private static Map<String, String> changes(InputStream body) throws IOException, BadChanges {
        return request(body).changes();
    }

    /**
     * The figures with the page's changes, or the problems that refuse them. A page that shows
     * figures of the same shape gets their paragraphs, their cells ({@code [key, value, text]}, {@code [text]} for a
     * cell without a number) and the charts whose drawing it lacks; any other
     * gets their HTML ({@code figures}).
     */
    private String state(InputStream body) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        PageRequest request;
        try {
            request = request(body);
        } catch (BadChanges e) {
            return problems(out, List.of(e.getMessage()));
        }
        LiveScenario.State state;
        try {
            state = live.with(request.changes());
        } catch (InvalidInputException e) {
            return problems(out, e.problems().stream().limit(Limits.PROBLEMS_SHOWN).map(Problem::format).toList());
        }
        lastChanges = request.changes();
        lastState = state;
        out.put("ok", true);
        ServePage.Figures figures = page.figures(state.run());
        out.put("shape", figures.shape());
        out.set("chartDigests", JSON.valueToTree(figures.chartDigests()));
        if (figures.shape().equals(request.shape())) {
            ArrayNode paragraphs = out.putArray("paragraphs");
            figures.paragraphs().forEach(paragraphs::add);
            ArrayNode cells = out.putArray("cells");
            figures.cells().forEach(c -> {
                ArrayNode cell = cells.addArray();
                if (c.numeric()) {
                    cell.add(c.key()).add(c.value());
                }
                cell.add(c.text());
            });
            ObjectNode charts = out.putObject("charts");
            figures.charts().forEach((id, svg) -> {
                if (!figures.chartDigests().get(id).equals(request.charts().get(id))) {
                    charts.put(id, svg);
                }
            });
        } else {
            out.put("figures", page.html(figures));
        }
        ArrayNode listed = out.putArray("changes");
        for (LiveScenario.Change change : state.changes()) {
            listed.addObject().put("path", change.path()).put("label", change.label()).put("value", change.value())
                    .put("provenance", change.provenance()).put("set", change.set().path() + "=" + change.set().value());
        }
        out.put("sets", SetOptions.text(state.changes().stream().map(LiveScenario.Change::set).toList()));
        return JSON.writeValueAsString(out);
    }

    /**
     * The tornado of the page's changes ({@code {"changes": [[path, value], ...]}}) as HTML: the
     * file's when there are none, else the one-way sensitivity of the changed scenario, as {@code
     * impact run --set} computes it for sensitivity.csv and report.html; or the problems that refuse
     * the changes. The changes pass the gate here; the sensitivity is computed and answered on its
     * own thread (true), unless a later tornado is asked for first (then {@code "stale": true}).
     */
    private boolean tornado(HttpExchange exchange) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        RunResult changed;
        try {
            Map<String, String> changes = changes(exchange.getRequestBody());
            if (changes.isEmpty()) {
                out.put("ok", true);
                out.put("html", page.tornado());
                send(exchange, 200, "application/json", JSON.writeValueAsString(out));
                return false;
            }
            changed = (changes.equals(lastChanges) ? lastState : live.with(changes)).ofTheChangedScenario();
        } catch (BadChanges e) {
            send(exchange, 200, "application/json", problems(out, List.of(e.getMessage())));
            return false;
        } catch (InvalidInputException e) {
            send(exchange, 200, "application/json", problems(out, e.problems().stream().limit(Limits.PROBLEMS_SHOWN)
                    .map(Problem::format).toList()));
            return false;
        }
        long asked = tornadoesAsked.incrementAndGet();
        ServePage shown = page;
        analyses.execute(() -> answerTornado(exchange, asked, shown, changed));
        return true;
    }

    /** On the analyses' thread: the tornado of {@code changed}, unless a later one was asked for. */
    private void answerTornado(HttpExchange exchange, long asked, ServePage shown, RunResult changed) {
        try {
            ObjectNode out = JSON.createObjectNode();
            String body;
            if (asked != tornadoesAsked.get()) {
                out.put("stale", true);
                body = problems(out, List.of("a later state was asked for"));
            } else {
                try {
                    String html = shown.tornado(Sensitivity.of(changed, Sensitivity.Range.NONE));
                    out.put("ok", true);
                    out.put("html", html);
                    body = JSON.writeValueAsString(out);
                } catch (InvalidInputException e) {
                    body = problems(out, e.problems().stream().limit(Limits.PROBLEMS_SHOWN).map(Problem::format)
                            .toList());
                }
            }
            send(exchange, 200, "application/json", body);
        } catch (RuntimeException | IOException e) {
            try {
                send(exchange, 500, "text/plain", "unexpected failure");
            } catch (IOException | RuntimeException ignored) {
                // The page went: nothing to answer.
            }
        } finally {
            exchange.close();
        }
    }

    /**
     * An export of the page's changes: the scenario file's text with them written in, or the
     * markdown of {@code impact diff SCENARIO --set ...}; or the problems that refuse it.
     */
    private String export(InputStream body, boolean diff) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        try {
            Map<String, String> changes = changes(body);
            String text;
            if (diff) {
                List<ScenarioOverride> sets = live.sets(changes);
                ScenarioDiff compared = live.diff(changes);
                StringWriter markdown = new StringWriter();
                String name = live.base().scenario().name();
                String after = file + sets.stream().map(o -> " " + o.label()).collect(Collectors.joining());
                DiffFormat.MARKDOWN.write(compared, new DiffTitle(name, file.toString(), after), BigDecimal.ZERO,
                        markdown);
                text = markdown.toString();
            } else {
                text = live.patched(changes);
            }
            out.put("ok", true);
            out.put("text", text);
            return JSON.writeValueAsString(out);
        } catch (BadChanges e) {
            return problems(out, List.of(e.getMessage()));
        } catch (InvalidInputException e) {
            return problems(out, e.problems().stream().limit(Limits.PROBLEMS_SHOWN).map(Problem::format).toList());
        }
    }

    /**
     * The cells of the areas whose code, name or gemeente holds the text of the query {@code
     * text=...}, as controls (at most {@link ServePage#MAX_AREAS_FOUND} areas), and how many areas
     * matched; or the problem with the text. The text is only compared, never shown.
     */
    private String cells(String query) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        String raw = query == null ? "" : query;
        // A character is at most four bytes, each written as %XX: a longer query is too long a text.
        if (raw.length() > "text=".length() + 12 * ServePage.MAX_SEARCH_LENGTH) {
            return problems(out, List.of("the search is longer than " + ServePage.MAX_SEARCH_LENGTH + " characters"));
        }
        if (!raw.isEmpty() && !raw.startsWith("text=") || raw.contains("&")) {
            return problems(out, List.of("expected the search as text=..."));
        }
        String text;
        try {
            text = URLDecoder.decode(raw.isEmpty() ? "" : raw.substring("text=".length()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return problems(out, List.of("the search is not a valid address text"));
        }
        if (text.length() > ServePage.MAX_SEARCH_LENGTH) {
            return problems(out, List.of("the search is longer than " + ServePage.MAX_SEARCH_LENGTH + " characters"));
        }
        ServePage.CellSearch found = page.cells(text);
        out.put("ok", true);
        out.put("matched", found.matched());
        out.put("shown", found.areas().size());
        ArrayNode paths = out.putArray("paths");
        found.areas().forEach(a -> a.controls().forEach(c -> paths.add(c.path())));
        out.put("html", page.html(found));
        return JSON.writeValueAsString(out);
    }

    /** The file's version; read again first when it changed on disk. */
    private String poll() throws IOException {
        FileTime now;
        try {
            now = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            now = modified;
            reloadProblems = List.of(file + ": cannot be read: " + e.getMessage());
        }
        if (!now.equals(modified)) {
            modified = now;
            try {
                load(LiveScenario.open(file, folders));
                version++;
                reloadProblems = List.of();
            } catch (InvalidInputException e) {
                reloadProblems = e.problems().stream().limit(Limits.PROBLEMS_SHOWN).map(Problem::format).toList();
            }
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("version", version);
        ArrayNode problems = out.putArray("problems");
        reloadProblems.forEach(problems::add);
        return JSON.writeValueAsString(out);
    }

    private static String problems(ObjectNode out, List<String> problems) throws IOException {
        out.put("ok", false);
        ArrayNode list = out.putArray("problems");
        problems.forEach(list::add);
        return JSON.writeValueAsString(out);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type + "; charset=utf-8");
        headers.set("Content-Security-Policy", SECURITY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        if (status == 204) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
