package nl.impact.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.calc.QuantitySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "calculators", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the calculators on the class path with their parameters and quantities.")
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
        out.flush();
        return ExitCodes.OK;
    }
}
