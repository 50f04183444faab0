package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One corpus of valid and invalid scenarios (src/test/resources/schema-corpus, the cookbook and the
 * shipped scenarios), judged by the reader ({@code impact validate}) and by the JSON Schema through
 * another validator (networknt). They must agree, except where the schema cannot express a check:
 * those files are listed in {@link #KNOWN} with the reason, and must really differ.
 */
class SchemaAgreementTest {

    /** Files the reader refuses and the schema accepts, and why the schema cannot see it. */
    static final Map<String, String> KNOWN = Map.of(
            "invalid-unknown-per-name.yaml", "a cross-reference: 'per' must name a parameter or quantity",
            "invalid-formula-unknown-name.yaml", "a cross-reference: a formula's names must exist",
            "invalid-unknown-domain.yaml", "a cross-reference: an amount's domain must be declared",
            "invalid-expected-outside-band.yaml", "a relation between numbers: min <= expected <= max",
            "invalid-citation-unknown-document.yaml", "a cross-reference: a citation's document must be declared",
            "invalid-tranches-over-begroting.yaml", "a relation between numbers: a line's tranches at most its begroting");

    static JsonSchema schema;

    @BeforeAll
    static void schema() throws IOException {
        Cli.Result result = Cli.run("schema");
        assertThat(result.exitCode()).isZero();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(result.out()));
    }

    static Stream<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("src/test/resources/schema-corpus", "src/test/resources/cookbook", "scenarios")) {
            try (Stream<Path> list = Files.list(Path.of(folder))) {
                list.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(20);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void readerAndSchemaAgree(Path file) throws IOException {
        Cli.Result validate = Cli.run("validate", file.toString());
        boolean reader = validate.exitCode() == 0;
        JsonNode document = new YAMLMapper().readTree(Files.readString(file));
        var messages = schema.validate(document);
        boolean bySchema = messages.isEmpty();
        String name = file.getFileName().toString();
        if (name.startsWith("invalid-")) {
            assertThat(reader).as("the reader refuses %s", name).isFalse();
        } else {
            assertThat(reader).as("the reader accepts %s: %s", name, validate.err()).isTrue();
        }
        if (KNOWN.containsKey(name)) {
            assertThat(bySchema).as("known difference %s (%s) still differs", name, KNOWN.get(name)).isTrue();
        } else {
            assertThat(bySchema).as("the schema agrees with the reader on %s: %s", name, messages).isEqualTo(reader);
        }
    }
}
