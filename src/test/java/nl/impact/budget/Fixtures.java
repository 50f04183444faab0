package nl.impact.budget;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small budget scenario (src/test/resources/budget/small.yaml) and variants of it written to disk. */
final class Fixtures {

    private Fixtures() {
    }

    static String small() throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/budget/small.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The small scenario with {@code from} replaced by {@code to}; fails when {@code from} is not in it. */
    static String smallWith(String from, String to) throws IOException {
        String text = small();
        if (!text.contains(from)) {
            throw new IllegalArgumentException("not in small.yaml: " + from);
        }
        return text.replace(from, to);
    }

    static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * {@code line:column} (1-based) of {@code token} on the first line that contains {@code lineText}:
     * where a located message must point.
     */
    static String at(String text, String lineText, String token) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(lineText)) {
                int column = lines[i].indexOf(token, lines[i].indexOf(lineText));
                if (column < 0) {
                    column = lines[i].indexOf(token);
                }
                if (column < 0) {
                    throw new IllegalArgumentException("'" + token + "' not on line: " + lines[i]);
                }
                return (i + 1) + ":" + (column + 1);
            }
        }
        throw new IllegalArgumentException("no line contains: " + lineText);
    }
}
