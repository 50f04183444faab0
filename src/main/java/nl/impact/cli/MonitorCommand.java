package nl.impact.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.impact.model.Scenario;
import nl.impact.monitor.Judgement;
import nl.impact.monitor.Monitor;
import nl.impact.monitor.Realisations;
import nl.impact.monitor.RealisationsReader;
import nl.impact.engine.RunResult;
import nl.impact.report.CsvTable;
import nl.impact.report.MonitorCsv;
import nl.impact.report.html.HtmlReport;
import nl.impact.report.html.ReportExtras;
import nl.impact.report.MonitorTable;
import nl.impact.report.OutputDirectory;
import nl.impact.scenario.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Judges realised KPI values against their bands by the plan's spelregels and writes monitor.csv "
                + "and report.html (the steering group's report with the verdicts).",
            "Exit code 4 when a KPI fell below its band twice in a row."},
        footerHeading = "%nExamples:%n",
        footer = {"  # the verdicts on realised values, written into out/pluswijken-monitor/",
            "  impact monitor scenarios/pluswijken.yaml realisations.csv",
            "  # realised values from a workbook, written into out/monitor-2027/",
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

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON) with the KPIs.")
    Path scenarioFile;

    @Parameters(index = "1", paramLabel = "REALISATIONS",
            description = "CSV, or Excel workbook (.xlsx), with the columns kpi, year, realised and optionally "
                    + "correction, note (docs/kpis.md).")
    Path realisationsFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write monitor.csv and report.html (default: out/<scenario file name without "
                    + "extension>-monitor; with --set, out/<name>-monitor-whatif-<hash> beside it).")
    Path out;

    @Mixin
    CsvDialectOption csv;

    @Override
    public Integer call() throws Exception {
        // The steering group's report shows the verdicts beside the plan's figures.
        List<Problem> found = new ArrayList<>();
        RunResult result = WarningOptions.compute(scenarioFile, overrides.overrides(), allowed.folders(), found);
        Scenario scenario = result.scenario();
        Realisations realisations = RealisationsReader.read(realisationsFile, scenario);
        found.addAll(realisations.warnings());
        warnings.report(found, spec.commandLine().getErr());
        WhatIfNote.print(overrides, spec.commandLine().getErr());
        List<Judgement> judgements = Monitor.judge(scenario, realisations);
        // Beside the run's outputs, not inside them: writing replaces the whole directory.
        Path baseline = Path.of("out", RunCommand.baseName(scenarioFile) + "-monitor");
        Path target = out != null ? out : WhatIfFolder.of(baseline, overrides.overrides());
        List<Path> inputs = new ArrayList<>(result.scenario().inputs());
        inputs.add(realisationsFile);
        OutputDirectory.replace(target, inputs, dir -> {
            MonitorCsv.write(judgements, dir);
            HtmlReport.write(result, ReportExtras.NONE.withMonitor(judgements), dir);
            CsvTable.recodeAll(dir, csv.dialect);
        }).notes().forEach(n -> spec.commandLine().getErr().println("note: " + n));
        MonitorTable.print(scenario.name(), realisations.untilYear(), judgements, spec.commandLine().getOut());
        OutputsWritten.print(spec.commandLine().getErr(), target, out != null ? target : baseline);
        OutputsWritten.openFirst(spec.commandLine().getErr(), List.of(target));
        return Monitor.anyTwiceBelow(judgements) ? ExitCodes.KPI_TWICE_BELOW_BAND : ExitCodes.OK;
    }
}
