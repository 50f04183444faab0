package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.impact.engine.Totals;
import nl.impact.engine.simulation.SimulationResult;
import nl.impact.report.SensitivityCsv;
import nl.impact.report.simulation.SimulationOutputs;

/** The report's uncertainty figures from a simulation, rounded as simulation.csv rounds them. */
public final class UncertaintyOf {

    private UncertaintyOf() {
    }

    public static Uncertainty simulation(SimulationResult simulation) {
        List<Uncertainty.Figure> figures = new ArrayList<>();
        List<Uncertainty.Year> years = new ArrayList<>();
        // In simulation.csv's order: level by level (financiers first, the total last), net before NPV; net and NPV over all years of the financiers and the total.
        for (SimulationResult.Row r : simulation.rows()) {
            boolean shown = r.level().dimension() != Totals.Dimension.KERNAANPAK && r.year() == 0
                    && (r.measure().equals("net") || r.measure().equals("npv"));
            if (shown) {
                String name = SimulationOutputs.name(r.level());
                figures.add(new Uncertainty.Figure(SimulationOutputs.level(r.level()), name,
                        r.level().dimension() == Totals.Dimension.TOTAL ? "Totaal" : name, r.measure(),
                        percentiles(r), cents(r.mean()), cents(r.sd()),
                        new BigDecimal(SimulationOutputs.probability(r.probabilityPositive()))));
            }
            if (r.level().dimension() == Totals.Dimension.TOTAL && r.measure().equals("cumulative_net") && r.year() != 0) {
                years.add(new Uncertainty.Year(r.year(), percentiles(r)));
            }
        }
        List<Uncertainty.KpiRisk> kpis = simulation.kpis().stream().map(k -> new Uncertainty.KpiRisk(k.kpi(), k.year(),
                probability(k.below()), probability(k.within()), probability(k.above()))).toList();
        return new Uncertainty("simulation", simulation.settings().draws(), simulation.settings().seed(),
                simulation.generator(), figures, years, kpis,
                simulation.kpisNotSimulated().stream().map(k -> k.kpi()).toList());
    }

    private static List<BigDecimal> percentiles(SimulationResult.Row r) {
        return Arrays.stream(r.percentiles()).mapToObj(UncertaintyOf::cents).toList();
    }

    private static BigDecimal probability(double value) {
        return new BigDecimal(SimulationOutputs.probability(value));
    }

    private static BigDecimal cents(double value) {
        return new BigDecimal(SensitivityCsv.cents(value));
    }
}
