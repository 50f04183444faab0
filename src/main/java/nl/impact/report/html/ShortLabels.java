package nl.impact.report.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels short enough for a chart's axis, shortened in the middle so that both the start (the
 * kernaanpak) and the end (the domain, a mark) stay, and kept distinct: labels that would read
 * alike keep the words in which they differ, and equal labels are numbered. The full labels stand
 * in the chart's table.
 */
final class ShortLabels {

    private static final String ELLIPSIS = "\u2026";

    private ShortLabels() {
    }

    /** Each label at most {@code max} characters where that keeps them apart, all distinct. */
    static List<String> of(List<String> labels, int max) {
        List<String> full = numbered(labels);
        List<String> out = new ArrayList<>();
        for (String label : full) {
            out.add(shorten(label, max));
        }
        Map<String, List<Integer>> alike = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            alike.computeIfAbsent(out.get(i), s -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : alike.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<String> members = group.stream().map(full::get).toList();
            int prefix = commonPrefix(members);
            int suffix = commonSuffix(members, prefix);
            for (int i : group) {
                out.set(i, around(full.get(i), prefix, suffix, max));
            }
        }
        // Never two alike on the axis: where shortening cannot keep them apart, the whole labels.
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            if (!seen.add(out.get(i))) {
                return full;
            }
        }
        return out;
    }

    /** The label with its middle left out when longer than {@code max}: {@code Kernteam ouderen - Kortere… opnames (Zvw)}. */
    static String shorten(String label, int max) {
        if (label.length() <= max) {
            return label;
        }
        int head = max - 1 - (max - 1) / 2;
        int tail = label.length() - (max - 1) / 2;
        return cut(label, wordBefore(label, head), wordAfter(label, tail));
    }

    /** Where to end a label's kept start of {@code head} characters: at a space when one is near, so whole words stay. */
    private static int wordBefore(String label, int head) {
        int space = label.lastIndexOf(' ', head);
        return space > head / 2 ? space : head;
    }

    /** Where to begin a label's kept end from {@code tail} on: after a space when one is near. */
    private static int wordAfter(String label, int tail) {
        int space = label.indexOf(' ', Math.max(0, tail - 1));
        return space >= 0 && space < tail + (label.length() - tail) / 2 ? space + 1 : tail;
    }

    /**
     * A label of a group that reads alike when shortened: the words in which it differs from the
     * others (between their common start and end), with as much of its start and end as {@code max} allows.
     */
    private static String around(String label, int prefix, int suffix, int max) {
        int from = label.lastIndexOf(' ', Math.max(0, prefix - 1)) + 1;
        int to = label.indexOf(' ', label.length() - suffix);
        to = to < 0 ? label.length() : to;
        int room = max - (to - from) - 2;
        if (room < 0) {
            return label;
        }
        int head = Math.min(from, room - room / 2);
        int tail = label.length() - Math.min(label.length() - to, room - head);
        String start = head >= from ? label.substring(0, from) : label.substring(0, wordBefore(label, head))
                .stripTrailing() + ELLIPSIS;
        String end = tail <= to ? label.substring(to) : ELLIPSIS + label.substring(wordAfter(label, tail)).stripLeading();
        return start + label.substring(from, to) + end;
    }

    /** {@code label} without the characters from {@code head} up to {@code tail}, an ellipsis in their place. */
    private static String cut(String label, int head, int tail) {
        // Never between the two halves of a character outside the basic plane.
        if (head > 0 && Character.isLowSurrogate(label.charAt(head))) {
            head--;
        }
        if (tail < label.length() && Character.isLowSurrogate(label.charAt(tail))) {
            tail++;
        }
        return label.substring(0, head).stripTrailing() + ELLIPSIS + label.substring(tail).stripLeading();
    }

    private static int commonPrefix(List<String> labels) {
        String first = labels.get(0);
        int n = first.length();
        for (String label : labels) {
            int i = 0;
            while (i < Math.min(n, label.length()) && label.charAt(i) == first.charAt(i)) {
                i++;
            }
            n = i;
        }
        return n;
    }

    /** The length of the end all labels share, not overlapping their common start of {@code prefix}. */
    private static int commonSuffix(List<String> labels, int prefix) {
        String first = labels.get(0);
        int n = first.length() - prefix;
        for (String label : labels) {
            n = Math.min(n, label.length() - prefix);
            int i = 0;
            while (i < n && label.charAt(label.length() - 1 - i) == first.charAt(first.length() - 1 - i)) {
                i++;
            }
            n = i;
        }
        return n;
    }

    /** Equal labels numbered ({@code label (2)}), never taking another label's name, so no two bars share one. */
    private static List<String> numbered(List<String> labels) {
        Set<String> taken = new HashSet<>(labels);
        Set<String> first = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String label : labels) {
            if (first.add(label)) {
                out.add(label);
                continue;
            }
            int n = 2;
            while (taken.contains(label + " (" + n + ")")) {
                n++;
            }
            String name = label + " (" + n + ")";
            taken.add(name);
            out.add(name);
        }
        return out;
    }
}
