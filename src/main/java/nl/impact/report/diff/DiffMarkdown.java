package nl.impact.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.impact.engine.diff.Attribution;
import nl.impact.engine.diff.FigureChange;
import nl.impact.engine.diff.InputChange;
import nl.impact.engine.diff.KpiMove;
import nl.impact.engine.diff.Measure;
import nl.impact.engine.diff.ScenarioDiff;
import nl.impact.model.Variant;

/**
 * A pull-request comment in Dutch: a headline for the plan and each financier, one compact table per
 * variant, the inputs that moved the result most, the changed inputs and KPI positions. When no result
 * changed it is one line. Everything is in a fixed order, so a rerun gives the same text. Every text
 * from the scenario or the command line goes through {@link MarkdownText}, so none of it is markup.
 */
final class DiffMarkdown {

    /** How many inputs the attribution table and the input list show before "en N meer". */
    static final int TOP = 10;
    static final int INPUTS = 25;

    private DiffMarkdown() {
    }

    static void write(ScenarioDiff diff, DiffTitle title, BigDecimal tolerance, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        if (!diff.resultsChanged(tolerance)) {
            s.append("**impact diff** · ").append(MarkdownText.text(title.name())).append(": geen wijziging in de uitkomsten");
            if (!diff.inputs().isEmpty()) {
                s.append(" (").append(diff.inputs().size()).append(diff.inputs().size() == 1 ? " invoerwaarde" :
                        " invoerwaarden").append(" gewijzigd)");
            }
            out.write(s.append(".\n").toString());
            return;
        }
        s.append("### impact diff · ").append(MarkdownText.text(title.name())).append("\n\n");
        s.append(headline(diff)).append("\n\n");
        s.append("<sub>oud: ").append(MarkdownText.code(title.before())).append(" · nieuw: ")
                .append(MarkdownText.code(title.after())).append(" · verwachte variant in de kop</sub>\n");
        for (Variant v : Variant.values()) {
            table(diff, v, tolerance, s);
        }
        attribution(diff, s);
        inputs(diff, s);
        kpis(diff, s);
        out.write(s.toString());
    }

    /** "netto totaal -1,2 mln (-21 %) · netto zorgverzekeraar ...", expected variant. */
    private static String headline(ScenarioDiff diff) {
        List<String> parts = new ArrayList<>();
        for (String key : keys(diff)) {
            Optional<FigureChange> net = figure(diff, Variant.EXPECTED, key, Measure.NET);
            if (net.isEmpty() || net.get().change().map(BigDecimal::signum).orElse(1) == 0) {
                continue;
            }
            FigureChange f = net.get();
            String change = f.change().map(DutchAmounts::signed).orElse(DutchAmounts.of(f.after()) + " (nieuw)");
            String percent = DutchAmounts.percent(f.before(), f.after());
            String text = "netto " + label(key) + " " + change + (percent.isEmpty() ? "" : " (" + percent + ")");
            parts.add(key.equals("total") ? "**" + text + "**" : text);
        }
        return parts.isEmpty() ? "netto: geen wijziging" : String.join(" · ", parts);
    }

    private static void table(ScenarioDiff diff, Variant v, BigDecimal tolerance, StringBuilder s) {
        s.append("\n**").append(variantLabel(v)).append("**");
        if (DiffValues.changed(diff, v, tolerance).isEmpty()) {
            s.append(": geen wijziging\n");
            return;
        }
        s.append("\n\n| | baten | investeringen | netto | netto oud → nieuw | NCW | baten/kosten | break-even |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String key : keys(diff)) {
            s.append("| ").append(key.equals("total") ? "**totaal**" : MarkdownText.text(key))
                    .append(" | ").append(change(diff, v, key, Measure.BENEFITS))
                    .append(" | ").append(change(diff, v, key, Measure.INVESTMENTS))
                    .append(" | ").append(change(diff, v, key, Measure.NET));
            FigureChange net = figure(diff, v, key, Measure.NET).orElseThrow();
            s.append(" | ").append(DutchAmounts.of(net.before())).append(" → ").append(DutchAmounts.of(net.after()))
                    .append(" | ").append(change(diff, v, key, Measure.NPV))
                    .append(" | ").append(fromTo(diff, v, key, Measure.RATIO))
                    .append(" | ").append(fromTo(diff, v, key, Measure.BREAK_EVEN_YEAR)).append(" |\n");
        }
    }

    private static void attribution(ScenarioDiff diff, StringBuilder s) {
        Optional<Attribution> total = diff.attributions().stream()
                .filter(a -> a.variant() == Variant.EXPECTED && a.key().equals("total")).findFirst();
        if (total.isEmpty() || total.get().change().signum() == 0) {
            return;
        }
        s.append("\n**Wat het verschil maakte** (netto totaal, verwacht; ").append(MarkdownText.text(diff.method()))
                .append(")\n\n")
                .append("| invoer | pad | bijdrage |\n|---|---|---:|\n");
        List<Attribution.Part> parts = DiffValues.largestFirst(total.get().parts());
        for (Attribution.Part p : parts.subList(0, Math.min(TOP, parts.size()))) {
            s.append("| ").append(MarkdownText.text(p.label())).append(" | ").append(MarkdownText.codeCell(p.group()))
                    .append(" | ").append(DutchAmounts.signed(p.amount())).append(" |\n");
        }
        if (parts.size() > TOP) {
            BigDecimal rest = parts.subList(TOP, parts.size()).stream().map(Attribution.Part::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            s.append("| en ").append(parts.size() - TOP).append(" meer | | ").append(DutchAmounts.signed(rest))
                    .append(" |\n");
        }
    }

    private static void inputs(ScenarioDiff diff, StringBuilder s) {
        s.append("\n<details><summary>Gewijzigde invoer (").append(diff.inputs().size()).append(")</summary>\n\n")
                .append("| invoer | pad | oud | nieuw | herkomst |\n|---|---|---|---|---|\n");
        List<InputChange> shown = diff.inputs().subList(0, Math.min(INPUTS, diff.inputs().size()));
        for (InputChange c : shown) {
            s.append("| ").append(MarkdownText.text(c.label())).append(" | ").append(MarkdownText.codeCell(c.path()))
                    .append(" | ")
                    .append(MarkdownText.text(DiffValues.value(c.before()))).append(" | ")
                    .append(MarkdownText.text(DiffValues.value(c.after()))).append(" | ")
                    .append(MarkdownText.text(DiffValues.provenance(c))).append(" |\n");
        }
        if (diff.inputs().size() > INPUTS) {
            s.append("\nen ").append(diff.inputs().size() - INPUTS).append(" meer.\n");
        }
        s.append("\n</details>\n");
    }

    private static void kpis(ScenarioDiff diff, StringBuilder s) {
        if (diff.kpiMoves().isEmpty()) {
            return;
        }
        s.append("\n**KPI's die van positie veranderden**\n\n| KPI | jaar | oud | nieuw |\n|---|---:|---|---|\n");
        for (KpiMove m : diff.kpiMoves()) {
            s.append("| ").append(MarkdownText.text(m.name())).append(" | ").append(m.year()).append(" | ")
                    .append(position(m.before())).append(" | ").append(position(m.after())).append(" |\n");
        }
    }

    private static String position(nl.impact.model.Position p) {
        if (p == null) {
            return "–";
        }
        return switch (p) {
            case BELOW -> "onder de band";
            case WITHIN -> "binnen de band";
            case ABOVE -> "boven de band";
        };
    }

    private static String change(ScenarioDiff diff, Variant v, String key, Measure m) {
        FigureChange f = figure(diff, v, key, m).orElseThrow();
        return f.change().map(c -> c.signum() == 0 ? "0" : DutchAmounts.signed(c)).orElse("–");
    }

    private static String fromTo(ScenarioDiff diff, Variant v, String key, Measure m) {
        FigureChange f = figure(diff, v, key, m).orElseThrow();
        String before = m == Measure.RATIO ? DutchAmounts.ratio(f.before()) : year(f.before());
        String after = m == Measure.RATIO ? DutchAmounts.ratio(f.after()) : year(f.after());
        return before.equals(after) ? after : before + " → " + after;
    }

    private static String year(BigDecimal year) {
        return year == null ? "–" : year.toPlainString();
    }

    private static Optional<FigureChange> figure(ScenarioDiff diff, Variant v, String key, Measure m) {
        return diff.figures().stream().filter(f -> f.variant() == v && f.key().equals(key) && f.measure() == m)
                .findFirst();
    }

    private static List<String> keys(ScenarioDiff diff) {
        Set<String> keys = new LinkedHashSet<>();
        diff.figures().forEach(f -> keys.add(f.key()));
        return List.copyOf(keys);
    }

    private static String label(String key) {
        return key.equals("total") ? "totaal" : MarkdownText.text(key);
    }

    private static String variantLabel(Variant v) {
        return switch (v) {
            case MIN -> "Minimaal effect";
            case EXPECTED -> "Verwacht";
            case MAX -> "Maximaal effect";
        };
    }
}
