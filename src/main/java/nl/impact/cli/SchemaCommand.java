package nl.impact.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints the JSON Schema of scenario files, for editors that complete and check them.",
        footerHeading = "%nExamples:%n",
        footer = {"  # a JSON Schema for editors to complete and check scenario files",
            "  impact schema > scenario.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(ScenarioSchema.generate(CalculatorRegistry.load()));
        spec.commandLine().getOut().println(json);
        return ExitCodes.OK;
    }
}
