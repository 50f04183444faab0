package nl.impact.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * stdout or stderr in UTF-8 whose {@code printf} formats numbers one fixed way (ASCII digits, no
 * grouping by locale) whatever the machine's default locale: an Arabic locale would otherwise
 * print Arabic digits.
 */
final class ConsoleWriter extends PrintWriter {

    ConsoleWriter(OutputStream out) {
        super(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    @Override
    public PrintWriter printf(String format, Object... args) {
        return format(Locale.ROOT, format, args);
    }

    @Override
    public PrintWriter format(String format, Object... args) {
        return format(Locale.ROOT, format, args);
    }
}
