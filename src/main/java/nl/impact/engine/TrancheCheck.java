package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.impact.model.Milestone;
import nl.impact.model.Paths;
import nl.impact.model.Printable;
import nl.impact.model.Scenario;
import nl.impact.model.Variant;
import nl.impact.scenario.InvalidInputException;
import nl.impact.scenario.Problems;

/**
 * The tranches of the mijlpalenplanning against the begroting: what the milestones of a year pay
 * towards a budget line, per financier, is at most what the begroting gives that line from that
 * financier in that year, in every variant. More is a problem at the tranche that passes it; less
 * is fine, and the rest is paid otherwise (docs/monitoring.md).
 */
public final class TrancheCheck {

    private TrancheCheck() {
    }

    /** The tranches of one line, financier and year, in the order the milestones are written. */
    public record Group(String line, String financier, int year, List<Milestone> milestones) {

        public BigDecimal total() {
            return milestones.stream().map(m -> m.tranche().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Every line, financier and year with tranches. */
    public static List<Group> groups(Scenario scenario) {
        Map<String, List<Milestone>> byKey = new LinkedHashMap<>();
        for (Milestone m : scenario.milestones().milestones()) {
            if (m.hasTranche()) {
                byKey.computeIfAbsent(m.tranche().line() + "\u0000" + m.tranche().financier() + "\u0000"
                        + m.halfYear().year(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.values().forEach(ms -> groups.add(new Group(ms.get(0).tranche().line(), ms.get(0).tranche().financier(),
                ms.get(0).halfYear().year(), List.copyOf(ms))));
        return groups;
    }

    /** What the begroting gives {@code line} from {@code financier} in {@code year}, in {@code variant}. */
    public static BigDecimal budget(RunResult result, String line, String financier, int year, Variant variant) {
        return result.investments().filter(i -> i.line().equals(line) && i.financier().equals(financier))
                .map(i -> i.values().get(variant).at(year)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static void check(RunResult result) throws InvalidInputException {
        Scenario scenario = result.scenario();
        Problems problems = new Problems(scenario.file() == null ? "" : scenario.file().toString(),
                scenario.sourceMap());
        for (Group group : groups(scenario)) {
            for (Variant variant : Variant.values()) {
                BigDecimal budget = budget(result, group.line(), group.financier(), group.year(), variant);
                if (group.total().compareTo(budget) > 0) {
                    Milestone last = group.milestones().get(group.milestones().size() - 1);
                    problems.add(Paths.child(last.tranche().path(), "amount"), "the tranches of budget line '"
                            + group.line() + "' paid by " + group.financier() + " in " + group.year() + " add up to "
                            + Printable.number(group.total()) + " (" + String.join(", ", group.milestones().stream()
                                    .map(m -> m.halfYear().key() + " " + m.id()).toList())
                            + "), more than the begroting gives it: " + Printable.number(budget.stripTrailingZeros())
                            + " (" + variant.key() + "); expected at most the begroting");
                    break;
                }
            }
        }
        problems.throwIfAny();
    }
}
