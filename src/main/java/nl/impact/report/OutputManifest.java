package nl.impact.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The mark impact leaves in every output directory it writes: which files it wrote, from which
 * inputs, with which version. A directory is impact's to replace only when it holds this file and
 * nothing that the file does not list. The content is fixed for fixed inputs, so two runs leave the
 * same bytes.
 *
 * @param version the impact version that wrote the directory
 * @param inputs the input file names (not their paths, which differ between machines)
 * @param files every file written, relative, with {@code /} between folders, sorted
 */
public record OutputManifest(String version, List<String> inputs, List<String> files) {

    /** Hidden, so it stays out of listings and of output comparisons. */
    public static final String FILE_NAME = ".impact-manifest.json";

    private static final String TOOL = "impact";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public OutputManifest {
        inputs = List.copyOf(inputs);
        files = List.copyOf(files);
    }

    /** The manifest of a directory just filled: every file in it, written by this version. */
    static OutputManifest of(Path directory, List<String> inputs) throws IOException {
        return new OutputManifest(toolVersion(), inputs, List.copyOf(files(directory)));
    }

    void writeTo(Path directory) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", TOOL);
        root.put("version", version);
        inputs.forEach(root.putArray("inputs")::add);
        ArrayNode list = root.putArray("files");
        files.forEach(list::add);
        Files.writeString(directory.resolve(FILE_NAME), JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** The manifest in {@code directory}, or empty when there is none or it is not impact's. */
    static Optional<OutputManifest> readFrom(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !TOOL.equals(root.path("tool").asText()) || !root.path("files").isArray()) {
                return Optional.empty();
            }
            List<String> files = new ArrayList<>();
            root.path("files").forEach(f -> files.add(f.asText()));
            List<String> inputs = new ArrayList<>();
            root.path("inputs").forEach(f -> inputs.add(f.asText()));
            return Optional.of(new OutputManifest(root.path("version").asText(), inputs, files));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * What is in {@code directory} beyond what this manifest lists: files and folders somebody
     * else put there. Folders that hold listed files are impact's.
     */
    List<String> unlisted(Path directory) throws IOException {
        SortedSet<String> allowed = new TreeSet<>(files);
        allowed.add(FILE_NAME);
        for (String file : files) {
            for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                allowed.add(file.substring(0, slash));
            }
        }
        List<String> unlisted = new ArrayList<>();
        for (String entry : entries(directory, false)) {
            if (!allowed.contains(entry)) {
                unlisted.add(entry);
            }
        }
        return unlisted;
    }

    /** Every regular file below {@code directory} but the manifest, relative and sorted. */
    static SortedSet<String> files(Path directory) throws IOException {
        SortedSet<String> files = new TreeSet<>(entries(directory, true));
        files.remove(FILE_NAME);
        return files;
    }

    private static SortedSet<String> entries(Path directory, boolean filesOnly) throws IOException {
        SortedSet<String> entries = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(p -> !p.equals(directory))
                    .filter(p -> !filesOnly || Files.isRegularFile(p))
                    .map(p -> directory.relativize(p).toString().replace(directory.getFileSystem().getSeparator(), "/"))
                    .forEach(entries::add);
        }
        return entries;
    }

    private static String toolVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OutputManifest.class.getResourceAsStream("/nl/impact/cli/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }
}
