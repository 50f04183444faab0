package nl.impact.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

@Command(name = "man", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the man page of impact or one of its commands, generated from the command model, "
                + "in AsciiDoc (manpage doctype): asciidoctor turns it into a roff man page or HTML."},
        footerHeading = "%nExamples:%n",
        footer = {"  # the man page of impact, as roff, shown by man",
            "  impact man | asciidoctor -b manpage -o impact.1 - && man ./impact.1",
            "  # the page of impact run",
            "  impact man run | asciidoctor -b manpage -o impact-run.1 -"})
final class ManCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "COMMAND", completionCandidates = Main.CommandNames.class,
            description = "The command whose page to print (default: impact itself, which lists the commands).")
    String command;

    @Override
    public Integer call() throws Exception {
        CommandLine root = spec.root().commandLine();
        CommandLine page = command == null ? root : root.getSubcommands().entrySet().stream()
                .filter(c -> c.getKey().equalsIgnoreCase(command.strip())).map(java.util.Map.Entry::getValue)
                .findFirst().orElse(null);
        if (page == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown command '" + command
                    + "'; expected one of " + String.join(", ", root.getSubcommands().keySet()));
        }
        PrintWriter out = spec.commandLine().getOut();
        ManPageGenerator.writeSingleManPage(out, page.getCommandSpec());
        out.flush();
        return ExitCodes.OK;
    }
}
