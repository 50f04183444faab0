package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;

/** The schema that {@code impact schema} prints accepts the shipped scenarios and rejects what the reader rejects. */
class SchemaTest {

    private static JsonSchema schema() throws Exception {
        Cli.Result result = Cli.run("schema");
        assertThat(result.exitCode()).isZero();
        JsonNode node = new ObjectMapper().readTree(result.out());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    private static JsonNode yaml(String text) throws Exception {
        return new YAMLMapper().readTree(text);
    }

    @Test
    void shippedScenariosAreValid() throws Exception {
        JsonSchema schema = schema();
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertThat(schema.validate(yaml(Files.readString(file)))).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void unknownParameterAndMissingProvenanceAreRejected() throws Exception {
        String text = Files.readString(Path.of("scenarios/pluswijken.yaml"))
                .replace("    clientenPerFte:", "    clientsPerFte:")
                .replace("      source: {document: plan, section: \"3.b Beschrijving transformatie: Programmalijn 1\", line: 269, "
                        + "note: \"zes pilotwijken (hoofdstuk 6, Scope en fasering, noemt er vijf, regel 1962)\"}\n", "");
        Set<ValidationMessage> messages = schema().validate(yaml(text));
        assertThat(messages).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("clientsPerFte"))
                .anyMatch(m -> m.contains("pilotwijken"));
    }

    /**
     * The reserved keys come first in each calculator's list of allowed names, sorted: they are kept in a
     * {@code Set.of}, whose order changes from one JVM to the next, and the schema printed must not.
     */
    @Test
    void reservedNamesComeInOneOrderInEveryRun() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Cli.run("schema").out());
        int lists = 0;
        for (JsonNode names : schema.findValues("propertyNames")) {
            if (!names.has("enum")) {
                continue;
            }
            List<String> listed = new ArrayList<>();
            names.get("enum").forEach(name -> listed.add(name.asText()));
            Set<String> reserved = listed.contains("formulas") ? KernaanpakReader.RESERVED : KpiReader.RESERVED;
            assertThat(listed.subList(0, reserved.size())).as(listed.toString())
                    .containsExactlyElementsOf(reserved.stream().sorted().toList());
            lists++;
        }
        assertThat(lists).isGreaterThan(5);
    }

    @Test
    void calculatorIdsAreListed() throws Exception {
        assertThat(Cli.run("schema").out()).contains("\"welzijn-op-recept\"").contains("\"formules\"");
    }
}
