package nl.impact.engine.simulation;

/**
 * How to simulate: the number of draws, the seed, the worker threads (which never change a result),
 * whether to keep every draw for export, up to how many values percentiles are taken exactly
 * (beyond it, from histogram sketches: see docs/uncertainty.md), and whether an area scenario's nets
 * are summarised per area as well as per gemeente.
 */
public record SimulationSettings(long draws, long seed, int threads, boolean exportDraws, long exactValues,
        boolean perArea) {

    /** Up to 8 million kept values (64 MB) percentiles are exact. */
    public static final long EXACT_VALUES = 8_000_000L;

    public SimulationSettings {
        if (draws < 1 || threads < 1) {
            throw new IllegalArgumentException("draws and threads must be at least 1");
        }
    }

    public SimulationSettings(long draws, long seed, int threads, boolean exportDraws) {
        this(draws, seed, threads, exportDraws, EXACT_VALUES);
    }

    /** Settings that summarise an area scenario per gemeente only. */
    public SimulationSettings(long draws, long seed, int threads, boolean exportDraws, long exactValues) {
        this(draws, seed, threads, exportDraws, exactValues, false);
    }

    /** These settings, summarising an area scenario per area too when {@code perArea}. */
    public SimulationSettings perArea(boolean perArea) {
        return new SimulationSettings(draws, seed, threads, exportDraws, exactValues, perArea);
    }
}
