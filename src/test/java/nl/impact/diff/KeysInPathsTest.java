package nl.impact.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.impact.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any key the reader accepts can be named in {@code impact diff} and {@code --set}: a key with
 * {@code [}, {@code ]}, {@code .}, spaces or quotes is written in double quotes
 * ({@code amounts."Zvw [NL]"}), and the diff and its attribution are those of a plain key.
 */
class KeysInPathsTest {

    private static final Path BASE = Path.of("src/test/resources/diff/base.yaml");
    private static final Path NEW = Path.of("src/test/resources/diff/new.yaml");

    @TempDir
    Path dir;

    @Test
    void aDomainKeyOfAnyShapeGivesTheDiffAndAttributionOfAPlainOne() throws Exception {
        Cli.Result plain = Cli.run("diff", BASE.toString(), NEW.toString());
        assertThat(plain.exitCode()).as(plain.err()).isEqualTo(3);
        // Three groups share the change: the clients, the Zvw amount and the coach's budget.
        assertThat(plain.out()).contains("(Shapley values over 3 input groups)");
        // Each key, and how a path writes it.
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("Zvw [NL]", "\"Zvw [NL]\"");
        keys.put("Zvw.NL", "\"Zvw.NL\"");
        keys.put("say \"hi\"", "\"say \\\"hi\\\"\"");
        keys.put(" Zvw ", "\" Zvw \"");
        keys.put("a]b=c", "\"a]b=c\"");
        keys.put("back\\slash", "\"back\\\\slash\"");
        for (Map.Entry<String, String> entry : keys.entrySet()) {
            String key = entry.getKey();
            String quoted = entry.getValue();
            Path base = renamed(BASE, key, "base.yaml");
            Path now = renamed(NEW, key, "new.yaml");
            Cli.Result diff = Cli.run("diff", base.toString(), now.toString());
            assertThat(diff.exitCode()).as(key + ": " + diff.err()).isEqualTo(3);
            // A path quotes the key; a label shows it as written.
            assertThat(diff.out()).as(key).isEqualTo(plain.out()
                    .replace("amounts.Zvw", "amounts." + quoted).replace("saving (Zvw)", "saving (" + key + ")")
                    .replace(BASE.toString(), base.toString()).replace(NEW.toString(), now.toString()));

            String set = "kernaanpakken.k.effects[0].amounts." + quoted + ".value=1500";
            Cli.Result whatIf = Cli.run("diff", base.toString(), "--set", set);
            assertThat(whatIf.exitCode()).as(key + ": " + whatIf.err()).isEqualTo(3);
            assertThat(whatIf.out()).contains("changed kernaanpakken.k.effects[0].amounts." + quoted
                    + ".value: 1000 -> 1500  [source: test -> override: --set " + set + "]");
            Cli.Result domain = Cli.run("validate", base.toString(), "--set", "domains." + quoted + "={financier: zorgverzekeraar, law: Zorgverzekeringswet}");
            assertThat(domain.exitCode()).as(key + ": " + domain.err()).isZero();
        }
    }

    @Test
    void aProblemInsideAQuotedKeyIsNamedByItsPath() throws Exception {
        Path base = renamed(BASE, "Zvw [NL]", "base.yaml");
        Cli.Result bad = Cli.run("validate", base.toString(), "--set",
                "kernaanpakken.k.effects[0].amounts.\"Zvw [NL]\"={value: veel, source: test}");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("error: --set kernaanpakken.k.effects[0].amounts.\"Zvw [NL]\"={value: veel, "
                + "source: test}: kernaanpakken.k.effects[0].amounts.\"Zvw [NL]\".value: expected a number, got text 'veel'");
        Cli.Result unquoted = Cli.run("validate", base.toString(), "--set", "domains.Zvw [NL].financier=x");
        assertThat(unquoted.exitCode()).isEqualTo(2);
        assertThat(unquoted.err()).contains("error: --set domains.Zvw [NL].financier=x: expected a path such as "
                + "kernaanpakken.welzijn-op-recept.clientenPerFte.value (a key with . [ ] \" \\ = or spaces at its ends "
                + "in double quotes: domains.\"Zvw [NL]\".financier)");
        Cli.Result open = Cli.run("validate", base.toString(), "--set", "domains.\"Zvw [NL].financier=x");
        assertThat(open.exitCode()).isEqualTo(2);
        assertThat(open.err()).contains("a key in double quotes without its closing quote");
    }

    /** The scenario with its domain Zvw renamed to {@code key}, written as a YAML double-quoted key. */
    private Path renamed(Path scenario, String key, String name) throws Exception {
        String yamlKey = "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\":";
        Path dirFor = Files.createDirectories(dir.resolve(Integer.toHexString(key.hashCode())));
        Path file = dirFor.resolve(name);
        Files.writeString(file, Files.readString(scenario).replace("Zvw:", yamlKey));
        return file;
    }
}
