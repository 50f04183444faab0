package nl.impact.engine;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import nl.impact.engine.GeneratedScenario.Amount;
import nl.impact.engine.GeneratedScenario.Area;
import nl.impact.engine.GeneratedScenario.Areas;
import nl.impact.engine.GeneratedScenario.Banded;
import nl.impact.engine.GeneratedScenario.Correction;
import nl.impact.engine.GeneratedScenario.Cost;
import nl.impact.engine.GeneratedScenario.Effect;
import nl.impact.engine.GeneratedScenario.Expr;
import nl.impact.engine.GeneratedScenario.Figure;
import nl.impact.engine.GeneratedScenario.Kernaanpak;
import nl.impact.engine.GeneratedScenario.Kind;
import nl.impact.engine.GeneratedScenario.Line;
import nl.impact.engine.GeneratedScenario.Payers;
import nl.impact.engine.GeneratedScenario.PerYear;
import nl.impact.engine.GeneratedScenario.Unit;
import nl.impact.engine.GeneratedScenario.Value;

/**
 * The arbitraries of {@link GeneratedScenario}: independent choices (structure, figures and indices
 * into the names that exist), so jqwik shrinks a failing scenario to fewer kernaanpakken, effects,
 * lines, areas and smaller numbers while it stays valid.
 */
final class GeneratedScenarios {

    private GeneratedScenarios() {
    }

    /** A scenario without an area table. */
    static Arbitrary<GeneratedScenario> plain() {
        return scenarios(Arbitraries.just(null));
    }

    /** A scenario with an area table of one to five areas in up to three gemeenten. */
    static Arbitrary<GeneratedScenario> withAreas() {
        return scenarios(area().list().ofMinSize(1).ofMaxSize(5).map(Areas::new));
    }

    private static Arbitrary<GeneratedScenario> scenarios(Arbitrary<Areas> areas) {
        Arbitrary<BigDecimal> rate = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.integers().between(1, 50).map(i -> BigDecimal.valueOf(i, 3))));
        Arbitrary<Frame> frame = Combinators.combine(Arbitraries.integers().between(2024, 2026),
                Arbitraries.integers().between(1, GeneratedScenario.MAX_PLAN_YEARS), Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false), Arbitraries.of(true, false), rate).as(Frame::new);
        Arbitrary<List<Figure>> shared = Arbitraries.oneOf(figure(Kind.COUNT), figure(Kind.RATE), figure(Kind.FRACTION))
                .list().ofMaxSize(2);
        return Combinators.combine(frame, shared, kernaanpak().list().ofMinSize(1).ofMaxSize(3),
                line().list().ofMaxSize(3), areas, kpi().list().ofMaxSize(2), settlements()).as((f, g, k, l, a, i, s) ->
                        new GeneratedScenario(f.first, f.planYears, f.extraYears, f.zorgkantoor, f.provincie,
                                f.discountRate, g, k, l, a, i, s));
    }

    /** None, a share of effects, a cost, or one of each (two shares of the same effect would be refused). */
    static Arbitrary<List<GeneratedScenario.Settlement>> settlements() {
        Arbitrary<GeneratedScenario.Settlement> share = settlement(Kind.FRACTION);
        Arbitrary<GeneratedScenario.Settlement> cost = settlement(Kind.COST);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.of())),
                Tuple.of(1, share.map(List::of)),
                Tuple.of(1, cost.map(List::of)),
                Tuple.of(1, Combinators.combine(share, cost).as(List::of)));
    }

    static Arbitrary<GeneratedScenario.Settlement> settlement(Kind kind) {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> orAll = Arbitraries.integers().between(-1, 2);
        return Combinators.combine(index, index, figure(kind), orAll, orAll).as(GeneratedScenario.Settlement::new);
    }

    private record Frame(int first, int planYears, int extraYears, boolean zorgkantoor, boolean provincie,
            BigDecimal discountRate) {
    }

    /** A number of a kind, at a realistic scale (see {@link GeneratedScenario}). */
    static Arbitrary<BigDecimal> number(Kind kind) {
        return switch (kind) {
            case COUNT -> Arbitraries.integers().between(0, 2000).map(i -> BigDecimal.valueOf(i));
            case RATE -> Arbitraries.integers().between(0, 100).map(i -> BigDecimal.valueOf(i, 1));
            case FRACTION -> Arbitraries.integers().between(0, 100).map(i -> BigDecimal.valueOf(i, 2));
            case MONEY -> Arbitraries.integers().between(-200_000, 500_000).map(i -> BigDecimal.valueOf(i, 2));
            case COST -> Arbitraries.integers().between(0, 1_000_000).map(i -> BigDecimal.valueOf(i, 2));
        };
    }

    /** A figure: one value, a value per year, or a band (min and max either way round; a count's with its expected). */
    static Arbitrary<Figure> figure(Kind kind) {
        Arbitrary<BigDecimal> n = number(kind);
        Arbitrary<Figure> value = n.map(v -> new Value(kind, v));
        Arbitrary<Figure> perYear = n.list().ofSize(GeneratedScenario.MAX_PLAN_YEARS).map(v -> new PerYear(kind, v));
        Arbitrary<Figure> band = Combinators.combine(n, n, n, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((a, b, c, flip, expected) -> {
                    List<BigDecimal> sorted = java.util.stream.Stream.of(a, b, c).sorted().toList();
                    BigDecimal low = flip ? sorted.get(2) : sorted.get(0);
                    BigDecimal high = flip ? sorted.get(0) : sorted.get(2);
                    return new Banded(kind, low, expected || kind == Kind.COUNT ? sorted.get(1) : null, high);
                });
        Arbitrary<Figure> bandPerYear = Combinators.combine(n.list().ofSize(3 * GeneratedScenario.MAX_PLAN_YEARS),
                Arbitraries.of(true, false)).as((values, flip) -> {
                    List<BigDecimal> min = new java.util.ArrayList<>();
                    List<BigDecimal> expected = new java.util.ArrayList<>();
                    List<BigDecimal> max = new java.util.ArrayList<>();
                    for (int y = 0; y < GeneratedScenario.MAX_PLAN_YEARS; y++) {
                        List<BigDecimal> sorted = values.subList(3 * y, 3 * y + 3).stream().sorted().toList();
                        min.add(flip ? sorted.get(2) : sorted.get(0));
                        expected.add(sorted.get(1));
                        max.add(flip ? sorted.get(0) : sorted.get(2));
                    }
                    return new GeneratedScenario.BandedPerYear(kind, min, expected, max);
                });
        return Arbitraries.frequencyOf(Tuple.of(4, value), Tuple.of(2, perYear), Tuple.of(3, band),
                Tuple.of(1, bandPerYear));
    }

    static Arbitrary<Expr> expr() {
        return Combinators.combine(Arbitraries.integers().between(0, Expr.TEMPLATES.length - 1),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 19)).as(Expr::new);
    }

    static Arbitrary<Kernaanpak> kernaanpak() {
        Arbitrary<Figure> parameter = Arbitraries.oneOf(figure(Kind.COUNT), figure(Kind.RATE), figure(Kind.FRACTION),
                figure(Kind.MONEY));
        return Combinators.combine(parameter.list().ofMinSize(1).ofMaxSize(4), expr().list().ofMaxSize(2),
                effect().list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Kernaanpak::new);
    }

    static Arbitrary<Effect> effect() {
        Arbitrary<Integer> per = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(-1)),
                Tuple.of(4, Arbitraries.integers().between(0, 9)));
        Arbitrary<Correction> correction = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 9),
                        figure(Kind.FRACTION)).as(Correction::new)));
        Arbitrary<Amount> amount = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.just(1)),
                        Tuple.of(1, Arbitraries.just(2))),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9), figure(Kind.MONEY))
                .as(Amount::new);
        Arbitrary<Unit> unit = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(Unit.EURO)),
                Tuple.of(1, Arbitraries.of(Unit.UUR, Unit.FTE, Unit.PERSONEN)));
        return Combinators.combine(per, Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 3), correction, amount.list().ofMinSize(1).ofMaxSize(2), unit)
                .as(Effect::new);
    }

    static Arbitrary<Line> line() {
        Arbitrary<int[]> thirds = Combinators.combine(Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50)).as((a, b) -> new int[] {a, b});
        Arbitrary<Payers> payers = Combinators.combine(Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(1)),
                        Tuple.of(4, Arbitraries.just(2)), Tuple.of(1, Arbitraries.just(3))),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3), figure(Kind.FRACTION), thirds).as(Payers::new);
        // A named quantity x tariff (mode 3) falls back to a quantity of its own where the kernaanpak has no
        // volume to name, so it comes up more often than the others.
        Arbitrary<Integer> mode = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(0, 1, 2, 4, 5)),
                Tuple.of(1, Arbitraries.just(3)));
        Arbitrary<Cost> cost = Combinators.combine(mode, figure(Kind.COST),
                figure(Kind.COUNT), figure(Kind.COST), Arbitraries.integers().between(0, 9), expr()).as(Cost::new);
        Arbitrary<Figure> parameter = Arbitraries.oneOf(figure(Kind.COUNT), figure(Kind.RATE), figure(Kind.FRACTION),
                figure(Kind.COST));
        return Combinators.combine(Arbitraries.integers().between(-1, 3), payers, cost, parameter.list().ofMaxSize(2))
                .as(Line::new);
    }

    /** A KPI: its number is one value or a band (never per year: a KPI may run beyond the plan years). */
    static Arbitrary<GeneratedScenario.Kpi> kpi() {
        Arbitrary<Figure> number = Arbitraries.frequencyOf(
                Tuple.of(1, number(Kind.RATE).map(v -> (Figure) new Value(Kind.RATE, v))),
                Tuple.of(1, Combinators.combine(number(Kind.RATE), number(Kind.RATE), Arbitraries.of(true, false))
                        .as((a, b, expected) -> (Figure) new Banded(Kind.RATE, a.min(b), expected ? a.min(b) : null,
                                a.max(b)))));
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 9);
        return Combinators.combine(Combinators.combine(Arbitraries.integers().between(0,
                        GeneratedScenario.Kpi.TEMPLATES.length - 1), Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.integers().between(-1, 2), Arbitraries.integers().between(0, 2), small, small)
                        .as(List::<Object>of),
                number, number(Kind.COST), Arbitraries.integers().between(0, 2), number(Kind.COST))
                .as((a, n, basis, band, width) -> new GeneratedScenario.Kpi((Integer) a.get(0), (Boolean) a.get(1),
                        (Boolean) a.get(2), (Integer) a.get(3), (Integer) a.get(4), (Integer) a.get(5),
                        (Integer) a.get(6), n, basis, band, width));
    }

    static Arbitrary<Area> area() {
        return Combinators.combine(Arbitraries.integers().between(0, GeneratedScenario.GEMEENTEN.length - 1),
                Arbitraries.integers().between(0, 20_000), number(Kind.FRACTION), Arbitraries.of(0, 1, 1),
                Arbitraries.integers().between(-1, GeneratedScenario.MAX_PLAN_YEARS)).as(Area::new);
    }
}
