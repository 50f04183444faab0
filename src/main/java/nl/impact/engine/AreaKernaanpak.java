package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.impact.calc.CalculationPlan;
import nl.impact.model.Area;
import nl.impact.model.AreaTable;
import nl.impact.model.Band;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Domain;
import nl.impact.model.Effect;
import nl.impact.model.EffectResult;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Parameter;
import nl.impact.model.ParameterKind;
import nl.impact.model.Provenance;
import nl.impact.model.QuantityResult;
import nl.impact.model.Rollout;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;
import nl.impact.model.YearSeries;
import nl.impact.model.YearValues;

/**
 * One kernaanpak computed area by area. Each area's values land at once in that area's flows and
 * in the kernaanpak's running totals; nothing per area is kept here, so memory does not grow with
 * the number of areas. The totals become a {@link KernaanpakResult} whose names are all inputs (the
 * quantities summed over the areas), so every report of a one-region scenario reads it unchanged.
 */
final class AreaKernaanpak {

    private static final int VARIANTS = Variant.values().length;

    /** One effect in one domain. */
    private record Pair(Effect effect, String domain, Parameter amount, int financier) {
    }

    /** A budget line priced per unit of one of this kernaanpak's names: it lands in the areas. */
    private record PricedLine(BudgetLine line, String quantity, Parameter tariff, List<Parameter> shares,
            int[] financiers) {
    }

    private final Scenario scenario;
    private final AreaTable table;
    private final Kernaanpak kernaanpak;
    private final CalculationPlan plan;
    private final Rollout rollout;
    private final YearRange years;
    private final int planYears;
    private final int effectYears;
    private final List<CalculationPlan.Node> nodes;
    /** Names added up over the areas: quantities, the volumes effects are per, budget quantities. */
    private final boolean[] summed;
    private final BigDecimal[][] sums;
    /** Names that are not summed: the first area's values, and whether every area has the same. */
    private final BigDecimal[][] first;
    private final boolean[] uniform;
    private final List<Pair> pairs = new ArrayList<>();
    private final BigDecimal[][] euros;
    private final BigDecimal[][] cohorts;
    private final List<Parameter> effectParameters = new ArrayList<>();
    private final BigDecimal[][] firstEffectParameters;
    private final boolean[] uniformEffectParameters;
    private final List<PricedLine> lines = new ArrayList<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    /** Per variant: whether an area's values were added, so the next are compared with the first's. */
    private final boolean[] started = new boolean[VARIANTS];

    AreaKernaanpak(Scenario scenario, Kernaanpak kernaanpak, CalculationPlan plan, List<String> financiers) {
        this.scenario = scenario;
        this.table = scenario.areas();
        this.kernaanpak = kernaanpak;
        this.plan = plan;
        this.rollout = table.rollout(kernaanpak.id());
        this.years = scenario.years();
        this.planYears = years.last() - years.first() + 1;
        this.effectYears = years.effectsUntil() - years.first() + 1;
        this.nodes = plan.nodes();
        Set<String> volumes = new HashSet<>();
        kernaanpak.effects().forEach(e -> volumes.add(e.per()));
        for (BudgetLine line : scenario.begroting().lines()) {
            if (line.kernaanpak().equals(kernaanpak.id()) && line.cost() instanceof BudgetCost.PerUnit perUnit
                    && perUnit.quantity() instanceof BudgetCost.NamedQuantity named) {
                volumes.add(named.name());
                List<Parameter> shares = new ArrayList<>(line.shares().values());
                int[] payers = line.shares().keySet().stream().mapToInt(financiers::indexOf).toArray();
                lines.add(new PricedLine(line, named.name(), perUnit.tariff(), shares, payers));
            }
        }
        int n = nodes.size();
        summed = new boolean[n];
        sums = new BigDecimal[n][];
        first = new BigDecimal[n][];
        uniform = new boolean[n];
        for (int i = 0; i < n; i++) {
            CalculationPlan.Node node = nodes.get(i);
            nodeIndex.put(node.name(), i);
            summed[i] = node.isQuantity() || volumes.contains(node.name());
            sums[i] = zeros(VARIANTS * planYears);
            uniform[i] = true;
        }
        for (Effect effect : kernaanpak.effects()) {
            for (Map.Entry<String, Parameter> amount : effect.amounts().entrySet()) {
                Domain domain = scenario.domain(amount.getKey()).orElseThrow();
                pairs.add(new Pair(effect, amount.getKey(), amount.getValue(), financiers.indexOf(domain.financier())));
            }
            effectParameters.addAll(effect.amounts().values());
            if (effect.correction() != null) {
                effectParameters.add(effect.correction());
            }
        }
        euros = new BigDecimal[pairs.size()][];
        cohorts = new BigDecimal[pairs.size()][];
        for (int j = 0; j < pairs.size(); j++) {
            euros[j] = zeros(VARIANTS * effectYears);
            cohorts[j] = zeros(VARIANTS * planYears);
        }
        firstEffectParameters = new BigDecimal[effectParameters.size()][];
        uniformEffectParameters = new boolean[effectParameters.size()];
        Arrays.fill(uniformEffectParameters, true);
    }

    /**
     * Adds one area's values of one variant: its names, its effect parameters and its effects,
     * into the totals and into the area's {@code flow} (indexed as {@link AreaResults#index}).
     *
     * @param names every name per plan year, in the plan's order ({@code [node][year]})
     * @param parameters every effect amount and correction per start year, in effect order
     */
    void add(Area area, Variant variant, BigDecimal[][] names, BigDecimal[][] parameters, BigDecimal[] flow,
            AreaResults layout) {
        int v = variant.ordinal();
        boolean firstArea = !started[v];
        started[v] = true;
        boolean[] active = new boolean[planYears];
        for (int p = 0; p < planYears; p++) {
            active[p] = rollout.active(area, years.first() + p);
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (summed[i]) {
                for (int p = 0; p < planYears; p++) {
                    if (active[p]) {
                        sums[i][v * planYears + p] = sums[i][v * planYears + p].add(names[i][p]);
                    }
                }
            } else {
                track(first, uniform, i, v, names[i], firstArea);
            }
        }
        for (int j = 0; j < effectParameters.size(); j++) {
            track(firstEffectParameters, uniformEffectParameters, j, v, parameters[j], firstArea);
        }
        Map<String, Integer> parameterIndex = parameterIndex();
        for (int j = 0; j < pairs.size(); j++) {
            Pair pair = pairs.get(j);
            BigDecimal[] volume = names[nodeIndex.get(pair.effect().per())];
            BigDecimal[] amount = parameters[parameterIndex.get(pair.amount().path())];
            BigDecimal[] correction = pair.effect().correction() == null ? null
                    : parameters[parameterIndex.get(pair.effect().correction().path())];
            for (int p = 0; p < planYears; p++) {
                if (!active[p]) {
                    continue;
                }
                BigDecimal cohort = volume[p].multiply(amount[p]);
                if (correction != null) {
                    cohort = cohort.multiply(correction[p]);
                }
                if (cohort.signum() == 0) {
                    continue;
                }
                cohorts[j][v * planYears + p] = cohorts[j][v * planYears + p].add(cohort);
                int start = years.first() + p;
                for (int year = start; year <= years.effectsUntil(); year++) {
                    if (pair.effect().timing().fallsIn(start, year)) {
                        int e = year - years.first();
                        euros[j][v * effectYears + e] = euros[j][v * effectYears + e].add(cohort);
                        int at = layout.index(AreaResults.Measure.BENEFITS, pair.financier(), variant, year);
                        flow[at] = flow[at].add(cohort);
                    }
                }
            }
        }
        for (PricedLine line : lines) {
            BigDecimal[] quantity = names[nodeIndex.get(line.quantity())];
            for (int p = 0; p < planYears; p++) {
                if (!active[p] || quantity[p].signum() == 0) {
                    continue;
                }
                int year = years.first() + p;
                BigDecimal cost = quantity[p].multiply(line.tariff().values().get(variant).at(year));
                for (int s = 0; s < line.shares().size(); s++) {
                    int at = layout.index(AreaResults.Measure.INVESTMENTS, line.financiers()[s], variant, year);
                    flow[at] = flow[at].add(cost.multiply(line.shares().get(s).values().get(variant).at(year)));
                }
            }
        }
    }

    /**
     * The compiled plan's running totals in double precision ({@link #addBlock}); they become the
     * decimal totals once, in {@link #result}. Null while only exact values were added.
     */
    private double[][] fastSums;
    private double[][] fastFirst;
    private double[][] fastEuros;
    private double[][] fastCohorts;

    /**
     * Adds a block of areas of one variant, as the compiled plan computed them: as {@link #add},
     * in double precision from start to end (a figure becomes a decimal only when it is reported).
     *
     * @param names every name per plan year and area ({@code [node][year][area]})
     * @param parameters every effect amount and correction per start year (the same in every area)
     * @param flows the areas' flows ({@code [area][index]}, indexed as {@link AreaResults#index})
     */
    void addBlock(List<Area> block, Variant variant, double[][][] names, BigDecimal[][] parameters, double[][] flows,
            AreaResults layout) {
        int v = variant.ordinal();
        int n = block.size();
        if (fastSums == null) {
            fastSums = new double[nodes.size()][VARIANTS * planYears];
            fastFirst = new double[nodes.size()][VARIANTS * planYears];
            fastEuros = new double[pairs.size()][VARIANTS * effectYears];
            fastCohorts = new double[pairs.size()][VARIANTS * planYears];
        }
        boolean firstArea = !started[v];
        started[v] = true;
        boolean[][] active = new boolean[planYears][n];
        for (int p = 0; p < planYears; p++) {
            for (int d = 0; d < n; d++) {
                active[p][d] = rollout.active(block.get(d), years.first() + p);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            for (int p = 0; p < planYears; p++) {
                double[] column = names[i][p];
                if (summed[i]) {
                    double sum = 0;
                    for (int d = 0; d < n; d++) {
                        if (active[p][d]) {
                            sum += column[d];
                        }
                    }
                    fastSums[i][v * planYears + p] += sum;
                    continue;
                }
                if (firstArea) {
                    fastFirst[i][v * planYears + p] = column[0];
                }
                double same = fastFirst[i][v * planYears + p];
                for (int d = 0; d < n && uniform[i]; d++) {
                    uniform[i] = column[d] == same;
                }
            }
        }
        for (int j = 0; j < effectParameters.size(); j++) {
            track(firstEffectParameters, uniformEffectParameters, j, v, parameters[j], firstArea);
        }
        Map<String, Integer> parameterIndex = parameterIndex();
        for (int j = 0; j < pairs.size(); j++) {
            Pair pair = pairs.get(j);
            double[][] volume = names[nodeIndex.get(pair.effect().per())];
            BigDecimal[] amount = parameters[parameterIndex.get(pair.amount().path())];
            BigDecimal[] correction = pair.effect().correction() == null ? null
                    : parameters[parameterIndex.get(pair.effect().correction().path())];
            for (int p = 0; p < planYears; p++) {
                int start = years.first() + p;
                // The effect years a cohort starting in this year falls in, and where they land.
                int[] falls = new int[effectYears];
                int count = 0;
                for (int year = start; year <= years.effectsUntil(); year++) {
                    if (pair.effect().timing().fallsIn(start, year)) {
                        falls[count++] = year - years.first();
                    }
                }
                int[] at = new int[count];
                for (int c = 0; c < count; c++) {
                    at[c] = layout.index(AreaResults.Measure.BENEFITS, pair.financier(), variant,
                            years.first() + falls[c]);
                }
                double a = amount[p].doubleValue();
                double corr = correction == null ? 1 : correction[p].doubleValue();
                double[] column = volume[p];
                double sum = 0;
                for (int d = 0; d < n; d++) {
                    if (!active[p][d]) {
                        continue;
                    }
                    double cohort = column[d] * a;
                    if (correction != null) {
                        cohort *= corr;
                    }
                    if (cohort == 0) {
                        continue;
                    }
                    sum += cohort;
                    double[] flow = flows[d];
                    for (int c = 0; c < count; c++) {
                        flow[at[c]] += cohort;
                    }
                }
                fastCohorts[j][v * planYears + p] += sum;
                for (int c = 0; c < count; c++) {
                    fastEuros[j][v * effectYears + falls[c]] += sum;
                }
            }
        }
        for (PricedLine line : lines) {
            double[][] quantity = names[nodeIndex.get(line.quantity())];
            for (int p = 0; p < planYears; p++) {
                int year = years.first() + p;
                double tariff = line.tariff().values().get(variant).at(year).doubleValue();
                int payers = line.shares().size();
                double[] shares = new double[payers];
                int[] at = new int[payers];
                for (int s = 0; s < payers; s++) {
                    shares[s] = line.shares().get(s).values().get(variant).at(year).doubleValue();
                    at[s] = layout.index(AreaResults.Measure.INVESTMENTS, line.financiers()[s], variant, year);
                }
                double[] column = quantity[p];
                for (int d = 0; d < n; d++) {
                    if (!active[p][d] || column[d] == 0) {
                        continue;
                    }
                    double cost = column[d] * tariff;
                    for (int s = 0; s < payers; s++) {
                        flows[d][at[s]] += cost * shares[s];
                    }
                }
            }
        }
    }

    /** The double totals of {@link #addBlock} as the decimal totals {@link #result} reads. */
    private void settleFast() {
        if (fastSums == null) {
            return;
        }
        for (int i = 0; i < nodes.size(); i++) {
            sums[i] = decimals(fastSums[i]);
            if (!summed[i]) {
                first[i] = decimals(fastFirst[i]);
            }
        }
        for (int j = 0; j < pairs.size(); j++) {
            euros[j] = decimals(fastEuros[j]);
            cohorts[j] = decimals(fastCohorts[j]);
        }
        fastSums = null;
    }

    private static BigDecimal[] decimals(double[] values) {
        BigDecimal[] out = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = AreaFlow.decimal(values[i]);
        }
        return out;
    }

    private Map<String, Integer> parameterIndex;

    private Map<String, Integer> parameterIndex() {
        if (parameterIndex == null) {
            parameterIndex = new HashMap<>();
            for (int j = 0; j < effectParameters.size(); j++) {
                parameterIndex.put(effectParameters.get(j).path(), j);
            }
        }
        return parameterIndex;
    }

    private void track(BigDecimal[][] firsts, boolean[] same, int i, int v, BigDecimal[] values, boolean firstArea) {
        if (firstArea) {
            if (firsts[i] == null) {
                firsts[i] = new BigDecimal[VARIANTS * planYears];
            }
            System.arraycopy(values, 0, firsts[i], v * planYears, planYears);
            return;
        }
        if (!same[i]) {
            return;
        }
        for (int p = 0; p < planYears; p++) {
            if (firsts[i][v * planYears + p].compareTo(values[p]) != 0) {
                same[i] = false;
                return;
            }
        }
    }

    /** The totals over every area, as the reports of a one-region scenario read them. */
    KernaanpakResult result() {
        settleFast();
        Set<String> columns = new HashSet<>();
        table.columns().forEach(c -> columns.add(c.name()));
        List<CalculationPlan.Node> kept = new ArrayList<>();
        Map<Variant, Map<String, YearSeries>> values = perVariant();
        List<QuantityResult> quantities = new ArrayList<>();
        // Provenance texts reach the workbooks, which speak Dutch.
        String summedNote = "som over de " + table.areas().size() + " gebieden van " + table.file().getFileName();
        for (int i = 0; i < nodes.size(); i++) {
            CalculationPlan.Node node = nodes.get(i);
            boolean shared = node.origin() == CalculationPlan.Origin.SHARED_PARAMETER && !columns.contains(node.name());
            BigDecimal[] series;
            Parameter parameter;
            if (summed[i]) {
                series = sums[i];
                // A calculator's quantities share the calculator's path: each input needs its own.
                String path = node.origin() == CalculationPlan.Origin.CALCULATOR_QUANTITY
                        ? node.path() + "." + node.name() : node.path();
                parameter = input(node.name(), path, node.unit(), node.kind(), node.description(), series,
                        new Provenance(Provenance.Kind.DERIVED, summedNote));
            } else if (uniform[i]) {
                series = first[i];
                parameter = shared || (node.formula() == null && !columns.contains(node.name())) ? node.parameter()
                        : input(node.name(), node.path(), node.unit(), node.kind(), node.description(), series,
                                node.parameter().provenance());
            } else {
                continue; // differs per area and adds up to nothing meaningful: shown per area only
            }
            kept.add(shared && !summed[i] ? node : new CalculationPlan.Node(node.name(), node.path(), node.unit(),
                    node.kind(), node.description(), CalculationPlan.Origin.PARAMETER, parameter, null));
            for (Variant v : Variant.values()) {
                values.get(v).put(node.name(), series(series, v, planYears, years.first()));
            }
            if (node.isQuantity()) {
                quantities.add(new QuantityResult(kernaanpak.id(), node.name(), node.unit(), node.description(),
                        Band.from(v -> values.get(v).get(node.name()))));
            }
        }
        Map<Variant, Map<String, YearSeries>> effectValues = perVariant();
        List<Effect> effects = new ArrayList<>();
        List<EffectResult> results = new ArrayList<>();
        Map<String, Integer> parameterIndex = parameterIndex();
        int j = 0;
        int synthetic = 0;
        for (Effect effect : kernaanpak.effects()) {
            boolean same = uniformEffectParameters[parameterIndex.get(effect.amounts().values().iterator().next().path())];
            for (Parameter p : effect.amounts().values()) {
                same &= uniformEffectParameters[parameterIndex.get(p.path())];
            }
            if (effect.correction() != null) {
                same &= uniformEffectParameters[parameterIndex.get(effect.correction().path())];
            }
            if (same) {
                Map<String, Parameter> amounts = new LinkedHashMap<>();
                effect.amounts().forEach((domain, p) -> amounts.put(domain, fixedParameter(p, effectValues, parameterIndex)));
                Parameter correction = effect.correction() == null ? null
                        : fixedParameter(effect.correction(), effectValues, parameterIndex);
                effects.add(new Effect(effect.name(), effect.path(), effect.per(), amounts, correction, effect.timing(),
                        effect.note()));
                for (int d = 0; d < effect.amounts().size(); d++) {
                    results.add(effectResult(j++));
                }
                continue;
            }
            // The amount or correction differs per area: the euros per start year are summed over
            // the areas and become the volume of an amount of one euro.
            for (Map.Entry<String, Parameter> amount : effect.amounts().entrySet()) {
                String name = "euroPerStartjaar" + (++synthetic);
                Parameter cohort = input(name, amount.getValue().path(), "euro", ParameterKind.AMOUNT,
                        effect.name() + " – " + amount.getKey() + ": euro's per startjaar", cohorts[j],
                        new Provenance(Provenance.Kind.DERIVED, "het bedrag of de correctie verschilt per gebied; "
                                + summedNote));
                kept.add(new CalculationPlan.Node(name, effect.path(), "euro", ParameterKind.AMOUNT,
                        cohort.description(), CalculationPlan.Origin.PARAMETER, cohort, null));
                for (Variant v : Variant.values()) {
                    values.get(v).put(name, series(cohorts[j], v, planYears, years.first()));
                }
                Parameter one = new Parameter(amount.getKey(), amount.getValue().path(), "euro", ParameterKind.AMOUNT, "",
                        Band.of(YearValues.constant(BigDecimal.ONE)), null, false,
                        new Provenance(Provenance.Kind.DERIVED, "one euro per euro of the summed cohorts"));
                for (Variant v : Variant.values()) {
                    effectValues.get(v).put(one.path(), constantSeries(BigDecimal.ONE));
                }
                effects.add(new Effect(effect.name(), effect.path(), name, Map.of(amount.getKey(), one), null,
                        effect.timing(), effect.note()));
                results.add(effectResult(j++));
            }
        }
        Kernaanpak totals = new Kernaanpak(kernaanpak.id(), kernaanpak.name(), kernaanpak.description(),
                kernaanpak.calculator(), kernaanpak.path(), Map.of(), List.of(), List.copyOf(effects));
        return new KernaanpakResult(totals, CalculationPlan.of(kept), Band.from(values::get),
                Band.from(effectValues::get), List.copyOf(quantities), List.copyOf(results));
    }

    private EffectResult effectResult(int j) {
        Pair pair = pairs.get(j);
        Domain domain = scenario.domain(pair.domain()).orElseThrow();
        return new EffectResult(kernaanpak.id(), pair.effect().name(), domain.name(), domain.financier(),
                Band.from(v -> series(euros[j], v, effectYears, years.first())));
    }

    /** An effect parameter that is the same in every area, as a typed-in value. */
    private Parameter fixedParameter(Parameter p, Map<Variant, Map<String, YearSeries>> effectValues,
            Map<String, Integer> parameterIndex) {
        BigDecimal[] series = firstEffectParameters[parameterIndex.get(p.path())];
        for (Variant v : Variant.values()) {
            effectValues.get(v).put(p.path(), series(series, v, planYears, years.first()));
        }
        return p.isFormula() ? input(p.name(), p.path(), p.unit(), p.kind(), p.description(), series, p.provenance())
                : p;
    }

    private Parameter input(String name, String path, String unit, ParameterKind kind, String description,
            BigDecimal[] series, Provenance provenance) {
        Band<YearValues> values = Band.from(v -> {
            SortedMap<Integer, BigDecimal> perYear = new TreeMap<>();
            for (int p = 0; p < planYears; p++) {
                perYear.put(years.first() + p, series[v.ordinal() * planYears + p]);
            }
            return YearValues.perYear(perYear);
        });
        // Banded when the variants differ, as a typed-in band would be: the compiled plan (sensitivity,
        // simulation) takes a parameter that is not banded at its expected value.
        boolean banded = !values.min().equals(values.expected()) || !values.max().equals(values.expected());
        return new Parameter(name, path, unit, kind, description, values, null, banded, provenance);
    }

    private YearSeries constantSeries(BigDecimal value) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        for (int p = 0; p < planYears; p++) {
            out.put(years.first() + p, value);
        }
        return new YearSeries(out);
    }

    private static YearSeries series(BigDecimal[] values, Variant v, int length, int firstYear) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        for (int i = 0; i < length; i++) {
            out.put(firstYear + i, values[v.ordinal() * length + i]);
        }
        return new YearSeries(out);
    }

    private static Map<Variant, Map<String, YearSeries>> perVariant() {
        Map<Variant, Map<String, YearSeries>> map = new java.util.EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            map.put(v, new LinkedHashMap<>());
        }
        return map;
    }

    static BigDecimal[] zeros(int n) {
        BigDecimal[] out = new BigDecimal[n];
        Arrays.fill(out, BigDecimal.ZERO);
        return out;
    }

    CalculationPlan plan() {
        return plan;
    }

    Kernaanpak kernaanpak() {
        return kernaanpak;
    }

    /** Every effect's amounts and correction, in the order {@link #add} takes their values. */
    List<Parameter> effectParameters() {
        return effectParameters;
    }
}
