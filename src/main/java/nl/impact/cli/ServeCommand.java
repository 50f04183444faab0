package nl.impact.cli;

import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.impact.report.serve.LiveServer;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Shows the business case live in a browser on this machine: every input of the register as a "
                + "slider or a number field, the figures recomputed exactly on every change, each change listed "
                + "with provenance 'override' and exported as --set options.",
            "Serves 127.0.0.1 only, at an address with a random token; writes no file. Ends when the page is "
                    + "closed or on Ctrl-C (exit 0)."},
        footerHeading = "%nExamples:%n",
        footer = {"  # the page of PlusWIJken on a free port: open the address it prints",
            "  impact serve scenarios/pluswijken.yaml",
            "  # on a port of your choice",
            "  impact serve scenarios/pluswijken.yaml --port 8123"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    AllowedPaths allowed;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file.")
    Path scenario;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port on 127.0.0.1 (default: a free one).")
    int port;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw InvalidInputException.of(new Problem("--port " + port, 0, 0, "", "expected a port from 0 to 65535"));
        }
        LiveServer server;
        try {
            server = LiveServer.start(scenario, allowed.folders(), port);
        } catch (BindException e) {
            throw InvalidInputException.of(new Problem("--port " + port, 0, 0, "",
                    "port " + port + " of 127.0.0.1 is in use or not allowed; give another or leave --port out"));
        }
        // Ctrl-C is serve's ordinary way out, not a failure: exit 0. Serve holds no file to finish, and the
        // system closes its socket.
        Thread stop = new Thread(() -> Runtime.getRuntime().halt(ExitCodes.OK), "impact-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        spec.commandLine().getOut().println("Open " + server.uri());
        spec.commandLine().getOut().println("Only this machine can reach it; it ends when the page is closed or on Ctrl-C.");
        spec.commandLine().getOut().flush();
        server.awaitEnd();
        Runtime.getRuntime().removeShutdownHook(stop);
        return ExitCodes.OK;
    }
}
