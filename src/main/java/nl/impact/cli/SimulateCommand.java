package nl.impact.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.impact.engine.RunResult;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.engine.simulation.SimulationSettings;
import nl.impact.report.simulation.SimulationConsole;
import nl.impact.report.simulation.SimulationReports;
import nl.impact.scenario.Problem;
import picocli.CommandLine.Command;
import nl.impact.engine.sensitivity.Sensitivity;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Monte Carlo simulation of a scenario: every banded parameter drawn from its distribution "
                + "(default PERT over min, expected, max). Writes simulation.csv, simulation-financiers.csv, "
                + "simulation-break-even.csv, simulation-kpis.csv, simulation-metadata.csv and report.html (the base "
                + "case with the uncertainty section; with --export-draws also simulation-draws.csv.gz) into a "
                + "directory; with an area table also simulation-gemeenten.csv (and with --per-area "
                + "simulation-areas.csv). See docs/uncertainty.md.",
                "The same seed gives byte-identical outputs whatever the number of threads."},
        footerHeading = "%nExamples:%n",
        footer = {"  # 10,000 draws with seed 1, written into out/pluswijken-simulation/",
            "  impact simulate scenarios/pluswijken.yaml --draws 10000 --seed 1",
            "  # the same figures with two threads, written into out/pw-sim/",
            "  impact simulate scenarios/pluswijken.yaml --draws 10000 --seed 1 \\",
            "    --threads 2 --out out/pw-sim"})
final class SimulateCommand implements Callable<Integer> {

    static final long MAX_DRAWS = 1_000_000_000L;
    static final int MAX_THREADS = 256;
    static final long DEFAULT_SEED = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ScenarioOverrides overrides;

    @Mixin
    AllowedPaths allowed;

    @Mixin
    SensitivityRangeOption sensitivityRange;

    @Mixin
    WarningOptions warnings;

    @Mixin
    PdfOption pdf;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path scenarioFile;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "10000",
            description = "Number of draws, 1 to 1,000,000,000 (default ${DEFAULT-VALUE}).")
    long draws;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the generator (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: the number of processors); never changes a result.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the outputs (default: out/<scenario file name without extension>-simulation; "
                    + "with --set, out/<name>-simulation-whatif-<hash> beside it).")
    Path out;

    @Option(names = "--export-draws", description = "Also write every draw: simulation-draws.csv.gz.")
    boolean exportDraws;

    @Option(names = "--per-area", description = "With an area table: also summarise the net of every area, "
            + "simulation-areas.csv (simulation-gemeenten.csv is always written).")
    boolean perArea;

    @Override
    public Integer call() throws Exception {
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new ParameterException(spec.commandLine(), "--draws must be from 1 to " + MAX_DRAWS + ", got " + draws);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(), "--threads must be from 1 to " + MAX_THREADS + ", got "
                    + workers);
        }
        // report.html carries the scenario's date, which may come from SOURCE_DATE_EPOCH: refused before any work.
        nl.impact.report.excel.DocumentDate.checkEnvironment();
        var printer = pdf.printer();
        // report.html shows the base case's tornado.
        List<Problem> found = new ArrayList<>();
        RunResult result = WarningOptions.compute(scenarioFile, overrides.overrides(), allowed.folders(), found);
        warnings.report(found, spec.commandLine().getErr());
        Sensitivity sensitivity = Sensitivity.of(result, sensitivityRange.range());
        WhatIfNote.print(overrides, spec.commandLine().getErr());
        if (perArea && result.scenario().areas() == null) {
            spec.commandLine().getErr().println("note: --per-area: the scenario has no area table, so there is nothing "
                    + "to write per area");
        }
        Path baseline = Path.of("out", RunCommand.baseName(scenarioFile) + "-simulation");
        Path dir = out != null ? out : WhatIfFolder.of(baseline, overrides.overrides());
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), draws);
        SimulationResult simulation = SimulationReports.write(result, sensitivity,
                new SimulationSettings(draws, seed, workers, exportDraws).perArea(perArea), dir, progress, printer);
        progress.finish();
        SimulationConsole.print(simulation, spec.commandLine().getOut());
        OutputsWritten.print(spec.commandLine().getErr(), dir, out != null ? dir : baseline);
        OutputsWritten.openFirst(spec.commandLine().getErr(), List.of(dir));
        return ExitCodes.OK;
    }
}
