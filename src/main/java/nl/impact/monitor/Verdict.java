package nl.impact.monitor;

/**
 * What the plan's spelregels (plan L2164-2231) say follows from a KPI's result in a year, after
 * correction for exogenous factors.
 */
public enum Verdict {
    CONTINUE("continue", "within or above the band: continue the activities tied to the KPI"),
    ANALYSIS("analysis", "below the band once: the steering group asks for an analysis and, where needed, "
            + "improvement measures"),
    IMPROVEMENT_PLAN("improvement-plan", "below the band twice in a row: analysis and an improvement plan, unless "
            + "the insurer, after consulting the steering group, stops funding the activities tied to the KPI "
            + "(future activities only)"),
    MISSING("missing", "no realised value: cannot be judged, and not counted as zero");

    private final String key;
    private final String meaning;

    Verdict(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    /** The word used in outputs. */
    public String key() {
        return key;
    }

    /** What the spelregels ask for, in one sentence. */
    public String meaning() {
        return meaning;
    }
}
