package nl.impact.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import nl.impact.model.Limits;
import nl.impact.model.Printable;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code impact} command line: a thin shell that parses arguments and delegates to the
 * scenario reader, the engine and the reports. {@link #run} is what tests call.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Computes societal business cases (maatschappelijke business case) of transformation plans.",
        footerHeading = "%nExamples:%n",
        footer = {"  # compute a scenario, write out/pluswijken/",
            "  impact run scenarios/pluswijken.yaml",
            "  # check a scenario, write nothing",
            "  impact validate my.yaml",
            "  # a command's options and examples",
            "  impact run --help",
            "", "Exit codes:", "  0  success", "  1  unexpected failure", "  2  invalid input (scenario or arguments)",
                "  3  --check found outputs that differ, or diff found results that changed",
                "  4  the spelregels call for action: a KPI below its band twice in a row,",
                "     or a tranche withheld (monitor)"})
public final class Main implements java.util.concurrent.Callable<Integer> {

    /**
     * The commands, in the order the usage lists them. Added to the command line in code rather than
     * by the annotation, so that a run builds picocli's model of its own command only (the models of
     * all ten took a tenth of the default run); see {@link #commandLine}.
     */
    private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, SimulateCommand.class,
            ValidateCommand.class, MonitorCommand.class, DiffCommand.class, ServeCommand.class, CalculatorsCommand.class,
            SchemaCommand.class, CompletionCommand.class, ManCommand.class, CommandLine.HelpCommand.class);

    /** The names of the commands, for completion of a command's name ({@code impact man COMMAND}). */
    static final class CommandNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return COMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).iterator();
        }
    }

    /** The commands that read the whole tree: the usage of every command, the completion script, the man pages. */
    private static final Set<String> WHOLE_TREE = Set.of("help", "completion", "man");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line and returns its exit code; never calls {@link System#exit}. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter stdout = new ConsoleWriter(out);
        PrintWriter stderr = new ConsoleWriter(err);
        // Set after the subcommands are added: picocli passes these settings on to the subcommands it has.
        CommandLine cli = commandLine(args)
                .setOut(stdout)
                .setErr(stderr)
                .setColorScheme(CommandLine.Help.defaultColorScheme(
                        Colour.ansi(System.getenv(), out == System.out && System.console() != null)))
                .setExecutionExceptionHandler(Main::handle)
                .setParameterExceptionHandler(Main::invalidArguments)
                // Fixed values are offered by completion as written here and accepted in either case.
                .setCaseInsensitiveEnumValuesAllowed(true);
        PlainValues.register(cli);
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.INVALID_INPUT);
        cli.getSubcommands().values().forEach(c -> c.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.INVALID_INPUT));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a stack trace from the JVM: what ran out, and how to give it more.
            stderr.println("error: out of memory: the Java heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB is too small for this input; run again with a larger one, for instance "
                    + "IMPACT_JAVA_OPTS=-Xmx4g");
            return ExitCodes.UNEXPECTED;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /**
     * impact's command line: with only the command that {@code args} names when it names one (its
     * options, usage and errors are the same as in the whole tree), otherwise with all of them.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = COMMANDS.stream()
                .filter(c -> !WHOLE_TREE.contains(first) && c.getAnnotation(Command.class).name().equals(first))
                .toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            cli.addSubcommand(new CommandLine(command));
        }
        return cli;
    }

    /** Without a command there is nothing to do: show how to use it, as for any missing argument. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }

    /**
     * A wrong argument: what is wrong and where to read more, not the whole usage (which buries the
     * one line that matters); with --debug the stack trace too.
     */
    private static int invalidArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        String unknown = unknownCommand(e);
        // picocli calls a word where a command belongs an unmatched argument: named here as what it is.
        err.println("error: " + (unknown != null ? "unknown command '" + Printable.sanitise(unknown) + "'; the commands are "
                + String.join(", ", new CommandNames()) : Printable.sanitise(e.getMessage())));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for its options and examples.");
        if (List.of(args).contains("--debug")) {
            e.printStackTrace(err);
        }
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The word given where a command belongs, when that is what went wrong; null otherwise. */
    private static String unknownCommand(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && e.getCommandLine().getCommandSpec().parent() == null && !unmatched.getUnmatched().isEmpty()
                && !unmatched.isUnknownOption()) {
            return unmatched.getUnmatched().get(0);
        }
        return null;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = debug(parsed);
        if (e instanceof InvalidInputException invalid) {
            // The first problems in full, then how many more: a huge bad file never floods the terminal.
            List<Problem> shown = invalid.problems().subList(0, Math.min(invalid.problems().size(), Limits.PROBLEMS_SHOWN));
            // A number read as a thousandth of what was meant may be the cause of a problem: shown first.
            invalid.warnings().stream().limit(Limits.PROBLEMS_SHOWN).forEach(w -> err.println("warning: " + w.format()));
            for (Problem problem : shown) {
                err.println("error: " + problem.format());
            }
            int more = invalid.total() - shown.size();
            if (more > 0) {
                err.println("... and " + more + (more == 1 ? " more problem." : " more problems."));
            }
            err.println(invalid.total() == 1 ? "1 problem found." : invalid.total() + " problems found.");
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.INVALID_INPUT;
        }
        err.println("error: unexpected failure: " + Printable.sanitise(String.valueOf(e)));
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with --debug for the stack trace.");
        }
        return ExitCodes.UNEXPECTED;
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
