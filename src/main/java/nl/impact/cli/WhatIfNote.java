package nl.impact.cli;

import java.io.PrintWriter;
import nl.impact.model.Printable;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.ScenarioOverride;

/** The stderr note that a what-if is in force, so nobody mistakes its figures for the plan's. */
final class WhatIfNote {

    private WhatIfNote() {
    }

    static void print(ScenarioOverrides overrides, PrintWriter err) throws InvalidInputException {
        for (ScenarioOverride o : overrides.overrides()) {
            err.println(Printable.sanitise("note: what-if in force: " + o.label()
                    + " (provenance 'override' in the outputs)"));
        }
    }
}
