package nl.impact.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.impact.engine.RunResult;
import nl.impact.monitor.Progress;
import nl.impact.monitor.Realisations;
import nl.impact.monitor.RealisationsReader;
import nl.impact.report.MonitorOutputs;
import nl.impact.report.OutputDirectory;
import nl.impact.report.ProgressConsole;
import nl.impact.scenario.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Monitors the plan up to the last half year reported: the milestones and their tranches, the "
                + "spend against the begroting, a forecast of the business case from what was realised, and the "
                + "spelregels' verdicts on the KPIs with what a stop of a KPI's activities would do.",
            "Writes the monitor, milestones, spend and forecast CSV files, the voortgangsrapportage workbook and "
                + "the report (docs/monitoring.md).",
            "Exit code 4 when the spelregels call for action: a KPI below its band twice in a row, or a tranche "
                + "withheld."},
        footerHeading = "%nExamples:%n",
        footer = {"  # the half year's report, written into out/pluswijken-monitor/",
            "  impact monitor scenarios/pluswijken.yaml \\",
            "    scenarios/pluswijken-realisations-2026-H1.csv",
            "  # realisations from a workbook, written into out/monitor-2027/",
            "  impact monitor scenarios/pluswijken.yaml realisations.xlsx \\",
            "    --out out/monitor-2027"})
final class MonitorCommand implements Callable<Integer> {

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

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON) with the "
            + "milestones and KPIs.")
    Path scenarioFile;

    @Parameters(index = "1", paramLabel = "REALISATIONS",
            description = "CSV, or Excel workbook (.xlsx): per half year the milestones, spend and volumes (column "
                    + "kind), and the KPI values; or the yearly KPI file with kpi, year, realised (docs/monitoring.md).")
    Path realisationsFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the outputs (default: out/<scenario file name without extension>-monitor; "
                    + "with --set, out/<name>-monitor-whatif-<hash> beside it).")
    Path out;

    @Mixin
    CsvDialectOption csv;

    @Override
    public Integer call() throws Exception {
        // report.html carries the scenario's date, which may come from SOURCE_DATE_EPOCH: refused before any work.
        nl.impact.report.excel.DocumentDate.checkEnvironment();
        List<Problem> found = new ArrayList<>();
        RunResult result = WarningOptions.compute(scenarioFile, overrides.overrides(), allowed.folders(), found);
        Realisations realisations = RealisationsReader.read(realisationsFile, result.scenario());
        found.addAll(realisations.warnings());
        warnings.report(found, spec.commandLine().getErr());
        WhatIfNote.print(overrides, spec.commandLine().getErr());
        Progress progress = Progress.of(result, realisations);
        // Beside the run's outputs, not inside them: writing replaces the whole directory.
        Path baseline = Path.of("out", RunCommand.baseName(scenarioFile) + "-monitor");
        Path target = out != null ? out : WhatIfFolder.of(baseline, overrides.overrides());
        List<Path> inputs = new ArrayList<>(result.scenario().inputs());
        inputs.add(realisationsFile);
        OutputDirectory.replace(target, inputs, dir -> MonitorOutputs.write(progress, dir, csv.dialect))
                .notes().forEach(n -> spec.commandLine().getErr().println("note: " + n));
        ProgressConsole.print(progress, spec.commandLine().getOut());
        OutputsWritten.print(spec.commandLine().getErr(), target, out != null ? target : baseline);
        OutputsWritten.openFirst(spec.commandLine().getErr(), List.of(target));
        return progress.callsForAction() ? ExitCodes.SPELREGELS_CALL_FOR_ACTION : ExitCodes.OK;
    }
}
