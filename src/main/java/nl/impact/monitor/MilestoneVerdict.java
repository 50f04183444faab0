package nl.impact.monitor;

/** What was reached of a milestone in its half year, by its target. */
public enum MilestoneVerdict {
    REACHED("reached", "the target reached (a count at least the target, done, or done by the date)"),
    PARTLY("partly", "part of the target reached: a count above zero but below the target, or done after the date"),
    MISSED("missed", "not reached: a count of zero, or not done"),
    MISSING("missing", "no realisation reported: cannot be judged, and not counted as missed");

    private final String key;
    private final String meaning;

    MilestoneVerdict(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    /** The word used in outputs. */
    public String key() {
        return key;
    }

    public String meaning() {
        return meaning;
    }
}
