package nl.impact.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import nl.impact.testing.Cli;
import nl.impact.testing.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party drops a jar on the class path and uses its calculator by name. The calculator's
 * source is compiled here, into a jar of its own, so the main code cannot know it.
 */
class ThirdPartyCalculatorTest {

    private static final String SOURCE = """
            package org.example.wijk;

            import java.util.List;
            import nl.impact.calc.KernaanpakCalculator;
            import nl.impact.calc.ParameterSpec;
            import nl.impact.calc.QuantitySpec;
            import nl.impact.model.ParameterKind;

            public final class Buurtcirkel implements KernaanpakCalculator {
                public String id() { return "buurtcirkel"; }
                public String description() { return "Buurtcirkels: residents supporting each other"; }
                public List<ParameterSpec> parameters() {
                    return List.of(
                        new ParameterSpec("cirkels", ParameterKind.COUNT, "cirkels", "circles running in the year"),
                        new ParameterSpec("deelnemersPerCirkel", ParameterKind.COUNT, "deelnemers", "participants per circle"));
                }
                public List<QuantitySpec> quantities() {
                    return List.of(new QuantitySpec("deelnemers", "deelnemers", "participants",
                        "cirkels * deelnemersPerCirkel"));
                }
            }
            """;

    private static final String SCENARIO = """
            name: Buurtcirkels
            years: {first: 2026, last: 2027}
            domains:
              Wmo: {financier: gemeente}
            kernaanpakken:
              buurtcirkels:
                calculator: buurtcirkel
                cirkels: {perYear: {2026: 3, 2027: 5}, assumption: test}
                deelnemersPerCirkel: {value: 12, assumption: test}
                effects:
                  - name: Minder individuele begeleiding
                    per: deelnemers
                    timing: direct
                    amounts:
                      Wmo: {value: 1000, assumption: test}
            """;

    @TempDir
    Path dir;

    @Test
    void aCalculatorInAnotherJarIsFoundAndUsedByName() throws Exception {
        Path jar = buildPluginJar();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, previous)) {
            assertThat(CalculatorRegistry.load(previous).find("buurtcirkel")).isEmpty();
            assertThat(CalculatorRegistry.load(loader).find("buurtcirkel")).isPresent();

            Thread.currentThread().setContextClassLoader(loader);
            Cli.Result list = Cli.run("calculators");
            assertThat(list.out()).contains("buurtcirkel  (org.example.wijk.Buurtcirkel)")
                    .contains("deelnemersPerCirkel").contains("deelnemers").contains("= cirkels * deelnemersPerCirkel");

            Path scenario = dir.resolve("buurtcirkels.yaml");
            Files.writeString(scenario, SCENARIO);
            Path out = dir.resolve("out");
            Cli.Result run = Cli.run("run", scenario.toString(), "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            Csv effects = Csv.read(out.resolve("effects.csv"));
            assertThat(effects.sum("expected", java.util.Map.of("year", "2027"))).isEqualByComparingTo("60000");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        // Without the jar the same scenario names an unknown calculator.
        Cli.Result without = Cli.run("validate", dir.resolve("buurtcirkels.yaml").toString());
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("unknown calculator 'buurtcirkel'");
    }

    private Path buildPluginJar() throws IOException {
        Path src = dir.resolve("src/org/example/wijk/Buurtcirkel.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), src.toString());
        assertThat(status).as("plugin compiles").isZero();
        Path jar = dir.resolve("buurtcirkel.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/nl.impact.calc.KernaanpakCalculator"));
            out.write("org.example.wijk.Buurtcirkel\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    copy(file, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static void copy(Path file, OutputStream out) throws IOException {
        out.write(Files.readAllBytes(file));
    }

    @Test
    void builtInsAreFoundThroughTheSameMechanism() {
        List<String> ids = CalculatorRegistry.load().all().stream().map(KernaanpakCalculator::id).toList();
        assertThat(ids).contains("doorbraakmethode", "kernteam-ouderen", "pluspraktijken", "welzijn-op-recept",
                "programmalijn-1", "formules");
    }
}
