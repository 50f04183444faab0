package nl.impact.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.impact.testing.Cli;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario text in {@code impact diff}'s outputs is shown, never obeyed: the markdown for a pull-request
 * comment, rendered as GitHub renders it (GFM tables and autolinks), has no link, image, HTML, mention or
 * broken table from a hostile scenario and still shows every name; the CSV never starts a formula with
 * text and keeps numbers numbers; the JSON holds any text.
 */
class DiffInjectionTest {

    private static final String NAME =
            "![x](https://evil.example/x.png) <img src=x onerror=alert(1)> @octocat #12\nregel twee <!-- c";
    private static final String INSURER = "@org/team <b>vet</b> www.evil.example ``x`` a|b";
    private static final String MUNICIPALITY =
            "mail me@evil.example: https://evil.example/p?q=1&r=2 [l](http://evil.example/l) \\| *em* _u_ GH-7";
    private static final String DOMAIN = "Zvw <i>x</i> @octocat | y `t`";
    private static final String KPI =
            "KPI <u>u</u> ![k](https://evil.example/k.png) <http://evil.example/auto> @octocat/team :smile:";
    private static final String NAME_BEFORE = "Kernaanpak <script>alert(1)</script> &amp; &#64;x \"q\"";
    private static final String NAME_AFTER =
            "[click](javascript:alert(1)) <!-- x --> WWW.Evil.example/a foo@bar.example";
    private static final String ASSUMPTION_BEFORE = "line\nbreak <!-- x";
    private static final String ASSUMPTION_AFTER = "new\n| --- |\n<img src=y> ``` fence\ttab";
    private static final String SOURCE = "see https://evil.example and @octocat owner/repo#3";

    /** What a reader of the comment must never be given: links of every kind GitHub makes, and emoji. */
    private static final List<Pattern> LINKABLE = List.of(Pattern.compile("@[A-Za-z0-9]"),
            Pattern.compile("#[0-9]"), Pattern.compile("(?i)www\\."), Pattern.compile("://"),
            Pattern.compile("(?i)\\bgh-[0-9]"), Pattern.compile(":[a-z_]+:"), Pattern.compile("(?i)mailto:"));

    @TempDir
    Path dir;

    @Test
    void thePullRequestCommentShowsHostileTextAndObeysNoneOfIt() throws IOException {
        Cli.Result diff = Cli.run("diff", write("before.yaml", scenario(false)).toString(),
                write("after.yaml", scenario(true)).toString(), "--format", "markdown");
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(3);
        Node document = gfm().parse(diff.out());
        String html = HtmlRenderer.builder().extensions(extensions()).build().render(document);

        assertInert(document, html);
        assertThat(visible(first(document, Heading.class))).isEqualTo("impact diff · " + shown(NAME));
        assertThat(visible(document)).contains("netto " + INSURER + " +130.000", "netto " + MUNICIPALITY + " +50.000");

        List<TableBlock> tables = all(document, TableBlock.class);
        assertThat(tables).hasSize(6);
        for (TableBlock table : tables.subList(0, 3)) {
            // baten ... break-even: a split name would push the ratio into the last column.
            assertThat(rows(table)).extracting(r -> r.get(0)).containsExactly(INSURER, MUNICIPALITY, "totaal");
            for (List<String> row : rows(table)) {
                assertThat(row).hasSize(8);
                assertThat(row.get(7)).matches("\\d{4}( → \\d{4})?|–");
            }
        }
        // Each part: the input's label (the kernaanpak's hostile name, shown as written), its path, the amount.
        assertThat(rows(tables.get(3))).allSatisfy(r -> assertThat(r.get(2)).matches("[+-][\\d.]+"));
        assertThat(rows(tables.get(3))).extracting(r -> r.get(0)).containsExactly(shown(NAME_AFTER), "Coach - bedrag");
        TableBlock inputs = tables.get(4);
        assertThat(rows(inputs)).extracting(r -> r.get(0)).containsOnly(shown(NAME_AFTER), "Coach - bedrag");
        assertThat(rows(inputs)).extracting(r -> r.get(2) + " -> " + r.get(3)).containsExactly(
                shown(NAME_BEFORE) + " -> " + shown(NAME_AFTER), "200 -> 300", "1000 -> 1200",
                shown(ASSUMPTION_BEFORE) + " -> " + shown(ASSUMPTION_AFTER), "150000 -> 200000");
        for (Node body : all(inputs, TableBody.class)) {
            for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                // The path is one code span, whole: its | and backticks neither split the cell nor end the span.
                Node path = row.getFirstChild().getNext().getFirstChild();
                assertThat(path).isInstanceOf(Code.class);
                assertThat(path.getNext()).isNull();
            }
        }
        assertThat(rows(inputs).get(2).get(1)).contains(DOMAIN);
        assertThat(rows(tables.get(5))).containsExactly(List.of(KPI, "2026", "binnen de band", "boven de band"));
    }

    @Test
    void aCommentWithoutChangeIsOneInertLine() throws IOException {
        Path scenario = write("same.yaml", scenario(false));
        Cli.Result diff = Cli.run("diff", scenario.toString(), scenario.toString(), "--format", "markdown");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).hasLineCount(1);
        Node document = gfm().parse(diff.out());
        assertInert(document, HtmlRenderer.builder().build().render(document));
        assertThat(visible(document)).isEqualTo("impact diff · " + shown(NAME) + ": geen wijziging in de uitkomsten.");
    }

    @Test
    void theCsvNeverStartsAFormulaWithTextAndKeepsNegativeAmountsNumbers() throws IOException {
        String before = Files.readString(Path.of("src/test/resources/diff/base.yaml"))
                .replace("value: 1000, source: test", "value: -1000, source: test")
                .replace("Wmo: {financier: gemeente}", "Wmo: {financier: \"-1+2 gemeente\"}");
        String after = before.replace("value: -1000, source: test", "value: -1200, source: test")
                .replace("name: Kernaanpak K", "name: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"")
                .replace("assumption: test", "assumption: \"\\t@SUM(1+1)\"")
                .replace("perYear: {2025: 150000, 2026: 150000}", "perYear: {2025: 150000, 2026: 140000}");
        Cli.Result diff = Cli.run("diff", write("before.yaml", before).toString(),
                write("after.yaml", after).toString(), "--format", "csv");
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(3);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(diff.out()))
                .getRecords();
        Map<String, CSVRecord> inputs = rows.stream().filter(r -> r.get("section").equals("input"))
                .collect(Collectors.toMap(r -> r.get("key"), r -> r));
        CSVRecord amount = inputs.get("kernaanpakken.k.effects[0].amounts.Zvw.value");
        assertThat(List.of(amount.get("before"), amount.get("after"))).containsExactly("-1000", "-1200");
        assertThat(inputs.get("kernaanpakken.k.name").get("after"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(inputs.get("kernaanpakken.k.effects[0].amounts.Wmo.assumption").get("after"))
                .isEqualTo("'\t@SUM(1+1)");
        assertThat(rows.stream()
                .filter(r -> r.get("section").equals("result") && r.get("dimension").equals("financier"))
                .map(r -> r.get("key")).distinct()).containsExactly("zorgverzekeraar", "'-1+2 gemeente");
        // Every number stays a number, negative ones included; no text cell starts a formula.
        for (CSVRecord r : rows) {
            for (String cell : r.values()) {
                assertThat(cell).as(r.toString()).matches("-?\\d+(\\.\\d+)?|[^=+\\-@\\t\\r].*|");
            }
        }
        assertThat(rows.stream().filter(r -> r.get("section").equals("result") && r.get("item").equals("investments")
                && r.get("key").equals("total") && r.get("variant").equals("expected")).map(r -> r.get("change")))
                .containsExactly("-10000.00");
    }

    @Test
    void theJsonHoldsAnyTextAsItIs() throws IOException {
        Cli.Result diff = Cli.run("diff", write("before.yaml", scenario(false)).toString(),
                write("after.yaml", scenario(true)).toString(), "--format", "json");
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(diff.out());
        assertThat(json.get("scenario").asText()).isEqualTo(NAME);
        List<String> values = new ArrayList<>();
        json.get("inputs").forEach(i -> values.add(i.get("before").asText() + " -> " + i.get("after").asText()));
        assertThat(values).contains(NAME_BEFORE + " -> " + NAME_AFTER, ASSUMPTION_BEFORE + " -> " + ASSUMPTION_AFTER);
        assertThat(json.get("inputs").get(0).get("label").asText()).isEqualTo(NAME_AFTER);
        assertThat(json.get("attribution").get("changes").get(0).get("parts").get(0).get("label").asText())
                .isEqualTo(NAME_AFTER);
        assertThat(json.get("kpiMoves").get(0).get("name").asText()).isEqualTo(KPI);
        List<String> financiers = new ArrayList<>();
        json.get("results").forEach(r -> financiers.add(r.get("key").asText()));
        assertThat(financiers).contains(INSURER, MUNICIPALITY);
    }

    /** No link, image or HTML from input, and no text that GitHub would still turn into a link. */
    private static void assertInert(Node document, String html) {
        assertThat(all(document, Link.class)).isEmpty();
        assertThat(all(document, Image.class)).isEmpty();
        assertThat(all(document, HtmlInline.class)).extracting(HtmlInline::getLiteral).allMatch(
                l -> l.equals("<sub>") || l.equals("</sub>") || l.equals("<wbr>"));
        assertThat(all(document, HtmlBlock.class)).extracting(HtmlBlock::getLiteral).allMatch(
                l -> l.matches("<details><summary>Gewijzigde invoer \\(\\d+\\)</summary>\n?|</details>\n?"));
        assertThat(html).doesNotContain("<a ", "<img", "<script", "<b>", "<i>", "<u>", "<!--", "<http");
        for (Text text : all(document, Text.class)) {
            for (Pattern p : LINKABLE) {
                assertThat(p.matcher(text.getLiteral()).find()).as(p + " in " + text.getLiteral()).isFalse();
            }
        }
    }

    private static Parser gfm() {
        return Parser.builder().extensions(extensions()).build();
    }

    private static List<Extension> extensions() {
        return List.of(org.commonmark.ext.gfm.tables.TablesExtension.create(), AutolinkExtension.builder()
                .linkTypes(AutolinkType.URL, AutolinkType.EMAIL, AutolinkType.WWW).build());
    }

    /** The body rows of a table, each as the visible text of its cells. */
    private static List<List<String>> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : all(table, TableRow.class)) {
            if (row.getParent() instanceof TableHead) {
                continue;
            }
            assertThat(row.getParent()).isInstanceOf(TableBody.class);
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(visible((TableCell) cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The text a reader sees. */
    private static String visible(Node node) {
        StringBuilder s = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                s.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                s.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                s.append('\n');
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (s.length() > 0) {
                    s.append('\n');
                }
                visitChildren(paragraph);
            }
        });
        return s.toString();
    }

    /** As the comment shows scenario text: on one line. */
    private static String shown(String text) {
        return text.replace('\n', ' ').replace('\t', ' ');
    }

    private static <T extends Node> T first(Node root, Class<T> type) {
        return all(root, type).get(0);
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, found);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String scenario(boolean after) {
        return String.join("\n",
                "name: " + yaml(NAME),
                "years: {first: 2025, last: 2026, effectsUntil: 2027}",
                "domains:",
                "  " + yaml(DOMAIN) + ": {financier: " + yaml(INSURER) + "}",
                "  Wmo: {financier: " + yaml(MUNICIPALITY) + "}",
                "kernaanpakken:",
                "  k:",
                "    name: " + yaml(after ? NAME_AFTER : NAME_BEFORE),
                "    calculator: formules",
                "    clients: {perYear: {2025: 100, 2026: " + (after ? 300 : 200) + "}, source: " + yaml(SOURCE) + "}",
                "    effects:",
                "      - name: saving",
                "        per: clients",
                "        timing: direct",
                "        amounts:",
                "          " + yaml(DOMAIN) + ": {value: " + (after ? 1200 : 1000) + ", source: test}",
                "          Wmo: {min: 400, max: 600, assumption: "
                        + yaml(after ? ASSUMPTION_AFTER : ASSUMPTION_BEFORE) + "}",
                "begroting:",
                "  lines:",
                "    coach:",
                "      post: Coach",
                "      kernaanpak: k",
                "      category: personnel",
                "      financier: " + yaml(INSURER),
                "      amount:",
                "        perYear: {2025: 150000, 2026: " + (after ? 200000 : 150000) + "}",
                "        source: test",
                "kpis:",
                "  kpi-1:",
                "    name: " + yaml(KPI),
                "    deelopgave: x",
                "    unit: euro",
                "    accumulation: per-year",
                "    direction: higher-is-better",
                "    target: {year: 2026, description: \"@octocat\", assumption: test}",
                "    band:",
                "      2025: {min: 0, max: 1000000, assumption: test}",
                "      2026: {min: 0, max: 120000, assumption: test}",
                "    calculator: domain-cost-reduction",
                "    domain: Wmo",
                "");
    }

    /** A YAML double-quoted scalar. */
    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
