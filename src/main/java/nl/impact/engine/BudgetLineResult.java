package nl.impact.engine;

import java.util.List;
import nl.impact.model.Band;
import nl.impact.model.BudgetLine;
import nl.impact.model.Provenance;
import nl.impact.model.YearSeries;

/**
 * One budget line computed: its cost per plan year and variant (positive euros, undiscounted), the
 * part each financier pays, and the provenance of the result: the least certain of the figures it
 * is computed from, so an assumed tariff makes the whole line an assumption.
 */
public record BudgetLineResult(
        BudgetLine line,
        Provenance.Kind provenance,
        Band<YearSeries> total,
        List<Investment> investments) {
}
