package nl.impact.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import nl.impact.model.Limits;
import nl.impact.model.Paths;
import nl.impact.model.Printable;
import nl.impact.model.SourceMap;

/**
 * A YAML or JSON file parsed into a tree, with the line and column of every path and every
 * duplicated key reported. Numbers are read as exact decimals from their text.
 */
public record SourceDocument(Path file, JsonNode root, SourceMap sourceMap, Problems problems, InputFolders folders) {

    /** A document whose tables and workbooks may be read from its own folder and below only. */
    public SourceDocument(Path file, JsonNode root, SourceMap sourceMap, Problems problems) {
        this(file, root, sourceMap, problems, InputFolders.SCENARIO_ONLY);
    }

    public static SourceDocument read(Path file) throws InvalidInputException {
        return read(file, java.util.List.of());
    }

    /** The file's tree with the command line's {@code --set} overrides applied (see {@link Overrides}). */
    public static SourceDocument read(Path file, java.util.List<ScenarioOverride> overrides) throws InvalidInputException {
        return read(file, overrides, InputFolders.SCENARIO_ONLY);
    }

    /** The same, with the folders besides its own that the scenario's tables and workbooks may be read from. */
    public static SourceDocument read(Path file, java.util.List<ScenarioOverride> overrides, InputFolders folders)
            throws InvalidInputException {
        String name = file.toString();
        String text;
        try {
            text = InputFile.readText(file, Limits.MAX_FILE_BYTES, "scenario files",
                    "not UTF-8 text; save the file as UTF-8");
        } catch (InputRefused e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", e.getMessage()));
        }
        return parse(file, name, text, overrides, folders);
    }

    /**
     * This document with {@code overrides} applied as {@code --set} applies them to the file read
     * anew ({@link #read(Path, java.util.List, InputFolders)}), without reading or parsing the text
     * again: the tree and the source map are copied, this document stays as it is. For a document
     * no reader has read yet (a reader adds its problems to the document's).
     */
    public SourceDocument withOverrides(java.util.List<ScenarioOverride> overrides) throws InvalidInputException {
        JsonNode copy = root.deepCopy();
        SourceMap map = sourceMap.copy();
        if (!overrides.isEmpty()) {
            boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
            Overrides.apply(copy, overrides, json ? yamlMapper() : exactMapper(false), map);
        }
        return new SourceDocument(file, copy, map, problems.copy(map), folders);
    }

    /**
     * A document from text read elsewhere (a file's version at a git revision), named {@code name} in
     * messages; {@code file} is the path it stands for.
     */
    public static SourceDocument parse(Path file, String name, String text, java.util.List<ScenarioOverride> overrides)
            throws InvalidInputException {
        return parse(file, name, text, overrides, InputFolders.SCENARIO_ONLY);
    }

    /**
     * The same, with the folders the scenario's tables and workbooks may be read from. Until the text
     * shows itself a scenario (a map with at least one of a scenario's top-level keys), no message
     * quotes any of it: a file named by mistake, or on purpose ({@code impact validate ~/.netrc}, a
     * symbolic link in a pull request), gets the place of its first problem and nothing of its text.
     */
    public static SourceDocument parse(Path file, String name, String text, java.util.List<ScenarioOverride> overrides,
            InputFolders folders) throws InvalidInputException {
        boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        ObjectMapper mapper = exactMapper(json);
        JsonFactory factory = json ? new JsonFactory() : yamlFactory();
        SourceMap sourceMap = new SourceMap();
        Problems problems = new Problems(name, sourceMap);
        Recognition recognition = new Recognition();
        try {
            if (text.length() > Limits.MAX_FILE_BYTES) {
                throw InvalidInputException.of(new Problem(name, 0, 0, "", "a text of " + text.length()
                        + " characters; the limit on scenario files is " + Limits.MAX_FILE_BYTES + " bytes"));
            }
            index(factory, text, sourceMap, problems, recognition);
            if (!recognition.scenario) {
                throw InvalidInputException.of(notAScenario(name, recognition));
            }
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw InvalidInputException.of(new Problem(name, 1, 1, "", "the file is empty"));
            }
            if (!overrides.isEmpty()) {
                Overrides.apply(root, overrides, json ? yamlMapper() : mapper, sourceMap);
            }
            return new SourceDocument(file, root, sourceMap, problems, folders);
        } catch (JsonProcessingException e) {
            if (!recognition.scenario) {
                // Not known to be a scenario: where the text stops being YAML, not what the parser saw there.
                Problem at = syntaxProblem(name, json, e, text, false);
                throw InvalidInputException.of(new Problem(name, at.line(), at.column(), "", "not a scenario: not "
                        + "valid " + (json ? "JSON" : "YAML") + " here, before any of a scenario's keys (its text "
                        + "is not shown)"));
            }
            throw InvalidInputException.of(syntaxProblem(name, json, e, text, true));
        } catch (IOException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "cannot be read"));
        }
    }

    /** The mapper that reads the file: numbers as exact decimals from their text. */
    private static ObjectMapper exactMapper(boolean json) {
        ObjectMapper mapper = (json ? JsonMapper.builder() : YAMLMapper.builder(yamlFactory()))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        mapper.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        return mapper;
    }

    /** A document that is no scenario: empty, or text or a list or a map without a scenario's keys. */
    private static Problem notAScenario(String name, Recognition recognition) {
        if (!recognition.anything) {
            return new Problem(name, 1, 1, "", "the file is empty");
        }
        return new Problem(name, 1, 1, "", "not a scenario: expected a map with name, years, domains and "
                + "kernaanpakken, and found none of a scenario's keys (its text is not shown)");
    }

    /** What the streaming pass learnt about the document before any message may quote it. */
    private static final class Recognition {
        /** A token was read: the document is not empty. */
        boolean anything;
        /** The root is a map with at least one key a scenario has. */
        boolean scenario;
    }

    /**
     * A YAML factory that reads every file within {@link Limits#MAX_FILE_BYTES}: SnakeYAML's own
     * default limit of 3 M code points (about 2,800 kernaanpakken) would refuse some first.
     */
    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.toIntExact(Limits.MAX_FILE_BYTES));
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    /** Values on the command line are YAML whatever the file is, read as exactly as the file. */
    private static ObjectMapper yamlMapper() {
        ObjectMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        mapper.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        return mapper;
    }

    /**
     * A syntax error where the mistake is, in plain words ({@link YamlMistakes}), with the line shown
     * when {@code shown}: SnakeYAML marks the offending character itself, while Jackson's location is
     * that of the last token it read.
     */
    private static Problem syntaxProblem(String name, boolean json, JsonProcessingException e, String text,
            boolean shown) {
        SourceLines lines = new SourceLines(text, !json);
        if (!shown && e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            // Not known to be a scenario: the parser's place, and no reading of the text around it.
            return new Problem(name, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1, "",
                    "not valid YAML");
        }
        if (e.getCause() instanceof MarkedYAMLException yaml
                && (yaml.getProblemMark() != null || yaml.getContextMark() != null)) {
            YamlMistakes.Explained why = new YamlMistakes(text, lines).explain(yaml);
            return new Problem(name, why.line(), why.column(), "", "not valid YAML: " + why.message(),
                    lines.excerpt(why.line(), why.column()));
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        // Jackson's own YAML messages name the parser's events: said in plain words instead.
        String why = json ? e.getOriginalMessage()
                : String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")
                ? "a map or list where a key should be: a key is a text, such as 'name'"
                : "the YAML is not valid here (look at this line and the one before)";
        return new Problem(name, line, at == null ? 0 : at.getColumnNr(), "", "not valid " + (json ? "JSON" : "YAML")
                + ": " + why, shown && line > 0 ? lines.excerpt(line, at.getColumnNr()) : null);
    }

    /** One streaming pass that records where every path starts and finds duplicated keys. */
    private static void index(JsonFactory factory, String text, SourceMap sourceMap, Problems problems,
            Recognition recognition) throws IOException, InvalidInputException {
        index(factory, text, sourceMap, problems, "", 0, recognition);
    }

    /**
     * The pass over a document, or over a {@code --set} value that will stand at {@code root}, a path of
     * {@code depth} steps: each key and text through the {@link TextGate}, each key once in its map,
     * at most {@link Limits#MAX_DEPTH} levels and {@link Limits#MAX_NODES} nodes, and one document.
     */
    static void index(JsonFactory factory, String text, SourceMap sourceMap, Problems problems, String root, int depth)
            throws IOException, InvalidInputException {
        index(factory, text, sourceMap, problems, root, depth, new Recognition());
    }

    private static void index(JsonFactory factory, String text, SourceMap sourceMap, Problems problems, String root,
            int depth, Recognition recognition) throws IOException, InvalidInputException {
        Deque<Frame> stack = new ArrayDeque<>();
        SourceLines lines = new SourceLines(text, factory instanceof YAMLFactory);
        int nodes = 0;
        boolean seenRoot = false;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonLocation at = parser.currentTokenLocation();
                recognition.anything = true;
                SourceMap.Location location = new SourceMap.Location(at.getLineNr(), at.getColumnNr());
                Frame top = stack.peek();
                if (++nodes > Limits.MAX_NODES) {
                    throw InvalidInputException.of(new Problem(problems.file(), at.getLineNr(), at.getColumnNr(), "",
                            "more than " + Limits.MAX_NODES + " keys and values (the limit on scenario size)"));
                }
                if (top == null) {
                    if (seenRoot) {
                        throw InvalidInputException.of(new Problem(problems.file(), at.getLineNr(), at.getColumnNr(),
                                "", factory instanceof YAMLFactory ? "a second YAML document (after '---'); expected one"
                                        : "a second value after the end of the first; expected one"));
                    }
                    seenRoot = true;
                }
                gate(parser, token, top, root, problems);
                switch (token) {
                    case FIELD_NAME -> {
                        top.field = parser.currentName();
                        if (stack.size() == 1 && depth == 0 && ScenarioReader.KEYS.contains(top.field)) {
                            recognition.scenario = true;
                        }
                        String path = top.next();
                        Integer first = top.keyLines.putIfAbsent(top.field, at.getLineNr());
                        if (first != null) {
                            // A value on the command line is one line: its first use needs no line number.
                            boolean file = root.isEmpty() && depth == 0;
                            problems.add(new Problem(problems.file(), at.getLineNr(), at.getColumnNr(), path,
                                    "'" + top.field + "' is used twice" + (file ? " (first on line " + first + ")"
                                            : ""), file && problems.count() < Limits.PROBLEMS_SHOWN
                                            ? lines.excerpt(at.getLineNr(), at.getColumnNr()) : null));
                        }
                        sourceMap.put(path, location);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String path = top == null ? root : top.next();
                        if (depth + stack.size() >= Limits.MAX_DEPTH) {
                            throw InvalidInputException.of(new Problem(problems.file(), at.getLineNr(),
                                    at.getColumnNr(), path, "maps and lists nested more than " + Limits.MAX_DEPTH
                                            + " levels deep (the limit on nesting)"));
                        }
                        sourceMap.put(path, location);
                        stack.push(new Frame(path, token == JsonToken.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        advance(stack.peek());
                    }
                    default -> {
                        if (top != null) {
                            sourceMap.putValue(top.next(), location);
                        }
                        boolean comma = top != null && factory instanceof YAMLFactory
                                && (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT)
                                && decimalCommaInFlow(parser.getText(), text, lines, at, top, problems);
                        if (token == JsonToken.VALUE_NUMBER_FLOAT && !comma) {
                            // A --set value may be one number, standing at the path it sets.
                            sourceMap.putNumberText(top == null ? root : top.next(), parser.getText());
                        }
                        advance(top);
                    }
                }
            }
        }
    }

    /**
     * A number with a decimal comma in a flow map or list ({@code {value: 1.500,50}}): there the comma
     * ends the number, so YAML reads 1.500 and then 50 as a key or an item. In a map that is never
     * meant; in a list ({@code [1,2]}) only a number with thousands points before the comma is suspect.
     */
    private static boolean decimalCommaInFlow(String literal, String text, SourceLines lines, JsonLocation at,
            Frame top, Problems problems) {
        int start = lines.offset(at.getLineNr(), at.getColumnNr());
        int end = start + literal.length();
        if (start < 0 || end + 1 >= text.length() || !text.startsWith(literal, start) || text.charAt(end) != ','
                || (top.array && !DutchNumbers.grouped(literal))) {
            return false;
        }
        String digits = lines.flowDigits(end + 1);
        if (digits.isEmpty()) {
            return false;
        }
        String written = literal + "," + digits;
        problems.add(new Problem(problems.file(), at.getLineNr(), at.getColumnNr(), top.next(), "'" + written
                + "' has a decimal comma, and between " + (top.array ? "[ and ] a ',' separates the items, so it "
                + "reads as two numbers, " + literal + " and " + digits : "{ and } a ',' separates the "
                + "entries, so it reads as " + literal + " and a key " + digits) + ": "
                + DutchNumbers.notANumber(written).orElse("use a decimal point")));
        return true;
    }

    /**
     * Every key and text passes the {@link TextGate} where it stands: a control character (an escape
     * sequence, a NUL) would make the workbooks invalid XML and reach a terminal raw, and no name or
     * source needs more than {@link Limits#MAX_TEXT_LENGTH} characters.
     */
    private static void gate(JsonParser parser, JsonToken token, Frame top, String root, Problems problems)
            throws IOException {
        if (token != JsonToken.FIELD_NAME && token != JsonToken.VALUE_STRING) {
            return;
        }
        boolean key = token == JsonToken.FIELD_NAME;
        String value = key ? parser.currentName() : parser.getText();
        java.util.Optional<String> wrong = TextGate.problem(value);
        if (wrong.isPresent()) {
            JsonLocation at = parser.currentTokenLocation();
            // A key too long to name is reported at its map; any other at its own path.
            String path = top == null ? root : !key ? top.next()
                    : value.length() > Limits.MAX_TEXT_LENGTH ? top.path : Paths.child(top.path, value);
            problems.add(new Problem(problems.file(), at.getLineNr(), at.getColumnNr(), path, wrong.get()));
        }
    }

    private static void advance(Frame frame) {
        if (frame != null && frame.array) {
            frame.index++;
        }
    }

    /** An object or array being read: its path, and the key or index of the value that comes next. */
    private static final class Frame {
        final String path;
        final boolean array;
        final Map<String, Integer> keyLines = new HashMap<>();
        String field;
        int index;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String next() {
            return array ? Paths.index(path, index) : Paths.child(path, field);
        }
    }
}
