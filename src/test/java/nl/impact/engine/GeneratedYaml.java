package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.engine.GeneratedScenario.Amount;
import nl.impact.engine.GeneratedScenario.Banded;
import nl.impact.engine.GeneratedScenario.Cost;
import nl.impact.engine.GeneratedScenario.Effect;
import nl.impact.engine.GeneratedScenario.Expr;
import nl.impact.engine.GeneratedScenario.Figure;
import nl.impact.engine.GeneratedScenario.Kernaanpak;
import nl.impact.engine.GeneratedScenario.Kind;
import nl.impact.engine.GeneratedScenario.Line;
import nl.impact.engine.GeneratedScenario.Name;
import nl.impact.engine.GeneratedScenario.PerYear;
import nl.impact.engine.GeneratedScenario.Value;

/** A {@link GeneratedScenario} as the scenario file and area table a user would write. */
final class GeneratedYaml {

    static final String TABLE = "gebieden.csv";

    private final GeneratedScenario s;
    private final StringBuilder out = new StringBuilder();

    private GeneratedYaml(GeneratedScenario s) {
        this.s = s;
    }

    /** The scenario file's text. */
    static String yaml(GeneratedScenario s) {
        return new GeneratedYaml(s).render();
    }

    /** The area table's text (CSV), for a scenario with areas. */
    static String table(GeneratedScenario s) {
        StringBuilder csv = new StringBuilder("code,naam,gemeente,inwoners,deel,actief,start\n");
        for (int a = 0; a < s.areas().areas().size(); a++) {
            GeneratedScenario.Area area = s.areas().areas().get(a);
            csv.append("A").append(a + 1).append(",Gebied ").append(a + 1).append(',')
                    .append(GeneratedScenario.GEMEENTEN[area.gemeente()]).append(',').append(area.inwoners()).append(',')
                    .append(number(area.deel())).append(',').append(area.actief()).append(',')
                    .append(s.first() + area.startOffset()).append('\n');
        }
        return csv.toString();
    }

    private String render() {
        out.append("name: Gegenereerd scenario\n");
        out.append("years: {first: ").append(s.first()).append(", last: ").append(s.last()).append(", effectsUntil: ")
                .append(s.effectsUntil()).append("}\n");
        if (s.discountRate() != null) {
            out.append("discountRate: ").append(number(s.discountRate())).append('\n');
        }
        out.append("domains:\n  Wmo: {financier: gemeente}\n  Zvw: {financier: zorgverzekeraar}\n");
        if (s.zorgkantoor()) {
            out.append("  Wlz: {financier: zorgkantoor}\n");
        }
        if (!s.shared().isEmpty()) {
            out.append("parameters:\n");
            for (int i = 0; i < s.shared().size(); i++) {
                out.append("  ").append(s.sharedName(i)).append(": ").append(figure(s.shared().get(i), true)).append('\n');
            }
        }
        if (s.hasAreas()) {
            out.append("""
                    areas:
                      table: gebieden.csv
                      columns:
                        inwoners: {kind: count}
                        deel: {kind: fraction}
                        actief: {kind: number}
                        start: {kind: number, unit: jaar}
                      assumption: gegenereerd
                    """);
        }
        out.append("kernaanpakken:\n");
        for (int k = 0; k < s.kernaanpakken().size(); k++) {
            kernaanpak(k, s.kernaanpakken().get(k));
        }
        if (!s.lines().isEmpty()) {
            out.append("begroting:\n");
            if (s.provincie()) {
                out.append("  financiers: [provincie]\n");
            }
            out.append("  lines:\n");
            for (int l = 0; l < s.lines().size(); l++) {
                line(l, s.lines().get(l));
            }
        }
        if (!s.settlements().isEmpty()) {
            out.append("settlements:\n");
            for (int i = 0; i < s.settlements().size(); i++) {
                settlement(i, s.settlements().get(i));
            }
        }
        if (!s.kpis().isEmpty()) {
            out.append("kpis:\n");
            for (int i = 0; i < s.kpis().size(); i++) {
                kpi(i, s.kpis().get(i));
            }
        }
        return out.toString();
    }

    private boolean inEuros(Kernaanpak k) {
        return s.hasAreas() || k.effects().stream().anyMatch(e -> e.unit() == GeneratedScenario.Unit.EURO);
    }

    /** A KPI as a formula; its names declared only where the formula or the band reads them. */
    private void kpi(int index, GeneratedScenario.Kpi kpi) {
        int kernaanpak = Math.max(0, kpi.kernaanpak()) % s.kernaanpakken().size();
        List<String> quantities = new ArrayList<>();
        for (int f = 0; f < s.kernaanpakken().get(kernaanpak).formulas().size(); f++) {
            quantities.add("k" + (kernaanpak + 1) + "/f" + (f + 1));
        }
        String shared = "0";
        for (int i = 0; i < s.shared().size(); i++) {
            Figure g = s.shared().get(i);
            if (g instanceof Value || g instanceof Banded) {
                shared = s.sharedName(i);
            }
        }
        String formula = GeneratedScenario.Kpi.TEMPLATES[kpi.template()].replace("{g}", shared);
        if (quantities.isEmpty()) {
            formula = formula.replaceAll("\\bq\\b", "1");
        }
        // A selection of effects must pick an effect in euros: of the kernaanpak, else of any.
        boolean own = kpi.kernaanpak() >= 0 && inEuros(s.kernaanpakken().get(kernaanpak));
        boolean any = s.kernaanpakken().stream().anyMatch(this::inEuros);
        if (!own && !any) {
            formula = formula.replaceAll("\\be\\b", "basis");
        }
        boolean lower = kpi.lowerIsBetter();
        String basis = number(kpi.basis());
        String width = number(kpi.width());
        String[] band = switch (kpi.band()) {
            case 0 -> new String[] {basis, number(kpi.basis().add(kpi.width()))};
            case 1 -> new String[] {"\"basis * 0.9\"", "\"basis * 1.1\""};
            default -> new String[] {"\"basis + 100 * YEARINDEX()\"", "\"basis + 100 * YEARINDEX() + " + width + "\""};
        };
        boolean readsBasis = formula.matches(".*\\bbasis\\b.*") || kpi.band() > 0;
        out.append("  kpi").append(index + 1).append(":\n");
        out.append("    name: KPI ").append(index + 1).append('\n');
        out.append("    deelopgave: Gegenereerd\n");
        out.append("    unit: euro\n");
        out.append("    accumulation: ").append(kpi.cumulative() ? "cumulative" : "per-year").append('\n');
        out.append("    direction: ").append(lower ? "lower-is-better" : "higher-is-better").append('\n');
        out.append("    target: {year: ").append(s.first()).append(", description: gegenereerd, assumption: gegenereerd}\n");
        out.append("    formula: \"").append(formula).append("\"\n");
        StringBuilder names = new StringBuilder();
        if (formula.matches(".*\\be\\b.*")) {
            names.append("      e: {effects: \"").append(own ? "k" + (kernaanpak + 1) : "*").append("/*\"");
            if (kpi.domains() > 0) {
                List<String> domains = new ArrayList<>();
                for (int d = 0; d < Math.min(kpi.domains(), s.domains()); d++) {
                    domains.add(GeneratedScenario.DOMAINS[(kpi.domain() + d) % s.domains()]);
                }
                names.append(", domains: [").append(String.join(", ", domains)).append(']');
            }
            names.append("}\n");
        }
        if (formula.matches(".*\\bq\\b.*")) {
            names.append("      q: {quantities: ").append(pick(quantities, kpi.quantity())).append("}\n");
        }
        if (formula.matches(".*\\bn\\b.*")) {
            names.append("      n: ").append(figure(kpi.number(), false)).append('\n');
        }
        if (readsBasis) {
            names.append("      basis: {value: ").append(basis).append(", assumption: gegenereerd}\n");
        }
        if (!names.isEmpty()) {
            out.append("    names:\n").append(names);
        }
        String years = s.first() == s.effectsUntil() ? Integer.toString(s.first()) : s.first() + "-" + s.effectsUntil();
        out.append("    band:\n      ").append(years).append(": {min: ").append(lower ? band[1] : band[0])
                .append(", max: ").append(lower ? band[0] : band[1]).append(", derived: gegenereerd}\n");
    }

    private void kernaanpak(int index, Kernaanpak k) {
        out.append("  k").append(index + 1).append(":\n");
        out.append("    name: Aanpak ").append(index + 1).append('\n');
        out.append("    calculator: formules\n");
        if (s.hasAreas() && (k.where() || k.from())) {
            List<String> rollout = new ArrayList<>();
            if (k.where()) {
                rollout.add("where: actief");
            }
            if (k.from()) {
                rollout.add("from: start");
            }
            out.append("    areas: {").append(String.join(", ", rollout)).append("}\n");
        }
        for (int p = 0; p < k.parameters().size(); p++) {
            out.append("    a").append(p + 1).append(": ").append(figure(k.parameters().get(p), true)).append('\n');
        }
        List<Name> all = s.names(k, true);
        int before = all.size() - k.formulas().size();
        if (!k.formulas().isEmpty()) {
            out.append("    formulas:\n");
            for (int f = 0; f < k.formulas().size(); f++) {
                List<Name> readable = volumes(all.subList(0, before + f));
                out.append("      f").append(f + 1).append(": \"").append(formula(k.formulas().get(f), readable))
                        .append("\"\n");
            }
        }
        if (k.effects().isEmpty()) {
            return;
        }
        out.append("    effects:\n");
        List<String> volumes = s.volumes(k);
        List<String> money = s.ofKind(k, Kind.MONEY);
        List<String> fractions = s.ofKind(k, Kind.FRACTION);
        for (int e = 0; e < k.effects().size(); e++) {
            Effect effect = k.effects().get(e);
            out.append("      - name: Effect ").append(e + 1).append('\n');
            if (effect.per() >= 0 && !volumes.isEmpty()) {
                out.append("        per: ").append(pick(volumes, effect.per())).append('\n');
            }
            if (effect.unit() != GeneratedScenario.Unit.EURO && !s.hasAreas()) {
                out.append("        unit: ").append(effect.unit().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
            }
            out.append("        timing: ").append(switch (effect.timing()) {
                case 0 -> "direct";
                case 1 -> "next-year";
                default -> "{offset: " + effect.offset() + ", years: " + effect.years() + "}";
            }).append('\n');
            if (effect.correction() != null) {
                out.append("        correction: ").append(effect.correction().byName() && !fractions.isEmpty()
                        ? pick(fractions, effect.correction().ref()) : figure(effect.correction().figure(), false))
                        .append('\n');
            }
            out.append("        amounts:\n");
            Map<String, String> amounts = new LinkedHashMap<>();
            for (Amount amount : effect.amounts()) {
                amounts.putIfAbsent(GeneratedScenario.DOMAINS[amount.domain() % s.domains()], amount(amount, money, all));
            }
            amounts.forEach((domain, text) -> out.append("          ").append(domain).append(": ").append(text)
                    .append('\n'));
        }
    }

    private String amount(Amount amount, List<String> money, List<Name> names) {
        if (amount.form() == 1 && !money.isEmpty()) {
            return pick(money, amount.ref());
        }
        if (amount.form() == 2) {
            List<String> fractions = names.stream().filter(n -> n.kind() == Kind.FRACTION && !n.formula())
                    .map(Name::name).toList();
            String euros = money.isEmpty() ? "150" : pick(money, amount.ref());
            String share = fractions.isEmpty() ? "0.5" : pick(fractions, amount.volume());
            return "{formula: \"" + euros + " * " + share + "\", derived: gegenereerd}";
        }
        return figure(amount.figure(), false);
    }

    private void settlement(int index, GeneratedScenario.Settlement settlement) {
        List<String> financiers = s.domainFinanciers();
        int from = Math.floorMod(settlement.from(), financiers.size());
        int to = (from + 1 + Math.floorMod(settlement.to(), financiers.size() - 1)) % financiers.size();
        out.append("  s").append(index + 1).append(":\n");
        out.append("    name: Verrekening ").append(index + 1).append('\n');
        out.append("    from: ").append(financiers.get(from)).append('\n');
        out.append("    to: ").append(financiers.get(to)).append('\n');
        if (!settlement.share()) {
            out.append("    amount: ").append(figure(settlement.figure(), false)).append('\n');
            return;
        }
        out.append("    share: ").append(figure(settlement.figure(), false)).append('\n');
        String effects = settlement.kernaanpak() < 0 ? "*/*"
                : "k" + (Math.floorMod(settlement.kernaanpak(), s.kernaanpakken().size()) + 1) + "/*";
        out.append("    of: {effects: [\"").append(effects).append("\"]");
        if (settlement.domain() >= 0) {
            out.append(", domains: [").append(List.of("Wmo", "Zvw", "Wlz").get(settlement.domain() % s.domains()))
                    .append(']');
        }
        out.append("}\n");
    }

    private void line(int index, Line line) {
        int kernaanpak = line.kernaanpak() < 0 ? -1 : line.kernaanpak() % s.kernaanpakken().size();
        out.append("    l").append(index + 1).append(":\n");
        out.append("      post: Post ").append(index + 1).append('\n');
        out.append("      kernaanpak: ").append(kernaanpak < 0 ? "programma" : "k" + (kernaanpak + 1)).append('\n');
        out.append("      category: personnel\n");
        payers(line.payers());
        List<Name> readable = new ArrayList<>();
        if (kernaanpak >= 0) {
            readable.addAll(volumes(s.names(s.kernaanpakken().get(kernaanpak), true)));
        } else {
            for (int i = 0; i < s.shared().size(); i++) {
                if (s.shared().get(i).kind().volume()) {
                    readable.add(new Name(s.sharedName(i), s.shared().get(i).kind(), false));
                }
            }
        }
        List<String> money = new ArrayList<>();
        Cost cost = line.cost();
        boolean formulas = cost.mode() == 1 || cost.mode() >= 4;
        if (formulas && !line.parameters().isEmpty()) {
            out.append("      parameters:\n");
            for (int p = 0; p < line.parameters().size(); p++) {
                Figure figure = line.parameters().get(p);
                String name = "b" + (p + 1);
                out.append("        ").append(name).append(": ").append(figure(figure, true)).append('\n');
                if (figure.kind().volume()) {
                    readable.add(new Name(name, figure.kind(), false));
                } else {
                    money.add(name);
                }
            }
        }
        int mode = cost.mode();
        List<String> named = kernaanpak < 0 ? List.of() : s.volumes(s.kernaanpakken().get(kernaanpak));
        if (mode == 3 && named.isEmpty()) {
            mode = 2;
        }
        if (mode == 5 && named.isEmpty()) {
            mode = 4;
        }
        switch (mode) {
            case 0 -> out.append("      amount: ").append(figure(cost.amount(), false)).append('\n');
            case 1 -> out.append("      amount: {formula: \"").append(money.isEmpty() ? "250" : pick(money, cost.ref()))
                    .append(" * (").append(formula(cost.volume(), readable)).append(")\", derived: gegenereerd}\n");
            case 2 -> out.append("      quantity: ").append(figure(cost.quantity(), false)).append('\n')
                    .append("      tariff: ").append(figure(cost.tariff(), false)).append('\n');
            case 3 -> out.append("      quantity: ").append(pick(named, cost.ref())).append('\n')
                    .append("      tariff: ").append(figure(cost.tariff(), false)).append('\n');
            case 5 -> {
                String units = pick(named, cost.ref());
                String price = money.isEmpty() ? "400" : pick(money, cost.ref());
                out.append("      quantity: ").append(units).append('\n')
                        .append("      tariff: {formula: \"IF(").append(units).append(" >= 50, ").append(price)
                        .append(" * 0.8, ").append(price).append(")\", derived: gegenereerd}\n");
            }
            default -> {
                String units = formula(cost.volume(), readable);
                String price = money.isEmpty() ? "400" : pick(money, cost.ref());
                out.append("      quantity: {formula: \"").append(units).append("\", derived: gegenereerd}\n")
                        .append("      tariff: {formula: \"IF(").append(units).append(" >= 50, ").append(price)
                        .append(" * 0.8, ").append(price).append(")\", derived: gegenereerd}\n");
            }
        }
    }

    private void payers(GeneratedScenario.Payers payers) {
        List<String> financiers = s.financiers();
        int n = financiers.size();
        int count = Math.min(payers.count(), n);
        String first = financiers.get(payers.first() % n);
        if (count == 1) {
            out.append("      financier: ").append(first).append('\n');
            return;
        }
        List<String> rest = new ArrayList<>(financiers);
        rest.remove(first);
        String second = rest.remove(payers.second() % rest.size());
        out.append("      financiers:\n");
        if (count == 2) {
            out.append("        ").append(first).append(": ").append(figure(payers.share(), false)).append('\n');
            out.append("        ").append(second).append(": ")
                    .append(figure(payers.share().map(v -> BigDecimal.ONE.subtract(v)), false)).append('\n');
            return;
        }
        String third = rest.get(payers.third() % rest.size());
        int a = payers.thirds()[0];
        int b = payers.thirds()[1];
        out.append("        ").append(first).append(": {value: ").append(number(BigDecimal.valueOf(a, 2)))
                .append(", assumption: gegenereerd}\n");
        out.append("        ").append(second).append(": {value: ").append(number(BigDecimal.valueOf(b, 2)))
                .append(", assumption: gegenereerd}\n");
        out.append("        ").append(third).append(": {value: ").append(number(BigDecimal.valueOf(100 - a - b, 2)))
                .append(", assumption: gegenereerd}\n");
    }

    /** The names a formula may read: volumes, never euros. */
    private static List<Name> volumes(List<Name> names) {
        return names.stream().filter(n -> n.kind().volume()).toList();
    }

    /**
     * A formula from its template over {@code names}. A product reads only inputs (not other formulas),
     * and multiplies by a rate or a share, never a count by a count, so a volume stays at a real plan's
     * scale (what an area's flow is per start year stays below 10^10 euros: see the class comment of
     * {@link PlanAgreementPropertyTest}).
     */
    private String formula(Expr expr, List<Name> names) {
        List<String> any = names.stream().map(Name::name).toList();
        List<String> inputs = names.stream().filter(n -> !n.formula()).map(Name::name).toList();
        List<String> operands = expr.multiplies() ? inputs : any;
        if (operands.isEmpty()) {
            return "YEARINDEX()";
        }
        String c = Expr.CONSTANTS[expr.constant() % Expr.CONSTANTS.length];
        List<String> factors = names.stream().filter(n -> !n.formula() && n.kind() != Kind.COUNT).map(Name::name)
                .toList();
        String x = pick(operands, expr.x());
        String y = !expr.multiplies() ? pick(operands, expr.y()) : factors.isEmpty() ? c : pick(factors, expr.y());
        String d = Expr.DIVISORS[expr.constant() % Expr.DIVISORS.length];
        String year = Integer.toString(s.first() + expr.constant() % s.planYears());
        return Expr.TEMPLATES[expr.template() % Expr.TEMPLATES.length].replace("{x}", x)
                .replace("{y}", y).replace("{c}", c).replace("{d}", d).replace("{year}", year);
    }

    private static String pick(List<String> names, int index) {
        return names.get(Math.floorMod(index, names.size()));
    }

    /** A figure in flow style; {@code kind} also writes its kind (for a parameter the scenario names). */
    private String figure(Figure figure, boolean kind) {
        StringBuilder f = new StringBuilder("{");
        if (kind) {
            f.append("kind: ").append(figure.kind() == Kind.COST ? "amount" : figure.kind().key).append(", ");
        }
        if (figure instanceof Value v) {
            f.append("value: ").append(number(v.value()));
        } else if (figure instanceof PerYear p) {
            f.append("perYear: ").append(years(p.values()));
        } else if (figure instanceof GeneratedScenario.BandedPerYear b) {
            f.append("min: ").append(years(b.min())).append(", expected: ").append(years(b.expected()))
                    .append(", max: ").append(years(b.max()));
        } else {
            Banded b = (Banded) figure;
            f.append("min: ").append(number(b.min()));
            if (b.expected() != null) {
                f.append(", expected: ").append(number(b.expected()));
            }
            f.append(", max: ").append(number(b.max()));
        }
        return f.append(", assumption: gegenereerd}").toString();
    }

    /** A value per plan year in flow style: {@code {2025: 1, 2026: 2}}. */
    private String years(List<BigDecimal> values) {
        StringBuilder f = new StringBuilder("{");
        for (int y = 0; y < s.planYears(); y++) {
            f.append(y == 0 ? "" : ", ").append(s.first() + y).append(": ").append(number(values.get(y)));
        }
        return f.append('}').toString();
    }

    static String number(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
