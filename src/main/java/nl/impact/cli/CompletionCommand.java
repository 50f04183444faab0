package nl.impact.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints a bash and zsh completion script for impact, generated from its commands and options.",
        footerHeading = "%nExamples:%n",
        footer = {"  # completes impact, and ./impact in a clone, in every new bash session",
            "  ./impact completion > ~/.local/share/bash-completion/completions/impact",
            "  # the same in this bash or zsh session only",
            "  source <(./impact completion)"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("impact", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
