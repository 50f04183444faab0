package nl.impact.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownText} against a GFM parser (tables, autolinks of URLs, e-mail addresses and www): every
 * text and every pair of punctuation characters shows as it is, in a table cell and in running text,
 * as nothing but text; code spans hold any run of backticks and pipes.
 */
class MarkdownTextTest {

    private static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create(),
            AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.EMAIL, AutolinkType.WWW).build()))
            .build();

    /** All of ASCII's punctuation, a space, and letters and digits that start links (www, GH-1). */
    private static final String SPECIAL = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ wWgGhH1";

    @Test
    void everyPairOfSpecialCharactersShowsAsItIsAndAsTextOnly() {
        for (char a : SPECIAL.toCharArray()) {
            for (char b : SPECIAL.toCharArray()) {
                String text = "x" + a + b + "y";
                assertThat(inCell(MarkdownText.text(text))).as(text).isEqualTo(text);
                assertThat(inParagraph(MarkdownText.text(text))).as(text).isEqualTo(text);
            }
        }
    }

    @Test
    void knownAttacksShowAsTheirText() {
        for (String text : List.of("![x](https://evil.example/x.png)", "[a](http://evil.example)", "<b>x</b>",
                "<!-- x", "<http://evil.example>", "https://evil.example/a?b=c&d=e", "www.evil.example",
                "WWW.EVIL.EXAMPLE", "me@evil.example", "mailto:me@evil.example", "@octocat", "@org/team", "#12",
                "owner/repo#12", "GH-12", "&amp; &#64; &lt;", "*a* _b_ **c** ~~d~~", "`code` ``x``", "a | b \\| c",
                "\\", "x\\", "$x^2$", ":smile:", "[^1]", "1. item", "# heading", "> quote", "- item", "===", "---")) {
            assertThat(inCell(MarkdownText.text(text))).as(text).isEqualTo(text);
            assertThat(inParagraph(MarkdownText.text(text))).as(text).isEqualTo(text);
        }
    }

    @Test
    void lineBreaksAndTabsBecomeSpacesAndControlCharactersShowEscaped() {
        assertThat(inCell(MarkdownText.text("a\nb\r\nc\td\u001B[31m"))).isEqualTo("a b c d\\u001B[31m");
        assertThat(MarkdownText.text("a\n| --- |\nb")).doesNotContain("\n");
    }

    @Test
    void aCodeSpanHoldsAnyBackticksAndPipes() {
        for (String text : List.of("a", "`a", "a`", "``", "`", "a``b`c", " a ", "a | b", "a \\| b", "|", "\\|",
                "`|`", "x <b>@octocat</b> https://evil.example")) {
            assertThat(codeInCell(MarkdownText.codeCell(text))).as(text).isEqualTo(text);
            assertThat(codeInParagraph(MarkdownText.code(text))).as(text).isEqualTo(text);
        }
    }

    /** The visible text of the one cell of a table's body row, which must be text only. */
    private static String inCell(String markdown) {
        Node body = body("| h |\n|---|\n| " + markdown + " |\n");
        assertThat(body.getFirstChild().getFirstChild().getNext()).as("one cell").isNull();
        return textOnly(body.getFirstChild().getFirstChild());
    }

    private static String inParagraph(String markdown) {
        Node paragraph = GFM.parse("a " + markdown + " z\n").getFirstChild();
        assertThat(paragraph).isInstanceOf(Paragraph.class);
        assertThat(paragraph.getNext()).isNull();
        String text = textOnly(paragraph);
        assertThat(text).startsWith("a ").endsWith(" z");
        return text.substring(2, text.length() - 2);
    }

    private static String codeInCell(String markdown) {
        Node cell = body("| h |\n|---|\n| " + markdown + " |\n").getFirstChild().getFirstChild();
        assertThat(cell.getNext()).as("one cell").isNull();
        return onlyCode(cell);
    }

    private static String codeInParagraph(String markdown) {
        return onlyCode(GFM.parse(markdown + "\n").getFirstChild());
    }

    private static String onlyCode(Node parent) {
        assertThat(parent.getFirstChild()).isInstanceOf(Code.class);
        assertThat(parent.getFirstChild().getNext()).isNull();
        return ((Code) parent.getFirstChild()).getLiteral();
    }

    private static Node body(String markdown) {
        Node table = GFM.parse(markdown).getFirstChild();
        assertThat(table.getNext()).isNull();
        Node body = table.getLastChild();
        assertThat(body).isInstanceOf(TableBody.class);
        assertThat(body.getFirstChild().getNext()).as("one row").isNull();
        return body;
    }

    /** The text under {@code node}, which may hold text and the breaks, nothing else. */
    private static String textOnly(Node node) {
        StringBuilder s = new StringBuilder();
        List<String> others = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                s.append(text.getLiteral());
            } else if (!(child instanceof HtmlInline html && html.getLiteral().equals(MarkdownText.BREAK))) {
                others.add(child.toString());
            }
        }
        assertThat(others).as("nodes other than text in " + s).isEmpty();
        return s.toString();
    }
}
