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
import nl.impact.model.Paths;
import nl.impact.model.SourceMap;

/**
 * A YAML or JSON file parsed into a tree, with the line and column of every path and every
 * duplicated key reported. Numbers are read as exact decimals from their text.
 */
public record SourceDocument(Path file, JsonNode root, SourceMap sourceMap, Problems problems) {

    /**
     * The largest scenario file read, in bytes (32 MiB, some 25,000 kernaanpakken): checked before
     * reading, so a hostile size is refused with a message rather than exhausting memory. SnakeYAML's
     * own limit (3 M code points, about 2,800 kernaanpakken) is raised to match. See
     * docs/scenario-format.md.
     */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    public static SourceDocument read(Path file) throws InvalidInputException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "",
                    Files.exists(file) ? "not a file" : "file not found"));
        }
        checkSize(file, name);
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        ObjectMapper mapper = (json ? JsonMapper.builder() : YAMLMapper.builder(yamlFactory()))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        mapper.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        JsonFactory factory = json ? new JsonFactory() : yamlFactory();
        SourceMap sourceMap = new SourceMap();
        Problems problems = new Problems(name, sourceMap);
        try {
            String text = Files.readString(file);
            index(factory, text, sourceMap, problems);
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw InvalidInputException.of(new Problem(name, 1, 1, "", "the file is empty"));
            }
            return new SourceDocument(file, root, sourceMap, problems);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of(syntaxProblem(name, json, e));
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "file not found"));
        } catch (IOException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    private static void checkSize(Path file, String name) throws InvalidInputException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "cannot be read: " + e.getMessage()));
        }
        if (size > MAX_BYTES) {
            throw InvalidInputException.of(new Problem(name, 0, 0, "", "the file has " + size
                    + " bytes; a scenario file may have at most " + MAX_BYTES + " (32 MiB)"));
        }
    }

    /** A YAML factory whose code-point limit admits every file of up to {@link #MAX_BYTES}. */
    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        return YAMLFactory.builder().loaderOptions(options).build();
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
            throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonLocation at = parser.currentTokenLocation();
                SourceMap.Location location = new SourceMap.Location(at.getLineNr(), at.getColumnNr());
                Frame top = stack.peek();
                switch (token) {
                    case FIELD_NAME -> {
                        top.field = parser.currentName();
                        String path = top.next();
                        Integer first = top.keyLines.putIfAbsent(top.field, at.getLineNr());
                        if (first != null) {
                            problems.add(new Problem(problems.file(), at.getLineNr(), at.getColumnNr(), path,
                                    "'" + top.field + "' is used twice (first on line " + first + ")"));
                        }
                        sourceMap.put(path, location);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String path = top == null ? "" : top.next();
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
                        advance(top);
                    }
                }
            }
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
