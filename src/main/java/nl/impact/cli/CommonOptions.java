package nl.impact.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
public final class CommonOptions {

    @Option(names = "--debug", description = "Print the stack trace of an unexpected failure or invalid input.")
    boolean debug;
}
