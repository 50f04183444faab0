package nl.impact.engine.simulation;

/**
 * How to simulate: the number of draws, the seed, the worker threads (which never change a result),
 * whether to keep every draw for export, and up to how many values percentiles are taken exactly
 * (beyond it, from histogram sketches: see docs/uncertainty.md).
 */
public record SimulationSettings(long draws, long seed, int threads, boolean exportDraws, long exactValues) {

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
}
