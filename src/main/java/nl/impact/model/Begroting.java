package nl.impact.model;

import java.util.List;

/**
 * The budget (begroting): the investment side of the business case, line by line.
 *
 * @param financiers financiers declared by the begroting besides those of the scenario's domains
 *     (a party that pays but has no domain, such as a provincie); they appear in the business case
 *     with investments only
 */
public record Begroting(List<String> financiers, List<BudgetLine> lines) {

    public static final Begroting NONE = new Begroting(List.of(), List.of());

    public Begroting {
        financiers = List.copyOf(financiers);
        lines = List.copyOf(lines);
    }
}
