package nl.impact.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.engine.sensitivity.Sensitivity;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.model.Printable;
import nl.impact.report.AreaConsole;
import nl.impact.report.ConsoleBusinessCase;
import nl.impact.report.ConsoleSummary;
import nl.impact.report.FileKind;
import nl.impact.report.HumanNumbers;
import nl.impact.report.KpiConsole;
import nl.impact.report.OutputComparison;
import nl.impact.report.OutputDirectory;
import nl.impact.report.Reports;
import nl.impact.report.RunOutputs;
import nl.impact.report.SensitivityConsole;
import nl.impact.report.excel.DocumentDate;
import nl.impact.report.simulation.SimulationConsole;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.ScenarioOverride;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Computes a scenario and writes its outputs (CSV files and the Excel bijlagen 1 and 2) into a directory.",
                "With --check DIR it writes nothing: it computes the outputs aside and compares them with DIR, "
                        + "listing each file that differs, is missing or is extra on stderr (exit 3), "
                        + "with the first 20 changed rows of each differing CSV, "
                        + "or exit 0 when all are identical."},
        footerHeading = "%nExamples:%n",
        footer = {"  # writes out/pluswijken/; the last line names the file to open first",
            "  impact run scenarios/pluswijken.yaml",
            "  # writes /tmp/pw/",
            "  impact run scenarios/pluswijken.yaml --out /tmp/pw",
            "  # a what-if: writes out/pluswijken-whatif-3c0c94fd/, out/pluswijken/ stays",
            "  impact run scenarios/pluswijken.yaml \\",
            "    --set kernaanpakken.welzijn-op-recept.clientenPerFte.value=120",
            "  # CSVs that open as numbers in Dutch Excel",
            "  impact run scenarios/pluswijken.yaml --csv-dialect excel-nl",
            "  # exit 3 when the outputs in out/pluswijken/ are out of date",
            "  impact run scenarios/pluswijken.yaml --check out/pluswijken",
            "  # adds the Monte Carlo simulation (the Onzekerheid sheet)",
            "  impact run scenarios/pluswijken.yaml --draws 10000 --seed 1",
            "  # also report.pdf, printed by the system's Chromium",
            "  impact run scenarios/pluswijken.yaml --pdf",
            "  # the tornado also swings every number without a band 10 percent down and up",
            "  impact run scenarios/pluswijken.yaml --sensitivity-range 10"})
final class RunCommand implements Callable<Integer> {

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

    @Parameters(arity = "1..*", paramLabel = "SCENARIO",
            description = "The scenario file (YAML or JSON); several are each written into out/<name>, "
                    + "or DIR/<name> with --out DIR (--check DIR: compared with DIR/<name>).")
    List<Path> scenarioFiles;

    @Mixin
    CsvDialectOption csv;

    @Mixin
    SensitivityRangeOption sensitivity;

    @Mixin
    PdfOption pdf;

    /** The Chromium that prints report.pdf (with --pdf), found before anything is computed. */
    private Optional<nl.impact.report.html.ReportPdf> printer = Optional.empty();

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = "--draws", paramLabel = "N",
            description = "Also run the Monte Carlo simulation of 'impact simulate' with N draws (1 to 1,000,000,000): "
                    + "adds the Onzekerheid sheet to bijlage 1, the uncertainty section to report.html and "
                    + "simulation*.csv to the outputs. See docs/uncertainty.md.")
    Long draws;

    /** The folders written, in order, for the closing line that names the file to open first. */
    private final List<Path> written = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the simulation's generator (default 1; only with --draws). "
                    + "The same seed and draws give the figures of 'impact simulate'.")
    Long seed;

    /** Either write the outputs or check existing ones, not both. */
    static final class Target {
        @Option(names = "--out", paramLabel = "DIR",
                description = "Where to write the outputs (default: out/<scenario file name without extension>; "
                        + "with --set, out/<name>-whatif-<hash> beside it, so a what-if never replaces the baseline).")
        Path out;

        @Option(names = "--check", paramLabel = "DIR",
                description = "Compare the outputs already in DIR with freshly computed ones; DIR is left untouched.")
        Path check;
    }

    @Override
    public Integer call() throws Exception {
        DocumentDate.checkEnvironment();
        printer = pdf.printer();
        RunSimulation simulation = RunSimulation.of(spec.commandLine(), draws, seed);
        // Every scenario is read and computed before anything is written: one invalid file, no outputs.
        Map<Path, RunOutputs> results = new LinkedHashMap<>();
        Map<String, Path> names = new LinkedHashMap<>();
        for (Path file : scenarioFiles) {
            Path earlier = names.putIfAbsent(baseName(file), file);
            if (earlier != null) {
                throw InvalidInputException.of(new Problem(file.toString(), 0, 0, "", "has the same name as "
                        + earlier + ", so both would be written into " + baseName(file) + "; rename one"));
            }
        }
        List<ScenarioOverride> sets = overrides.overrides();
        nl.impact.scenario.InputFolders folders = allowed.folders();
        List<Problem> problems = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        for (Path file : scenarioFiles) {
            try {
                RunResult result = WarningOptions.compute(file, sets, folders, found);
                // The one-way sensitivity, computed once for every output that shows it.
                results.put(file, new RunOutputs(result, Sensitivity.of(result, sensitivity.range()), Optional.empty(),
                        csv.dialect));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean several = results.size() > 1;
        if (target.check == null) {
            // Every target is checked before the first is written, and before a simulation that may take
            // long: one refused target, no outputs. No target may hold a file any of the scenarios read.
            List<Path> inputs = results.values().stream().flatMap(o -> o.result().scenario().inputs().stream())
                    .toList();
            for (Path file : results.keySet()) {
                OutputDirectory.check(outputDirectory(file, several), inputs);
            }
        }
        // The simulations are computed before anything is written too.
        Map<Path, RunResult> computed = new LinkedHashMap<>();
        results.forEach((file, outputs) -> computed.put(file, outputs.result()));
        Map<RunResult, SimulationResult> simulations = simulation.run(computed);
        results.replaceAll((file, outputs) -> outputs.withSimulation(simulations.get(outputs.result())));
        warnings.report(found, spec.commandLine().getErr());
        WhatIfNote.print(overrides, spec.commandLine().getErr());
        int exit = ExitCodes.OK;
        for (Map.Entry<Path, RunOutputs> e : results.entrySet()) {
            if (several) {
                spec.commandLine().getOut().println("== " + Printable.sanitise(e.getKey().toString()) + " ==");
            }
            int code = runOne(e.getKey(), e.getValue(), several);
            exit = Math.max(exit, code);
        }
        OutputsWritten.openFirst(spec.commandLine().getErr(), written);
        return exit;
    }

    private int runOne(Path scenarioFile, RunOutputs outputs, boolean several) throws IOException,
            InvalidInputException {
        if (target.check != null) {
            return check(outputs, several ? target.check.resolve(baseName(scenarioFile)) : target.check);
        }
        Path dir = outputDirectory(scenarioFile, several);
        Reports.write(outputs, printer, dir).notes().forEach(n -> spec.commandLine().getErr().println("note: " + n));
        RunResult result = outputs.result();
        if (!result.kernaanpakken().isEmpty()) {
            // A scenario of targets only has no effects to add up.
            ConsoleSummary.print(result, spec.commandLine().getOut());
        }
        ConsoleBusinessCase.print(result, spec.commandLine().getOut());
        AreaConsole.print(result, spec.commandLine().getOut());
        KpiConsole.print(result, spec.commandLine().getOut());
        SensitivityConsole.print(outputs.sensitivity(), spec.commandLine().getOut());
        if (outputs.simulation().isPresent()) {
            SimulationConsole.print(outputs.simulation().get(), spec.commandLine().getOut());
        }
        OutputsWritten.print(spec.commandLine().getErr(), dir, target.out == null ? baseline(scenarioFile) : dir);
        written.add(dir);
        return ExitCodes.OK;
    }

    /** Without --out: out/<name>, or a what-if's own folder beside it, so a --set never replaces the baseline. */
    private Path outputDirectory(Path scenarioFile, boolean several) throws InvalidInputException {
        if (target.out == null) {
            return WhatIfFolder.of(baseline(scenarioFile), overrides.overrides());
        }
        return several ? target.out.resolve(baseName(scenarioFile)) : target.out;
    }

    /** Compares the outputs in {@code dir} with the computed ones; reports on stderr only. */
    private int check(RunOutputs outputs, Path dir) throws IOException, InvalidInputException {
        if (!Files.isDirectory(dir)) {
            String kind = FileKind.of(dir);
            throw InvalidInputException.of(new Problem(dir.toString(), 0, 0, "", kind == null
                    ? "no such directory to check the outputs against"
                    : "is " + kind + ", not a directory to check the outputs against"));
        }
        OutputComparison comparison = Reports.compare(outputs, dir);
        PrintWriter err = spec.commandLine().getErr();
        if (comparison.identical()) {
            err.println("Outputs in " + dir + " are up to date.");
            return ExitCodes.OK;
        }
        for (String f : comparison.differing()) {
            err.println("differs: " + f);
            OutputComparison.RowChanges rows = comparison.rows().get(f);
            if (rows != null) {
                rows.shown().forEach(r -> err.println("  " + Printable.sanitise(r.format())));
                if (rows.total() > rows.shown().size()) {
                    int more = rows.total() - rows.shown().size();
                    err.println("  ... and " + HumanNumbers.of(more) + (more == 1 ? " more row" : " more rows"));
                }
            }
        }
        comparison.missing().forEach(f -> err.println("missing: " + f));
        comparison.extra().forEach(f -> err.println("extra: " + f));
        err.printf("Outputs in %s are out of date: %s differing, %s missing, %s extra.%n", dir,
                HumanNumbers.of(comparison.differing().size()), HumanNumbers.of(comparison.missing().size()),
                HumanNumbers.of(comparison.extra().size()));
        return ExitCodes.OUTPUTS_DIFFER;
    }

    private static Path baseline(Path scenarioFile) {
        return Path.of("out", baseName(scenarioFile));
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
