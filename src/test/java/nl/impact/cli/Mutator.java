package nl.impact.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Careless and hostile edits of a text (a scenario, a table), by named rules: replace one match of
 * a pattern by one of a list of hostile values, or delete, duplicate, swap or cut lines, or insert a
 * character. An edit is three numbers (which rule, where, what), so the property that generates it
 * repeats with its seed and jqwik shrinks a failure to the fewest and simplest edits.
 */
final class Mutator {

    /** One edit: the rule (modulo the number of rules), and two numbers it reads modulo what it has. */
    record Edit(int rule, int where, int what) {
    }

    /** What a rule does with a text. */
    @FunctionalInterface
    interface Rule {
        String apply(String text, int where, int what);
    }

    private final List<String> names;
    private final List<Rule> rules;

    private Mutator(Map<String, Rule> rules) {
        this.names = List.copyOf(rules.keySet());
        this.rules = List.copyOf(rules.values());
    }

    /**
     * {@code least} to {@code most} edits. The numbers are uniform (jqwik's default favours small ones,
     * which would cut most texts at their start).
     */
    static Arbitrary<List<Edit>> edits(int least, int most) {
        Arbitrary<Integer> number = Arbitraries.integers().between(0, 1 << 20).withDistribution(RandomDistribution.uniform());
        return Combinators.combine(number, number, number).as(Edit::new).list().ofMinSize(least).ofMaxSize(most);
    }

    /** A mutator with only the given rules, in this order. */
    static Mutator only(Map<String, Rule> rules) {
        return new Mutator(rules);
    }

    /** A mutator with the given rules (in this order) and rules that break lines and characters. */
    static Mutator of(Map<String, Rule> own) {
        Map<String, Rule> all = new LinkedHashMap<>(own);
        all.put("delete a line", (text, where, what) -> lines(text, where, what, "delete"));
        all.put("duplicate a line", (text, where, what) -> lines(text, where, what, "duplicate"));
        all.put("swap two lines", (text, where, what) -> lines(text, where, what, "swap"));
        all.put("cut the text", (text, where, what) -> text.substring(0, where % (text.length() + 1)));
        all.put("insert a character", (text, where, what) -> {
            int at = where % (text.length() + 1);
            return text.substring(0, at) + (char) (what % 0x80) + text.substring(at);
        });
        return new Mutator(all);
    }

    /** Replaces one match of {@code pattern} (the {@code where}-th) by one of {@code values}. */
    static Rule replace(Pattern pattern, List<String> values) {
        return (text, where, what) -> {
            Matcher m = pattern.matcher(text);
            List<int[]> found = new ArrayList<>();
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            if (found.isEmpty()) {
                return text;
            }
            int[] at = found.get(where % found.size());
            return text.substring(0, at[0]) + values.get(what % values.size()) + text.substring(at[1]);
        };
    }

    String apply(String text, List<Edit> edits) {
        String result = text;
        for (Edit edit : edits) {
            result = rules.get(edit.rule() % rules.size()).apply(result, edit.where(), edit.what());
        }
        return result;
    }

    /** The edits in words, for a failure's message. */
    String describe(List<Edit> edits) {
        return edits.stream().map(e -> names.get(e.rule() % names.size()) + " (" + e.where() + ", " + e.what() + ")")
                .toList().toString();
    }

    private static String lines(String text, int where, int what, String how) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = where % lines.size();
        int b = what % lines.size();
        switch (how) {
            case "delete" -> lines.remove(a);
            case "duplicate" -> lines.add(b, lines.get(a));
            default -> {
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
            }
        }
        return String.join("\n", lines);
    }
}
