package nl.impact.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.impact.model.Limits;
import nl.impact.model.Paths;
import nl.impact.model.Printable;

/** Typed reading of a document's nodes; every mismatch becomes a problem at its path. */
final class Fields {

    /** Names a formula can use: a letter or underscore, then letters, digits and underscores. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Keys of kernaanpakken and KPIs: also used in file names and sheet names. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final Problems problems;

    Fields(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    boolean isObject(JsonNode node, String path, String what) {
        if (node != null && node.isObject()) {
            return true;
        }
        problems.add(path, "expected " + what + ", got " + describe(node));
        return false;
    }

    /** Reports keys of {@code node} outside {@code allowed}. */
    void onlyKeys(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problems.add(Paths.child(path, key), "unknown key '" + key + "'; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    Optional<String> text(JsonNode parent, String key, String path, boolean required) {
        JsonNode node = parent.get(key);
        String at = Paths.child(path, key);
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(path, "missing '" + key + "' (text)");
            }
            return Optional.empty();
        }
        if (!node.isTextual() && !node.isNumber()) {
            problems.add(at, "expected text, got " + describe(node));
            return Optional.empty();
        }
        String value = node.asText();
        if (required && value.isBlank()) {
            problems.add(at, "expected text, got an empty value");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Integer> integer(JsonNode parent, String key, String path, boolean required) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(path, "missing '" + key + "' (a whole number)");
            }
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(Paths.child(path, key), "expected a whole number, got " + describe(node));
            return Optional.empty();
        }
        return Optional.of(node.intValue());
    }

    /**
     * The number at {@code path}. A text that is a number written the Dutch way (6.000.000, 1.500,50)
     * is a problem that says what to write; a number written like 7.000 (read as 7) is a warning
     * (see {@link DutchNumbers}).
     */
    Optional<BigDecimal> number(JsonNode node, String path) {
        if (node != null && node.isTextual()) {
            Optional<String> dutch = DutchNumbers.notANumber(node.asText());
            if (dutch.isPresent()) {
                problems.add(path, "expected a number, got text '" + Printable.quote(node.asText()) + "': "
                        + dutch.get());
                return Optional.empty();
            }
        }
        if (node == null || !node.isNumber()) {
            problems.add(path, "expected a number, got " + describe(node));
            return Optional.empty();
        }
        BigDecimal value = node.decimalValue();
        String wrong = Limits.checkInput(value);
        if (wrong != null) {
            problems.add(path, wrong);
            return Optional.empty();
        }
        problems.sourceMap().numberText(path).flatMap(DutchNumbers::warning).ifPresent(w -> problems.warn(path, w));
        return Optional.of(value);
    }

    /** A number in a formula's text: not part of a name or of a longer number. */
    private static final Pattern FORMULA_NUMBER = Pattern.compile("(?<![A-Za-z0-9_.])[0-9][0-9.]*(?![A-Za-z0-9_.])");

    /**
     * The formula at {@code path}, with a warning for each number in it written like 7.000, which a
     * formula reads as 7 as a scenario does.
     */
    String formula(String formula, String path) {
        java.util.regex.Matcher numbers = FORMULA_NUMBER.matcher(formula);
        while (numbers.find()) {
            DutchNumbers.warning(numbers.group()).ifPresent(w -> problems.warn(path, "in the formula, " + w));
        }
        return formula;
    }

    /** A year within {@link Limits#EARLIEST_YEAR} .. {@link Limits#LATEST_YEAR}. */
    Optional<Integer> year(JsonNode parent, String key, String path, boolean required) {
        JsonNode node = parent.get(key);
        if (node != null && node.isIntegralNumber()) {
            String wrong = Limits.checkYear(node.canConvertToLong() ? node.longValue()
                    : node.bigIntegerValue().signum() * Long.MAX_VALUE);
            if (wrong != null) {
                problems.add(Paths.child(path, key), wrong);
                return Optional.empty();
            }
        }
        return integer(parent, key, path, required);
    }

    /** Checks a name a formula can refer to. */
    boolean identifier(String name, String path) {
        if (IDENTIFIER.matcher(name).matches()) {
            return true;
        }
        problems.add(path, "'" + name + "' is not a valid name: use letters, digits and _, starting with a letter");
        return false;
    }

    boolean key(String name, String path) {
        if (KEY.matcher(name).matches()) {
            return true;
        }
        problems.add(path, "'" + name + "' is not a valid key: use letters, digits, - and _");
        return false;
    }

    static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        return node::fields;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "an empty value";
        }
        if (node.isTextual()) {
            return "text '" + Printable.quote(node.asText()) + "'";
        }
        if (node.isNumber()) {
            return "the number " + Printable.number(node.decimalValue());
        }
        if (node.isBoolean()) {
            return "the boolean " + node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        return "a map";
    }
}
