package nl.impact.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.File;
import java.util.Set;
import nl.impact.calc.CalculatorRegistry;
import nl.impact.scenario.ScenarioSchema;
import org.junit.jupiter.api.Test;

/** The JSON Schema for editors knows the kpis section and accepts both shipped scenarios. */
class KpiSchemaTest {

    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ScenarioSchema.generate(CalculatorRegistry.load()));

    @Test
    void bothShippedScenariosMatchTheSchema() throws Exception {
        for (String file : new String[] {"scenarios/pluswijken.yaml", "scenarios/regioplan-zuid-limburg.yaml"}) {
            Set<ValidationMessage> messages = schema.validate(new YAMLMapper().readTree(new File(file)));
            assertThat(messages).as(file).isEmpty();
        }
    }

    @Test
    void aKpiWithoutDirectionOrWithAnUnknownParameterDoesNot() throws Exception {
        JsonNode scenario = new YAMLMapper().readTree(new File("scenarios/pluswijken.yaml"));
        ObjectNode kpi = (ObjectNode) scenario.get("kpis").get("kpi-5-zvw-kosten");
        kpi.remove("direction");
        kpi.put("domein", "Zvw");
        assertThat(schema.validate(scenario)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("direction")).anyMatch(m -> m.contains("domein"));
    }
}
