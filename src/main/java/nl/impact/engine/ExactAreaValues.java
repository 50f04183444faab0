package nl.impact.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.calc.CalculationPlan;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.Parameter;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problem;
import nl.impact.scenario.Problems;

/** Each area evaluated exactly, as a one-region scenario is: the area's columns as fixed names. */
final class ExactAreaValues implements AreaValues {

    private final Scenario scenario;
    private final AreaTable table;
    private final List<AreaKernaanpak> kernaanpakken;
    private Values[][] values;

    ExactAreaValues(Scenario scenario, List<AreaKernaanpak> kernaanpakken) {
        this.scenario = scenario;
        this.table = scenario.areas();
        this.kernaanpakken = kernaanpakken;
    }

    @Override
    public void evaluate(List<Area> block, Variant variant) throws InvalidInputException {
        values = new Values[block.size()][kernaanpakken.size()];
        for (int d = 0; d < block.size(); d++) {
            Area area = block.get(d);
            Map<String, BigDecimal> columns = new HashMap<>();
            for (int c = 0; c < table.columns().size(); c++) {
                columns.put(table.columns().get(c).name(), area.value(c));
            }
            for (int k = 0; k < kernaanpakken.size(); k++) {
                Problems found = new Problems(scenario.file().toString(), scenario.sourceMap());
                Optional<Values> v = exact(kernaanpakken.get(k), variant, columns, scenario.years(), found);
                if (v.isEmpty()) {
                    // A formula may fail in one area only: say which.
                    throw new InvalidInputException(found.list().stream().map(p -> new Problem(p.file(), p.line(),
                            p.column(), p.path(), p.message() + " in area " + area.code() + " (row " + area.row()
                            + " of " + table.file() + ")")).toList());
                }
                values[d][k] = v.get();
            }
        }
    }

    @Override
    public Values values(int area, int kernaanpak) {
        return values[area][kernaanpak];
    }

    private static Optional<Values> exact(AreaKernaanpak k, Variant variant, Map<String, BigDecimal> columns,
            YearRange years, Problems problems) {
        VariantEvaluator evaluator = new VariantEvaluator(k.plan(), variant, years, problems, columns);
        Optional<Map<String, YearSeries>> names = evaluator.evaluateNames();
        Optional<Map<String, YearSeries>> parameters = names.flatMap(
                n -> evaluator.evaluateEffectParameters(k.kernaanpak().effects()));
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        List<CalculationPlan.Node> nodes = k.plan().nodes();
        BigDecimal[][] n = new BigDecimal[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            n[i] = array(names.get().get(nodes.get(i).name()), years);
        }
        List<Parameter> effectParameters = k.effectParameters();
        BigDecimal[][] p = new BigDecimal[effectParameters.size()][];
        for (int j = 0; j < effectParameters.size(); j++) {
            p[j] = array(parameters.get().get(effectParameters.get(j).path()), years);
        }
        return Optional.of(new Values(n, p));
    }

    private static BigDecimal[] array(YearSeries series, YearRange years) {
        BigDecimal[] out = new BigDecimal[years.last() - years.first() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = series.at(years.first() + i);
        }
        return out;
    }
}
