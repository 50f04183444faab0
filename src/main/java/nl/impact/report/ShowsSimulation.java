package nl.impact.report;

import nl.impact.engine.simulation.SimulationResult;

/**
 * An output of {@code impact run} that shows a Monte Carlo simulation when the run has one
 * ({@code --draws}): bijlage 1's Onzekerheid sheet, report.html's uncertainty section.
 */
public interface ShowsSimulation {

    /** This output's writer showing {@code simulation} too. */
    OutputWriter showing(SimulationResult simulation);
}
