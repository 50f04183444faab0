package nl.impact.cli;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.impact.engine.diff.ScenarioDiff;
import nl.impact.report.diff.DiffFile;
import nl.impact.report.diff.DiffFormat;
import nl.impact.report.diff.DiffTitle;
import nl.impact.scenario.GitRevision;
import nl.impact.scenario.InputFolders;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.ScenarioOverride;
import nl.impact.scenario.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compares two versions of a scenario: the inputs that changed, the results per financier and "
                + "variant, the KPI positions that moved, and which inputs caused the change in net.",
            "  impact diff BASE NEW                   two files",
            "  impact diff SCENARIO --base-ref REF    the file against its version at REF",
            "  impact diff SCENARIO --set PATH=VALUE  the file against a what-if of itself",
            "--set applies to the new version. Exit 0 when no result changed by more than --tolerance, "
                    + "3 when results changed, 2 for invalid input."},
        footerHeading = "%nExamples:%n",
        footer = {"  # two versions in two files",
            "  impact diff scenarios/pluswijken.yaml my-pluswijken.yaml",
            "  # the file against its version on the branch main",
            "  impact diff scenarios/pluswijken.yaml --base-ref main",
            "  # the file against a what-if of itself",
            "  impact diff scenarios/pluswijken.yaml \\",
            "    --set kernaanpakken.welzijn-op-recept.clientenPerFte.value=120"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ScenarioOverrides overrides;

    @Mixin
    AllowedPaths allowed;

    @Mixin
    WarningOptions warnings;

    @Parameters(index = "0", paramLabel = "BASE", description = "The old scenario (or the scenario, with --base-ref).")
    Path base;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", description = "The new scenario (default: BASE).")
    Path next;

    @Option(names = "--base-ref", paramLabel = "REF",
            description = "Compare SCENARIO with its own version at this git revision (e.g. main, HEAD~1).")
    String baseRef;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatNames.class,
            description = "text (default), markdown (for a pull-request comment), csv or json.")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE (written aside, then moved into place) instead of stdout. "
                    + "FILE must be new, empty or an earlier impact diff report; never an input.")
    Path out;

    @Option(names = "--tolerance", paramLabel = "EUROS", defaultValue = "0",
            description = "Amounts that change by at most this many euros count as unchanged (default 0).")
    BigDecimal tolerance;

    @Override
    public Integer call() throws Exception {
        DiffFormat chosen = format();
        if (tolerance.signum() < 0) {
            throw argument("--tolerance " + tolerance.toPlainString(), "expected zero or more euros");
        }
        // The report never replaces an input nor a file impact did not write: refused before any work.
        DiffFile report = out == null ? null : new DiffFile(out);
        if (report != null) {
            report.check(next == null ? List.of(base) : List.of(base, next));
        }
        List<ScenarioOverride> sets = overrides.overrides();
        InputFolders folders = allowed.folders();
        SourceDocument before;
        Path newFile;
        String beforeName;
        if (baseRef != null) {
            if (next != null) {
                throw argument(next.toString(), "--base-ref compares one scenario with its own history: give one file");
            }
            before = GitRevision.read(base, baseRef, folders);
            newFile = base;
            beforeName = baseRef + ":" + base;
        } else {
            before = SourceDocument.read(base, List.of(), folders);
            newFile = next != null ? next : base;
            beforeName = base.toString();
        }
        SourceDocument after = SourceDocument.read(newFile, sets, folders);
        WhatIfNote.print(overrides, spec.commandLine().getErr());
        ScenarioDiff diff = ScenarioDiff.of(before, after);
        // The new version's warnings, as validate gives them; the base is what it was.
        warnings.report(after.problems().warnings(), spec.commandLine().getErr());
        String afterName = newFile + sets.stream().map(o -> " " + o.label()).collect(Collectors.joining());
        String name = after.root().path("name").asText(newFile.getFileName().toString());
        StringWriter text = new StringWriter();
        chosen.write(diff, new DiffTitle(name, beforeName, afterName), tolerance, text);
        if (report != null) {
            // Checked again with every file the scenarios read: their area tables and workbooks.
            List<Path> inputs = new ArrayList<>(diff.files());
            inputs.add(base);
            if (next != null) {
                inputs.add(next);
            }
            report.write(inputs, text.toString());
            spec.commandLine().getErr().println("Diff written to " + out);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return diff.resultsChanged(tolerance) ? ExitCodes.OUTPUTS_DIFFER : ExitCodes.OK;
    }

    private DiffFormat format() throws InvalidInputException {
        for (DiffFormat f : DiffFormat.values()) {
            if (f.key().equalsIgnoreCase(format.strip())) {
                return f;
            }
        }
        throw argument("--format " + format, "expected one of " + String.join(", ", new FormatNames()));
    }

    /** The formats completion offers, as written on the command line. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(DiffFormat.values()).map(DiffFormat::key).iterator();
        }
    }

    private static InvalidInputException argument(String where, String message) {
        return InvalidInputException.of(new Problem(where, 0, 0, "", message));
    }
}
