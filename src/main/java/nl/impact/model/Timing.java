package nl.impact.model;

/**
 * When an effect falls relative to the year its case starts: it begins {@code offset} years after
 * the start and recurs for {@code years} consecutive years. Directe opbrengsten are (0, 1); kosten
 * voorkomen korte termijn (1, 1); a saving recurring for two years from the start (0, 2).
 */
public record Timing(int offset, int years) {

    public static final Timing DIRECT = new Timing(0, 1);
    public static final Timing NEXT_YEAR = new Timing(1, 1);

    public Timing {
        if (offset < 0 || years < 1) {
            throw new IllegalArgumentException("offset >= 0 and years >= 1");
        }
    }

    /** True when a case started in {@code startYear} has this effect in {@code year}. */
    public boolean fallsIn(int startYear, int year) {
        // In long: a duration near the int limit must not overflow into "never".
        long first = (long) startYear + offset;
        return year >= first && year < first + years;
    }
}
