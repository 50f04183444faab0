package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;

/**
 * {@code impact serve} as a process: it prints the page's address, serves it, and Ctrl-C (a
 * termination signal) ends it with exit 0; an invalid scenario or port is exit 2 before anything is served.
 */
class ServeCommandTest {

    @Test
    void servesThePrintedAddressAndEndsWithExitZeroOnATerminationSignal() throws Exception {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "scenarios/pluswijken.yaml")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).matches("Open http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]{32}/");
            URI page = URI.create(first.substring("Open ".length()));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("<title>Live: PlusWIJken Zuid-Limburg</title>");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).startsWith("default-src 'none'"));
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.exitValue()).isZero();
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void anInvalidScenarioOrPortIsExitTwo() {
        Cli.Result missing = Cli.run("serve", "no-such.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        Cli.Result port = Cli.run("serve", "scenarios/pluswijken.yaml", "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("expected a port from 0 to 65535");
    }
}
