package nl.impact.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import nl.impact.model.Paths;
import nl.impact.scenario.ScenarioOverride;

/**
 * Where a what-if's outputs go when no {@code --out} is given: beside the baseline's folder, never in
 * it, so a {@code --set} never replaces the plan's own outputs. The folder is the baseline's name plus
 * {@code -whatif-} and the first 8 hex digits of the SHA-256 of the normalised overrides: the same
 * what-if lands in the same folder on every run, machine and locale (docs/diff.md, "A what-if's folder").
 */
final class WhatIfFolder {

    /** Hex digits of the hash in the name: one in four billion that two what-ifs of a plan share a folder. */
    private static final int DIGITS = 8;

    private WhatIfFolder() {
    }

    /** {@code baseline} without overrides; with them, {@code baseline-whatif-HASH} beside it. */
    static Path of(Path baseline, List<ScenarioOverride> overrides) {
        if (overrides.isEmpty()) {
            return baseline;
        }
        return baseline.resolveSibling(baseline.getFileName() + "-whatif-" + hash(overrides));
    }

    /** The first hex digits of the SHA-256 of the normalised lines, each ended by a newline, in UTF-8. */
    static String hash(List<ScenarioOverride> overrides) {
        StringBuilder text = new StringBuilder();
        for (String line : normalised(overrides)) {
            text.append(line).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, DIGITS);
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime has SHA-256 (the Java SE specification requires it).
            throw new IllegalStateException(e);
        }
    }

    /**
     * One {@code PATH=VALUE} per override: the path in its canonical spelling (a key in quotes only when
     * it must be), the value as written without surrounding spaces. Sorted by path, since overrides of
     * separate paths give the same scenario in any order; in the order given when one path is, or lies
     * inside, another, since then the later one wins.
     */
    static List<String> normalised(List<ScenarioOverride> overrides) {
        List<Entry> entries = new ArrayList<>();
        for (ScenarioOverride o : overrides) {
            List<Object> steps = Paths.steps(o.path());
            List<Object> canonical = steps == null ? List.of(o.path()) : steps;
            entries.add(new Entry(canonical, Paths.of(canonical), o.value().strip()));
        }
        if (!overlapping(entries)) {
            entries.sort(Comparator.comparing(Entry::path).thenComparing(Entry::value));
        }
        return entries.stream().map(e -> e.path() + "=" + e.value()).toList();
    }

    /** True when a path is set twice, or one lies inside another: found through each path's ancestors. */
    private static boolean overlapping(List<Entry> entries) {
        Set<String> paths = new HashSet<>();
        for (Entry e : entries) {
            if (!paths.add(e.path())) {
                return true;
            }
        }
        for (Entry e : entries) {
            for (int k = 1; k < e.steps().size(); k++) {
                if (paths.contains(Paths.of(e.steps().subList(0, k)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An override's steps, its canonical path, and its value. */
    private record Entry(List<Object> steps, String path, String value) {
    }
}
