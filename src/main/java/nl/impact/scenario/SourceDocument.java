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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import nl.impact.model.Limits;
import nl.impact.model.Paths;
import nl.impact.model.Printable;
import nl.impact.model.SourceMap;

/**
 * A YAML or JSON file parsed into a tree, with the line and column of every path and every
 * duplicated key reported. Numbers are read as exact decimals from their text.
 */
public record SourceDocument(Path file, JsonNode root, SourceMap sourceMap, Problems problems) {

    public static SourceDocument read(Path file) throws InvalidInputException {
        return read(file, java.util.List.of());
    }

    /** The file's tree with the command line's {@code --set} overrides applied (see {@link Overrides}). */
    public static SourceDocument read(Path file, java.util.List<ScenarioOverride> overrides) throws InvalidInputException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "",
                    Files.exists(file) ? "not a file" : "file not found"));
        }
        String text;
        try {
            if (Files.size(file) > Limits.MAX_FILE_BYTES) {
                throw InvalidInputException.of(new Problem(name, 0, 0, "", "a file of " + Files.size(file)
                        + " bytes; the limit on scenario files is " + Limits.MAX_FILE_BYTES + " bytes"));
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "file not found"));
        } catch (java.nio.charset.MalformedInputException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "not UTF-8 text; save the file as UTF-8"));
        } catch (IOException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "cannot be read: "
                    + Printable.quote(e.getMessage())));
        }
        return parse(file, name, text, overrides);
    }

    /**
     * A document from text read elsewhere (a file's version at a git revision), named {@code name} in
     * messages; {@code file} is the path it stands for.
     */
    public static SourceDocument parse(Path file, String name, String text, java.util.List<ScenarioOverride> overrides)
            throws InvalidInputException {
        boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        ObjectMapper mapper = (json ? JsonMapper.builder() : YAMLMapper.builder(yamlFactory()))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        mapper.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        JsonFactory factory = json ? new JsonFactory() : yamlFactory();
        SourceMap sourceMap = new SourceMap();
        Problems problems = new Problems(name, sourceMap);
        try {
            if (text.length() > Limits.MAX_FILE_BYTES) {
                throw InvalidInputException.of(new Problem(name, 0, 0, "", "a text of " + text.length()
                        + " characters; the limit on scenario files is " + Limits.MAX_FILE_BYTES + " bytes"));
            }
            index(factory, text, sourceMap, problems);
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw InvalidInputException.of(new Problem(name, 1, 1, "", "the file is empty"));
            }
            if (!overrides.isEmpty()) {
                Overrides.apply(root, overrides, json ? yamlMapper() : mapper, sourceMap);
            }
            return new SourceDocument(file, root, sourceMap, problems);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of(syntaxProblem(name, json, e));
        } catch (IOException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "cannot be read: "
                    + Printable.quote(e.getMessage())));
        }
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
     * A syntax error where it is: SnakeYAML marks the offending character itself, while Jackson's
     * location is that of the last token it read.
     */
    private static Problem syntaxProblem(String name, boolean json, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            String problem = yaml.getProblem() == null ? e.getOriginalMessage() : yaml.getProblem();
            return new Problem(name, mark.getLine() + 1, mark.getColumn() + 1, "", "not valid YAML: " + problem);
        }
        JsonLocation at = e.getLocation();
        return new Problem(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                "not valid " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage());
    }

    /** One streaming pass that records where every path starts and finds duplicated keys. */
    private static void index(JsonFactory factory, String text, SourceMap sourceMap, Problems problems)
            throws IOException, InvalidInputException {
        index(factory, text, sourceMap, problems, "", 0);
    }

    /**
     * The pass over a document, or over a {@code --set} value that will stand at {@code root}, a path of
     * {@code depth} steps: each key and text through the {@link TextGate}, each key once in its map,
     * at most {@link Limits#MAX_DEPTH} levels and {@link Limits#MAX_NODES} nodes, and one document.
     */
    static void index(JsonFactory factory, String text, SourceMap sourceMap, Problems problems, String root, int depth)
            throws IOException, InvalidInputException {
        Deque<Frame> stack = new ArrayDeque<>();
        int nodes = 0;
        boolean seenRoot = false;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonLocation at = parser.currentTokenLocation();
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
                        String path = top.next();
                        Integer first = top.keyLines.putIfAbsent(top.field, at.getLineNr());
                        if (first != null) {
                            // A value on the command line is one line: its first use needs no line number.
                            problems.add(new Problem(problems.file(), at.getLineNr(), at.getColumnNr(), path,
                                    "'" + top.field + "' is used twice" + (root.isEmpty() && depth == 0
                                            ? " (first on line " + first + ")" : "")));
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
                            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                                sourceMap.putNumberText(top.next(), parser.getText());
                            }
                        }
                        advance(top);
                    }
                }
            }
        }
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
