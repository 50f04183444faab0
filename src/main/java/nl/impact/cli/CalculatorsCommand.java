package nl.impact.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.calc.QuantitySpec;
import nl.impact.calc.kpi.KpiCalculator;
import nl.impact.calc.kpi.KpiCalculatorRegistry;
import nl.impact.calc.kpi.KpiParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "calculators", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the kernaanpak and KPI calculators on the class path with their parameters.",
        footerHeading = "%nExamples:%n",
        footer = {"  # the calculators on the class path, with their parameters",
            "  impact calculators",
            "  # with a third-party calculator",
            "  java -cp impact.jar:my-calculator.jar nl.impact.cli.Main calculators"})
final class CalculatorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (KernaanpakCalculator calculator : CalculatorRegistry.load().all()) {
            out.printf("%s  (%s)%n  %s%n", calculator.id(), calculator.getClass().getName(), calculator.description());
            if (calculator.acceptsAnyParameter()) {
                out.println("  parameters: any, named in the scenario");
            }
            for (ParameterSpec p : calculator.parameters()) {
                out.printf("  parameter %-30s %-9s %-30s %s%n", p.name(), p.kind().key(), p.unit(), p.description());
            }
            for (QuantitySpec q : calculator.quantities()) {
                out.printf("  quantity  %-30s = %s  [%s]%n", q.name(), q.formula(), q.unit());
            }
            out.println();
        }
        out.println("KPI calculators (a KPI's calculator:; a KPI may instead be a formula: see docs/kpis.md)");
        out.println();
        for (KpiCalculator calculator : KpiCalculatorRegistry.load().all()) {
            out.printf("%s  (%s)%n  %s%n  values: %s%n", calculator.id(), calculator.getClass().getName(),
                    calculator.description(), calculator.values().name().toLowerCase(java.util.Locale.ROOT));
            for (KpiParameterSpec p : calculator.parameters()) {
                out.printf("  parameter %-30s %-9s %-8s %s%n", p.name(), p.form() == KpiParameterSpec.Form.NUMBER
                        ? p.kind().key() : p.form().name().toLowerCase(java.util.Locale.ROOT),
                        p.required() ? "required" : "optional", p.description());
            }
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }
}
