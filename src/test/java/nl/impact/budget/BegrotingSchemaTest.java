package nl.impact.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The printed schema knows the begroting: editors complete it and flag what the reader rejects. */
class BegrotingSchemaTest {

    static JsonSchema schema;

    @BeforeAll
    static void load() throws Exception {
        Cli.Result result = Cli.run("schema");
        assertThat(result.exitCode()).isZero();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(result.out()));
    }

    private static Set<ValidationMessage> validate(String yaml) throws Exception {
        JsonNode node = new YAMLMapper().readTree(yaml);
        return schema.validate(node);
    }

    @Test
    void theSmallScenarioWithADiscountRateIsValid() throws Exception {
        assertThat(validate(Fixtures.small() + "discountRate: {value: 0.03, assumption: test}\n")).isEmpty();
        assertThat(validate(Fixtures.small() + "discountRate: 0.03\n")).isEmpty();
    }

    @Test
    void anUnknownCategoryIsFlagged() throws Exception {
        assertThat(validate(Fixtures.smallWith("category: other", "category: overig")))
                .extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("category"));
    }

    @Test
    void anAmountBesideAQuantityIsFlagged() throws Exception {
        assertThat(validate(Fixtures.smallWith("      quantity: fte\n",
                "      quantity: fte\n      amount: {value: 1, source: x}\n"))).isNotEmpty();
    }

    @Test
    void anUnknownKeyInALineIsFlagged() throws Exception {
        assertThat(validate(Fixtures.smallWith("post: Coaches", "post: Coaches\n      pots: x")))
                .extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("pots"));
    }
}
