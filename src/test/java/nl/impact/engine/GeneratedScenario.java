package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A scenario made by {@link GeneratedScenarios} for the property tests, rendered as the YAML text
 * (and CSV area table) a user would write. Every reference to another name (an effect's volume, a
 * budget line's named quantity, a formula's operands) is an index resolved against the names that
 * exist where it is rendered, so every generated scenario is valid and shrinking stays valid.
 *
 * <p>Figures are kept to a realistic scale (counts to 2,000 and inhabitants to 20,000, rates to 10,
 * euros per unit to 5,000, a product of a count and a rate or share at most) so that exact decimal
 * results mean something: a double's error on them is far below a cent.
 *
 * @param first the first plan year
 * @param planYears 1 to 4 plan years
 * @param extraYears effect years after the plan years
 * @param zorgkantoor whether the domain Wlz (financier zorgkantoor) exists beside Wmo and Zvw
 * @param provincie whether the begroting declares the financier provincie
 * @param discountRate null for the default (0)
 * @param areas null for a scenario without an area table
 * @param kpis KPIs written as formulas over the plan's effects, quantities and numbers
 * @param settlements settlements between the domains' financiers: at most one share of effects and one cost
 */
record GeneratedScenario(int first, int planYears, int extraYears, boolean zorgkantoor, boolean provincie,
        BigDecimal discountRate, List<Figure> shared, List<Kernaanpak> kernaanpakken, List<Line> lines, Areas areas,
        List<Kpi> kpis, List<Settlement> settlements) {

    static final int MAX_PLAN_YEARS = 4;

    // ----------------------------------------------------------------------------------------- figures

    /** What a figure is, with the kind the scenario gives it. */
    enum Kind {
        COUNT("count"), RATE("rate"), FRACTION("fraction"), MONEY("amount"), COST("cost");

        final String key;

        Kind(String key) {
            this.key = key;
        }

        /** True for a name a volume or a formula may be made of: never euros. */
        boolean volume() {
            return this == COUNT || this == RATE || this == FRACTION;
        }
    }

    /** A number of the scenario: one value, a value per plan year, or a band. */
    sealed interface Figure permits Value, PerYear, Banded, BandedPerYear {
        Kind kind();

        /** The same figure with every number mapped (monotone maps keep a band a band). */
        Figure map(UnaryOperator<BigDecimal> f);
    }

    record Value(Kind kind, BigDecimal value) implements Figure {
        public Figure map(UnaryOperator<BigDecimal> f) {
            return new Value(kind, f.apply(value));
        }
    }

    /** @param values one per possible plan year; the first {@code planYears} are used */
    record PerYear(Kind kind, List<BigDecimal> values) implements Figure {
        public Figure map(UnaryOperator<BigDecimal> f) {
            return new PerYear(kind, values.stream().map(f).toList());
        }
    }

    /** @param expected null for the midpoint (never for a count: its midpoint may not be whole) */
    record Banded(Kind kind, BigDecimal min, BigDecimal expected, BigDecimal max) implements Figure {
        public Figure map(UnaryOperator<BigDecimal> f) {
            return new Banded(kind, f.apply(min), expected == null ? null : f.apply(expected), f.apply(max));
        }
    }

    /** A band per plan year: min, expected and max each one per possible plan year. */
    record BandedPerYear(Kind kind, List<BigDecimal> min, List<BigDecimal> expected, List<BigDecimal> max)
            implements Figure {
        public Figure map(UnaryOperator<BigDecimal> f) {
            return new BandedPerYear(kind, min.stream().map(f).toList(), expected.stream().map(f).toList(),
                    max.stream().map(f).toList());
        }
    }

    /**
     * A formula: one of a few templates over names picked by index from those it may read.
     *
     * @param template which of {@link #TEMPLATES}
     */
    record Expr(int template, int x, int y, int constant) {
        static final String[] TEMPLATES = {
            "{x}", "{x} * {y}", "{x} * {c}", "{x} + {y}", "{x} / {d}", "MIN({x}, {y})", "MAX({x}, {y})",
            "IF({x} > {y}, {x}, {y} * {c})", "CUMULATIVE({x})", "PREVIOUS({x}) + {y}", "{x} * YEARINDEX()",
            "ROUND({x} * {y}, 0)", "IF(YEAR() = {year}, {x}, {y})"
        };
        static final String[] CONSTANTS = {"0.5", "2", "3", "1.25"};
        static final String[] DIVISORS = {"2", "4", "5", "8", "10"};

        /** True when the template multiplies two names: its operands are then inputs, not formulas. */
        boolean multiplies() {
            return template == 1 || template == 10 || template == 11;
        }
    }

    // ----------------------------------------------------------------------------------- kernaanpakken

    enum Unit { EURO, UUR, FTE, PERSONEN }

    /**
     * @param per the volume's index among the kernaanpak's volume names, or -1 for a lump sum
     * @param timing 0 direct, 1 next-year, 2 {offset, years}
     * @param correction null for none
     */
    record Effect(int per, int timing, int offset, int years, Correction correction, List<Amount> amounts, Unit unit) {
    }

    /** A correction factor: a fraction figure of its own, or (when {@code byName}) the name of a fraction parameter. */
    record Correction(boolean byName, int ref, Figure figure) {
    }

    /**
     * An amount per unit in a domain (0 Wmo, 1 Zvw, 2 Wlz): a figure, the name of a euro parameter of
     * the kernaanpak, or a formula: that parameter times a volume name.
     *
     * @param form 0 figure, 1 name, 2 formula
     */
    record Amount(int domain, int form, int ref, int volume, Figure figure) {
    }

    /**
     * @param parameters the kernaanpak's parameters, named a1, a2, ...
     * @param formulas its formulas, named f1, f2, ...; each reads the names before it
     * @param where in an area scenario, whether it runs only where the column actief is not 0
     * @param from in an area scenario, whether it starts per area in the column start's year
     */
    record Kernaanpak(List<Figure> parameters, List<Expr> formulas, List<Effect> effects, boolean where, boolean from) {

        Kernaanpak withParameter(int p, Figure figure) {
            List<Figure> copy = new ArrayList<>(parameters);
            copy.set(p, figure);
            return new Kernaanpak(copy, formulas, effects, where, from);
        }

        Kernaanpak withAmount(int e, int a, int step) {
            Effect effect = effects.get(e);
            List<Amount> amounts = new ArrayList<>(effect.amounts());
            Amount amount = amounts.get(a);
            amounts.set(a, new Amount(amount.domain(), amount.form(), amount.ref(), amount.volume(),
                    moved(amount.figure(), step)));
            return withEffect(e, new Effect(effect.per(), effect.timing(), effect.offset(), effect.years(),
                    effect.correction(), amounts, effect.unit()));
        }

        Kernaanpak withCorrection(int e, int step) {
            Effect effect = effects.get(e);
            Correction c = effect.correction();
            return withEffect(e, new Effect(effect.per(), effect.timing(), effect.offset(), effect.years(),
                    new Correction(false, c.ref(), moved(c.figure(), step)), effect.amounts(), effect.unit()));
        }

        private Kernaanpak withEffect(int e, Effect effect) {
            List<Effect> copy = new ArrayList<>(effects);
            copy.set(e, effect);
            return new Kernaanpak(parameters, formulas, copy, where, from);
        }
    }

    // ------------------------------------------------------------------------------------ budget lines

    /**
     * Who pays a line: one financier, or two or three with shares adding up to 1.
     *
     * @param share the first financier's share when split over two (the second gets 1 minus it, in every
     *     variant and year); over three, {@code thirds} gives the first two shares in hundredths
     */
    record Payers(int count, int first, int second, int third, Figure share, int[] thirds) {
    }

    /**
     * A line's cost.
     *
     * @param mode 0 amount, 1 amount as a formula, 2 a quantity of its own x tariff, 3 a named quantity
     *     of its kernaanpak x tariff, 4 quantity and tariff as formulas (a tiered price), 5 a named
     *     quantity x a tiered tariff
     */
    record Cost(int mode, Figure amount, Figure quantity, Figure tariff, int ref, Expr volume) {
    }

    /**
     * @param kernaanpak -1 for a programme-wide line, else the index (modulo the kernaanpakken) of its kernaanpak
     * @param parameters the line's own parameters b1, b2, ... (used by its formulas)
     */
    record Line(int kernaanpak, Payers payers, Cost cost, List<Figure> parameters) {

        Line withParameter(int p, Figure figure) {
            List<Figure> copy = new ArrayList<>(parameters);
            copy.set(p, figure);
            return new Line(kernaanpak, payers, cost, copy);
        }

        /** The figures of its cost that are inputs: the amount, the quantity of its own, the tariff. */
        int costFigures() {
            return switch (cost.mode()) {
                case 0, 3 -> 1;
                case 2 -> 2;
                default -> 0;
            };
        }

        /** The {@code i}-th input figure of its cost moved. */
        Line withCostMoved(int i, int step) {
            Cost c = cost;
            Cost moved = switch (c.mode()) {
                case 0 -> new Cost(0, moved(c.amount(), step), c.quantity(), c.tariff(), c.ref(), c.volume());
                case 2 -> i == 0 ? new Cost(2, c.amount(), moved(c.quantity(), step), c.tariff(), c.ref(), c.volume())
                        : new Cost(2, c.amount(), c.quantity(), moved(c.tariff(), step), c.ref(), c.volume());
                default -> new Cost(c.mode(), c.amount(), c.quantity(), moved(c.tariff(), step), c.ref(), c.volume());
            };
            return new Line(kernaanpak, payers, moved, parameters);
        }

        Line withShareMoved(int step) {
            Payers p = payers;
            return new Line(kernaanpak, new Payers(p.count(), p.first(), p.second(), p.third(),
                    moved(p.share(), step), p.thirds()), cost, parameters);
        }
    }

    // ------------------------------------------------------------------------------------ settlements

    /**
     * A settlement (verrekening) from one of the domains' financiers to another: a share of effects
     * when its figure is a fraction, else a cost per plan year.
     *
     * @param from the paying financier, an index modulo the domains' financiers
     * @param to the receiving one: the {@code to}-th other financier, modulo their number
     * @param kernaanpak -1 for the effects of every kernaanpak, else an index modulo the kernaanpakken
     * @param domain -1 for every domain, else an index modulo the domains
     */
    record Settlement(int from, int to, Figure figure, int kernaanpak, int domain) {

        boolean share() {
            return figure.kind() == Kind.FRACTION;
        }

        Settlement withFigure(Figure f) {
            return new Settlement(from, to, f, kernaanpak, domain);
        }
    }

    // -------------------------------------------------------------------------------------------- KPIs

    /**
     * A KPI as a formula (docs/kpis.md) over names it declares: {@code e} the euros of a kernaanpak's
     * effects ({@code kernaanpak} -1: every kernaanpak's) in every domain or in one or two, {@code q} a
     * formula of a kernaanpak (a quantity), {@code n} a number of its own, {@code basis} a fixed number
     * its band is a formula of.
     *
     * @param domains 0 every domain, 1 one (the {@code domain}-th), 2 two
     * @param template which of {@link #TEMPLATES}
     * @param band 0 numbers, 1 formulas over {@code basis}, 2 a formula in YEARINDEX()
     */
    record Kpi(int template, boolean cumulative, boolean lowerIsBetter, int kernaanpak, int domains, int domain,
            int quantity, Figure number, BigDecimal basis, int band, BigDecimal width) {
        static final String[] TEMPLATES = {
            "e", "e + q * n", "e * n", "IF(e > basis, e - basis, q)", "CUMULATIVE(e) / 2", "PREVIOUS(e) + n * basis",
            "ROUND(e / 1000, 1) + {g}", "MAX(e, q) - MIN(n, basis)"
        };
    }

    // ------------------------------------------------------------------------------------------- areas

    /** An area of the table: its gemeente (index), inhabitants, a share, whether a kernaanpak runs, its start. */
    record Area(int gemeente, int inwoners, BigDecimal deel, int actief, int startOffset) {

        /** One cell moved: 0 inwoners, 1 deel, 2 actief (switched), 3 the start year (up to a year before the plan, or after it). */
        Area moved(int column, int step, int planYears) {
            return switch (column) {
                case 0 -> new Area(gemeente, Math.max(0, inwoners + 7 * step), deel, actief, startOffset);
                case 1 -> new Area(gemeente, inwoners, clamp(Kind.FRACTION,
                        deel.add(new BigDecimal("0.05").multiply(BigDecimal.valueOf(step)))), actief, startOffset);
                case 2 -> new Area(gemeente, inwoners, deel, 1 - actief, startOffset);
                default -> new Area(gemeente, inwoners, deel, actief,
                        Math.max(-1, Math.min(planYears, startOffset + step)));
            };
        }
    }

    record Areas(List<Area> areas) {
    }

    static final String[] GEMEENTEN = {"Heerlen", "Sittard-Geleen", "Maastricht"};
    static final String[] DOMAINS = {"Wmo", "Zvw", "Wlz"};

    // ------------------------------------------------------------------------------------------ years

    int last() {
        return first + planYears - 1;
    }

    int effectsUntil() {
        return last() + extraYears;
    }

    boolean hasAreas() {
        return areas != null;
    }

    /** The domains' financiers, whom a settlement moves money between. */
    List<String> domainFinanciers() {
        return zorgkantoor ? List.of("gemeente", "zorgverzekeraar", "zorgkantoor") : List.of("gemeente", "zorgverzekeraar");
    }

    /** The financiers a budget line may name: the domains', then the declared one. */
    List<String> financiers() {
        List<String> out = new ArrayList<>(List.of("gemeente", "zorgverzekeraar"));
        if (zorgkantoor) {
            out.add("zorgkantoor");
        }
        if (provincie) {
            out.add("provincie");
        }
        return out;
    }

    int domains() {
        return zorgkantoor ? 3 : 2;
    }

    // ------------------------------------------------------------------------------------------ names

    /** A name a formula or an effect can read, with its kind. */
    record Name(String name, Kind kind, boolean formula) {
    }

    String sharedName(int i) {
        return "g" + (i + 1);
    }

    /** The names of a kernaanpak's scope, in the order they are defined: shared, columns, parameters, formulas. */
    List<Name> names(Kernaanpak k, boolean withFormulas) {
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < shared.size(); i++) {
            names.add(new Name(sharedName(i), shared.get(i).kind(), false));
        }
        if (hasAreas()) {
            names.add(new Name("inwoners", Kind.COUNT, false));
            names.add(new Name("deel", Kind.FRACTION, false));
        }
        for (int i = 0; i < k.parameters().size(); i++) {
            names.add(new Name("a" + (i + 1), k.parameters().get(i).kind(), false));
        }
        if (withFormulas) {
            for (int i = 0; i < k.formulas().size(); i++) {
                names.add(new Name("f" + (i + 1), Kind.RATE, true));
            }
        }
        return names;
    }

    /** The names an effect may be per, or a budget line priced on: the kernaanpak's own volumes and formulas. */
    List<String> volumes(Kernaanpak k) {
        List<String> out = new ArrayList<>();
        for (Name n : names(k, true)) {
            if ((n.formula() || n.name().startsWith("a")) && n.kind().volume()) {
                out.add(n.name());
            }
        }
        return out;
    }

    List<String> ofKind(Kernaanpak k, Kind kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k.parameters().size(); i++) {
            if (k.parameters().get(i).kind() == kind) {
                out.add("a" + (i + 1));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------- mutations

    /**
     * The same scenario with one input changed: the {@code which}-th figure (modulo their number, in a
     * fixed order; with {@code cells} the area table's cells instead) moved by {@code step} units of its
     * kind, kept within its kind's range; the other way when that changes nothing (a count at 0).
     */
    GeneratedScenario mutate(int which, int step, boolean cells) {
        List<UnaryOperator<GeneratedScenario>> edits = cells ? cellEdits(step) : figureEdits(step);
        GeneratedScenario changed = edits.get(Math.floorMod(which, edits.size())).apply(this);
        if (changed.toString().equals(toString())) {
            edits = cells ? cellEdits(-step) : figureEdits(-step);
            changed = edits.get(Math.floorMod(which, edits.size())).apply(this);
        }
        return changed;
    }

    private List<UnaryOperator<GeneratedScenario>> cellEdits(int step) {
        List<UnaryOperator<GeneratedScenario>> edits = new ArrayList<>();
        for (int a = 0; a < areas.areas().size(); a++) {
            for (int c = 0; c < 4; c++) {
                int aa = a;
                int cc = c;
                edits.add(s -> s.withArea(aa, s.areas.areas().get(aa).moved(cc, step, s.planYears)));
            }
        }
        return edits;
    }

    private List<UnaryOperator<GeneratedScenario>> figureEdits(int step) {
        List<UnaryOperator<GeneratedScenario>> edits = new ArrayList<>();
        // Shared parameters.
        for (int i = 0; i < shared.size(); i++) {
            int at = i;
            edits.add(s -> s.withShared(at, moved(s.shared.get(at), step)));
        }
        for (int k = 0; k < kernaanpakken.size(); k++) {
            int kk = k;
            Kernaanpak kernaanpak = kernaanpakken.get(k);
            for (int p = 0; p < kernaanpak.parameters().size(); p++) {
                int pp = p;
                edits.add(s -> s.withKernaanpak(kk, s.kernaanpakken.get(kk).withParameter(pp,
                        moved(s.kernaanpakken.get(kk).parameters().get(pp), step))));
            }
            for (int e = 0; e < kernaanpak.effects().size(); e++) {
                Effect effect = kernaanpak.effects().get(e);
                for (int a = 0; a < effect.amounts().size(); a++) {
                    if (effect.amounts().get(a).form() == 0) {
                        int ee = e;
                        int aa = a;
                        edits.add(s -> s.withKernaanpak(kk, s.kernaanpakken.get(kk).withAmount(ee, aa, step)));
                    }
                }
                if (effect.correction() != null && !effect.correction().byName()) {
                    int ee = e;
                    edits.add(s -> s.withKernaanpak(kk, s.kernaanpakken.get(kk).withCorrection(ee, step)));
                }
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            int ll = l;
            Line line = lines.get(l);
            for (int p = 0; p < line.parameters().size(); p++) {
                int pp = p;
                edits.add(s -> s.withLine(ll, s.lines.get(ll).withParameter(pp,
                        moved(s.lines.get(ll).parameters().get(pp), step))));
            }
            for (int c = 0; c < line.costFigures(); c++) {
                int cc = c;
                edits.add(s -> s.withLine(ll, s.lines.get(ll).withCostMoved(cc, step)));
            }
            if (line.payers().count() == 2) {
                edits.add(s -> s.withLine(ll, s.lines.get(ll).withShareMoved(step)));
            }
        }
        for (int i = 0; i < settlements.size(); i++) {
            int ii = i;
            edits.add(s -> s.withSettlement(ii, s.settlements.get(ii).withFigure(moved(s.settlements.get(ii).figure(),
                    step))));
        }
        return edits;
    }

    /** A figure with every number moved by {@code step} units of its kind, within its kind's range. */
    static Figure moved(Figure figure, int step) {
        return figure.map(v -> clamp(figure.kind(), v.add(unit(figure.kind()).multiply(BigDecimal.valueOf(step)))));
    }

    static BigDecimal unit(Kind kind) {
        return switch (kind) {
            case COUNT -> BigDecimal.valueOf(7);
            case RATE -> new BigDecimal("0.3");
            case FRACTION -> new BigDecimal("0.05");
            case MONEY, COST -> new BigDecimal("12.5");
        };
    }

    /** A number kept within its kind's range: zero or more but for euros of an effect, a fraction at most 1. */
    static BigDecimal clamp(Kind kind, BigDecimal v) {
        BigDecimal kept = kind == Kind.MONEY ? v : v.max(BigDecimal.ZERO);
        return kind == Kind.FRACTION ? kept.min(BigDecimal.ONE) : kept;
    }

    GeneratedScenario withShared(int i, Figure f) {
        List<Figure> copy = new ArrayList<>(shared);
        copy.set(i, f);
        return new GeneratedScenario(first, planYears, extraYears, zorgkantoor, provincie, discountRate, copy,
                kernaanpakken, lines, areas, kpis, settlements);
    }

    GeneratedScenario withKernaanpak(int i, Kernaanpak k) {
        List<Kernaanpak> copy = new ArrayList<>(kernaanpakken);
        copy.set(i, k);
        return new GeneratedScenario(first, planYears, extraYears, zorgkantoor, provincie, discountRate, shared, copy,
                lines, areas, kpis, settlements);
    }

    GeneratedScenario withLine(int i, Line line) {
        List<Line> copy = new ArrayList<>(lines);
        copy.set(i, line);
        return new GeneratedScenario(first, planYears, extraYears, zorgkantoor, provincie, discountRate, shared,
                kernaanpakken, copy, areas, kpis, settlements);
    }

    GeneratedScenario withSettlement(int i, Settlement settlement) {
        List<Settlement> copy = new ArrayList<>(settlements);
        copy.set(i, settlement);
        return new GeneratedScenario(first, planYears, extraYears, zorgkantoor, provincie, discountRate, shared,
                kernaanpakken, lines, areas, kpis, copy);
    }

    GeneratedScenario withArea(int i, Area area) {
        List<Area> copy = new ArrayList<>(areas.areas());
        copy.set(i, area);
        return new GeneratedScenario(first, planYears, extraYears, zorgkantoor, provincie, discountRate, shared,
                kernaanpakken, lines, new Areas(copy), kpis, settlements);
    }

    /**
     * The same scenario with a table of {@code count} areas: the generated ones over and over, each
     * with inhabitants of its own.
     */
    GeneratedScenario withAreaCount(int count) {
        List<Area> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Area base = areas.areas().get(i % areas.areas().size());
            all.add(new Area(base.gemeente(), (base.inwoners() + 37 * i) % 20_001, base.deel(), base.actief(),
                    base.startOffset()));
        }
        return new GeneratedScenario(first, planYears, extraYears, zorgkantoor, provincie, discountRate, shared,
                kernaanpakken, lines, new Areas(all), kpis, settlements);
    }

    /** The scenario file's text (and its area table's): what a failing property shows of its sample. */
    @Override
    public String toString() {
        return "\n" + GeneratedYaml.yaml(this) + (hasAreas() ? GeneratedYaml.TABLE + ":\n" + GeneratedYaml.table(this) : "");
    }

    /** The same scenario with only the {@code a}-th area in its table. */
    GeneratedScenario onlyArea(int a) {
        return new GeneratedScenario(first, planYears, extraYears, zorgkantoor, provincie, discountRate, shared,
                kernaanpakken, lines, new Areas(List.of(areas.areas().get(a))), kpis, settlements);
    }
}
