package nl.impact.scenario;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A YAML syntax error in plain words, at the line where the mistake most likely is. The parser
 * names what it expected in its own terms ("expected &lt;block end&gt;, but found '&lt;block mapping
 * start&gt;'") and often where it noticed, not where the writer slipped: a key without its ':' is
 * noticed on the next line. The common mistakes are recognised from the parser's finding and the
 * lines around it: a tab, a line indented to no map's column, a key without ':' or without a space
 * after it, a ':' inside a value, a quote or bracket not closed.
 */
final class YamlMistakes {

    /** Where the mistake is and what it is, in words for the writer. */
    record Explained(int line, int column, String message) {
    }

    /** A key as it starts a line: up to its ':' and the space or line end after it. */
    private static final Pattern KEY_LINE = Pattern.compile(
            "(- +)?([^\\s#:'\"{}\\[\\],&*!|>%@`-][^:#]*?|\"[^\"]*\"|'[^']*'):( |$)");
    /** A key written against its value: {@code value:135}. */
    private static final Pattern NO_SPACE = Pattern.compile("(- +)?([A-Za-z0-9_][A-Za-z0-9_ -]*):([^\\s/:][^:]*)");
    /** A block scalar's indicator at the end of a key's line: its lines below are text, not keys. */
    private static final Pattern BLOCK_SCALAR = Pattern.compile(".*:\\s+[|>][-+0-9]*\\s*(#.*)?");
    private static final int QUOTED = 40;
    private static final String GENERIC = "the YAML is not valid here (look at this line and the one before)";

    private final String text;
    private final SourceLines lines;

    YamlMistakes(String text, SourceLines lines) {
        this.text = text;
        this.lines = lines;
    }

    Explained explain(MarkedYAMLException e) {
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        try {
            return recognise(e);
        } catch (RuntimeException unforeseen) {
            // Reading the lines around is a guess; a guess that fails still gives the parser's place.
            return new Explained(at == null ? 1 : at.getLine() + 1, at == null ? 1 : at.getColumn() + 1, GENERIC);
        }
    }

    private Explained recognise(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = at == null ? 1 : at.getLine() + 1;
        int column = at == null ? 1 : at.getColumn() + 1;
        Mark from = e.getContextMark();
        int fromLine = from == null ? line : from.getLine() + 1;
        int fromColumn = from == null ? column : from.getColumn() + 1;

        if (problem.contains("(TAB)")) {
            return new Explained(line, column, "a tab: YAML indents, and separates a key from its value, with "
                    + "spaces only; replace the tab with spaces");
        }
        if (problem.startsWith("found character") && problem.contains("cannot start any token")) {
            String c = lines.from(line, column).isEmpty() ? "this character" : "'" + lines.from(line, column)
                    .substring(0, lines.from(line, column).offsetByCodePoints(0, 1)) + "'";
            return new Explained(line, column, c + " cannot start a value: put the value in quotes");
        }
        if (context.contains("quoted scalar")) {
            String quote = first(fromLine, fromColumn);
            if (problem.contains("end of stream")) {
                return new Explained(fromLine, fromColumn, "this quote (" + quote + ") is never closed: end the "
                        + "text with " + quote + " on this line");
            }
            if (problem.contains("escape")) {
                return new Explained(line, column, "an unknown escape after '\\' between double quotes: write "
                        + "'\\\\' for a backslash, or put the text between single quotes");
            }
        }
        Explained runOn = quoteRunningOn(line);
        if (runOn != null) {
            return runOn;
        }
        if (context.contains("flow mapping") || context.contains("flow sequence")) {
            return flow(problem, line, column, fromLine, fromColumn, context.contains("flow mapping"));
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return colon(line, column);
        }
        if (problem.startsWith("could not find expected ':'")) {
            return new Explained(fromLine, fromColumn, "'" + cut(lines.from(fromLine, fromColumn).strip())
                    + "' has no ':' after it: a key ends in ':' ('key: value'), and a text that goes on from the "
                    + "line above is indented under its key");
        }
        if (problem.startsWith("expected <block end>, but found")) {
            return blockEnd(problem, line, column);
        }
        if (context.contains("block scalar")) {
            return new Explained(line, column, "text after '|' or '>' on its line: a block of text starts on the next "
                    + "line, indented; a value that starts with '|' or '>' goes in quotes");
        }
        if (context.contains("scanning a tag")) {
            return new Explained(line, column, "a value that starts with '!' goes in quotes");
        }
        if (context.contains("scanning an alias") || context.contains("scanning an anchor")) {
            return new Explained(line, column, "a value that starts with '&' or '*' goes in quotes");
        }
        if (problem.startsWith("expected the node content, but found")) {
            return new Explained(line, column, "a value is missing before " + found(problem) + ": give the value, or "
                    + "put a value that holds " + found(problem) + " in quotes");
        }
        if (problem.contains("undefined alias")) {
            return new Explained(line, column, "an alias ('*') with no anchor ('&') of that name before it: put "
                    + "the value in quotes if the '*' is part of it");
        }
        return new Explained(line, column, GENERIC);
    }

    /** A bracket not closed, or two entries without a ',' between them. */
    private Explained flow(String problem, int line, int column, int fromLine, int fromColumn, boolean map) {
        String open = map ? "{" : "[";
        String close = map ? "}" : "]";
        String what = map ? "map" : "list";
        if (problem.contains("<stream end>") || line > fromLine) {
            return new Explained(fromLine, fromColumn, "this '" + open + "' is not closed" + (line > fromLine
                    && !problem.contains("<stream end>") ? " on its line" : "") + ": end the " + what + " with '"
                    + close + "'");
        }
        if (problem.endsWith("got :")) {
            return new Explained(line, column, "a ':' where a ',' or '" + close + "' should be: put ', ' between two "
                    + "entries, or quotes around a value that holds ': '");
        }
        return new Explained(line, column, "expected ',' between two " + (map ? "entries" : "items") + " or '" + close
                + "' to end the " + what + " here");
    }

    /**
     * A ':' and a space where no key can start. Either the line's own key follows a line whose text
     * runs on (a key without ':', a key with no space after ':', or a line indented deeper than its
     * key so that it continues the value above), or a value holds ': '.
     */
    private Explained colon(int line, int column) {
        String here = lines.line(line);
        int indent = indent(here);
        int offset = Math.max(indent, Math.min(here.length(), lines.offset(line, column) - lineStart(line)));
        String before = here.substring(indent, offset).replaceFirst("^- +", "");
        if (!before.contains(": ")) {
            int previous = previousContent(line);
            if (previous > 0) {
                String above = lines.line(previous);
                String content = above.strip().replaceFirst("^- +", "");
                Matcher noSpace = NO_SPACE.matcher(content);
                if (!hasKeyColon(content) && noSpace.matches()) {
                    int at = above.indexOf(noSpace.group(2) + ":") + noSpace.group(2).length() + 1;
                    return new Explained(previous, columnOf(above, at) + 1, "no space after ':': write '"
                            + cut(noSpace.group(2) + ": " + noSpace.group(3).strip()) + "' (a key's ':' is followed "
                            + "by a space)");
                }
                if (!hasKeyColon(content) && !content.endsWith(":")) {
                    int end = above.stripTrailing().length();
                    int space = content.indexOf(' ');
                    String advice = space > 0 ? "'" + cut(content.substring(0, space) + ": "
                            + content.substring(space + 1).strip()) + "'" : "'" + cut(content) + ":'";
                    return new Explained(previous, columnOf(above, end) + 1, "'" + cut(content) + "' has no ':', so "
                            + "line " + line + " cannot start a key: a key ends in ':' followed by a space (" + advice
                            + ")");
                }
                int aboveIndent = indent(above) + (above.strip().startsWith("- ") ? dashWidth(above) : 0);
                if (indent > aboveIndent) {
                    String key = key(above);
                    return new Explained(line, indent + 1, "'" + cut(key(here)) + "' is indented more than '"
                            + cut(key) + "' on line " + previous + ", so it reads as more of that key's value: start "
                            + "it in column " + (aboveIndent + 1) + ", as '" + cut(key) + "' (or put a text that "
                            + "holds ': ' in quotes)");
                }
            }
            return new Explained(line, column, "a ':' where no key can start: a key starts in the column of the "
                    + "other keys of its map");
        }
        int colonAt = here.indexOf(": ", indent);
        String key = here.substring(indent, colonAt).replaceFirst("^- +", "");
        String value = here.substring(colonAt + 2).strip();
        return new Explained(line, column, "a ': ' inside a value: put the value in quotes (" + cut(key) + ": \""
                + cut(value.replace("\"", "\\\"")) + "\")");
    }

    /** The parser expected the end of a map or list and found something else on a line. */
    private Explained blockEnd(String problem, int line, int column) {
        String here = lines.line(line);
        String content = here.strip();
        if (problem.endsWith("'<block mapping start>'") || problem.endsWith("'<block sequence start>'")) {
            return indentation(line, here);
        }
        if (problem.endsWith("'-'")) {
            return new Explained(line, column, "a list item ('- ') where a map's keys are: indent it under the key "
                    + "whose list it is");
        }
        if (problem.endsWith("'?'")) {
            if (content.startsWith("-") && content.length() > 1 && !Character.isWhitespace(content.charAt(1))) {
                return new Explained(line, column, "a '-' without a space after it: a list item is '- ' and its "
                        + "value ('- " + cut(content.substring(1)) + "')");
            }
            return new Explained(line, column, "a key where a list's items are: start it with '- ', or indent it "
                    + "under the item it belongs to");
        }
        if (problem.endsWith("','") || problem.endsWith("':'")) {
            return new Explained(line, column, "a " + found(problem) + " where a key should start: put a value that "
                    + "holds " + found(problem) + " in quotes, or start the key on a line of its own");
        }
        if (problem.endsWith("'}'") || problem.endsWith("']'")) {
            String c = problem.substring(problem.length() - 2, problem.length() - 1);
            return new Explained(line, column, "a '" + c + "' that closes nothing: remove it, or add the '"
                    + (c.equals("}") ? "{" : "[") + "' it belongs to");
        }
        if (problem.endsWith("'<scalar>'")) {
            if (column - 1 > indent(here)) {
                return new Explained(line, column, "more text after the value on this line: put the whole value in "
                        + "quotes");
            }
            int previous = previousContent(line);
            if (previous > 0 && indent(lines.line(previous)) > indent(here)) {
                return new Explained(line, column, "this line is indented less than line " + previous + " above it: if "
                        + "it goes on with that text, indent it to column " + (indent(lines.line(previous)) + 1)
                        + "; if it is a key, end the key with ':'");
            }
            return new Explained(line, column, "'" + cut(content) + "' stands where a key is expected but has no "
                    + "':' after it: a key ends in ':' ('key: value'), and a text that goes on from the line above is "
                    + "indented under its key");
        }
        return new Explained(line, column, GENERIC);
    }

    /** A line that starts in a column where no map above it has its keys. */
    private Explained indentation(int line, String here) {
        int indent = indent(here);
        List<String> columns = new ArrayList<>();
        int limit = Integer.MAX_VALUE;
        List<int[]> found = new ArrayList<>();
        for (int n = line - 1; n >= 1 && limit > 0; n--) {
            String above = lines.line(n);
            if (above.isBlank() || above.strip().startsWith("#")) {
                continue;
            }
            int i = indent(above);
            if (i >= limit) {
                continue;
            }
            if (BLOCK_SCALAR.matcher(above).matches()) {
                // The lines below a '|' or '>' are its text, not keys.
                found.removeIf(f -> f[0] > i);
            }
            if (above.strip().startsWith("- ")) {
                found.add(new int[] {i + dashWidth(above), n});
            }
            found.add(new int[] {i, n});
            limit = i;
        }
        java.util.Set<Integer> named = new java.util.HashSet<>();
        for (int[] f : found) {
            if (f[0] != indent && named.add(f[0])) {
                String above = lines.line(f[1]);
                String at = above.substring(Math.min(f[0], above.length()));
                columns.add((f[0] + 1) + " (as " + (at.startsWith("- ") ? "the '-' of" : "'" + cut(key(at)) + "',")
                        + " line " + f[1] + ")");
            }
        }
        String options = columns.isEmpty() ? "1" : columns.size() == 1 ? columns.get(0)
                : String.join(", ", columns.subList(0, columns.size() - 1)) + " or " + columns.get(columns.size() - 1);
        return new Explained(line, indent + 1, "'" + cut(key(here)) + "' starts in column " + (indent + 1)
                + ", where no map above it has its keys: start it in the column of the keys it belongs with, "
                + options);
    }

    /**
     * A text in quotes that runs on over lines before the parser gave up: its closing quote is most
     * likely missing on the line it starts on. Found by reading the events up to the error again.
     */
    private Explained quoteRunningOn(int errorLine) {
        ScalarEvent last = null;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(text.length() + 1, 3 * 1024 * 1024));
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                if (event instanceof ScalarEvent scalar) {
                    last = scalar;
                }
            }
        } catch (YAMLException e) {
            // The same error again: what matters is the last value read before it.
        }
        if (last == null || last.getScalarStyle() != DumperOptions.ScalarStyle.DOUBLE_QUOTED
                && last.getScalarStyle() != DumperOptions.ScalarStyle.SINGLE_QUOTED) {
            return null;
        }
        int start = last.getStartMark().getLine() + 1;
        int end = last.getEndMark().getLine() + 1;
        if (end == start || errorLine < end) {
            return null;
        }
        String quote = last.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED ? "\"" : "'";
        return new Explained(start, last.getStartMark().getColumn() + 1, "the text in quotes that starts here runs on "
                + "to line " + end + ": end it with " + quote + " on this line");
    }

    /** What the parser found, as it quotes it at the end of its problem: {@code ','}. */
    private static String found(String problem) {
        int quote = problem.lastIndexOf('\'', problem.length() - 2);
        return quote >= 0 && problem.endsWith("'") ? problem.substring(quote) : "this";
    }

    /** Whether a line's content is a key followed by ': ' or by the line's end. */
    private static boolean hasKeyColon(String content) {
        return KEY_LINE.matcher(content).lookingAt();
    }

    /** The key a line starts with, or its first words. */
    private static String key(String line) {
        String content = line.strip().replaceFirst("^- +", "");
        int colon = content.indexOf(':');
        return colon > 0 ? content.substring(0, colon) : content;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** How far a list item's content stands from its '-': 2 for "- key". */
    private static int dashWidth(String line) {
        int i = indent(line) + 1;
        int width = 1;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
            width++;
        }
        return width;
    }

    /** The nearest line above {@code line} that holds more than blanks or a comment; 0 when none. */
    private int previousContent(int line) {
        for (int n = line - 1; n >= 1; n--) {
            String above = lines.line(n);
            if (!above.isBlank() && !above.strip().startsWith("#")) {
                return n;
            }
        }
        return 0;
    }

    private int lineStart(int line) {
        return lines.offset(line, 1);
    }

    /** The 1-based column of a UTF-16 index in a line, less one. */
    private static int columnOf(String line, int index) {
        return line.codePointCount(0, Math.min(index, line.length()));
    }

    private String first(int line, int column) {
        String rest = lines.from(line, column);
        return rest.isEmpty() ? "\"" : rest.substring(0, rest.offsetByCodePoints(0, 1));
    }

    private static String cut(String text) {
        return text.length() <= QUOTED ? text : text.substring(0, text.offsetByCodePoints(0, QUOTED - 3)) + "...";
    }
}
