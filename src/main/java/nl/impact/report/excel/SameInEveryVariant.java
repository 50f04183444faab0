package nl.impact.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.impact.engine.BudgetLineResult;
import nl.impact.model.BudgetCost;
import nl.impact.model.BudgetLine;
import nl.impact.model.Parameter;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * Whether a budget line is the same in the minimal, expected and maximal variant, so that the
 * Begroting can show each of its figures once. Only a line of typed-in numbers qualifies (amount,
 * or quantity and tariff, and shares), or one whose quantity is its kernaanpak's where one row
 * stands for that quantity in every variant: a line with formulas refers to cells per variant,
 * which one row could not follow when a reader edits one.
 */
final class SameInEveryVariant {

    private SameInEveryVariant() {
    }

    /** True when every figure of the line is equal in the three variants in every plan year of {@code years}. */
    static boolean test(BudgetLineResult computed, YearRange years) {
        return test(computed, years, null);
    }

    /**
     * As {@link #test(BudgetLineResult, YearRange)}; a line whose quantity is its kernaanpak's
     * qualifies too when {@code namedQuantity} gives that quantity's values (where the sheet copies
     * them as numbers, bijlage 2, or one row of the kernaanpak's sheet stands for every variant) rather
     * than null (live cells per variant).
     */
    static boolean test(BudgetLineResult computed, YearRange years, BiFunction<Variant, Integer, BigDecimal> namedQuantity) {
        BudgetLine line = computed.line();
        if (computed.plan() != null || line.hasFormulas()) {
            return false;
        }
        List<Parameter> inputs = new ArrayList<>();
        if (line.cost() instanceof BudgetCost.Amount amount) {
            inputs.add(amount.amount());
        } else if (line.cost() instanceof BudgetCost.PerUnit perUnit
                && perUnit.quantity() instanceof BudgetCost.GivenQuantity given) {
            inputs.add(given.parameter());
            inputs.add(perUnit.tariff());
        } else if (line.cost() instanceof BudgetCost.PerUnit perUnit && namedQuantity != null
                && same(years, namedQuantity)) {
            inputs.add(perUnit.tariff());
        } else {
            return false;
        }
        inputs.addAll(line.split().values());
        return inputs.stream().allMatch(p -> same(years, (v, y) -> p.values().get(v).at(y)))
                && same(years, (v, y) -> computed.total().get(v).at(y))
                && computed.investments().stream().allMatch(i -> same(years, (v, y) -> i.values().get(v).at(y)));
    }

    /** Equal in every plan year, whatever the scale of the decimals. */
    private static boolean same(YearRange years, BiFunction<Variant, Integer, BigDecimal> value) {
        for (int y = years.first(); y <= years.last(); y++) {
            BigDecimal expected = value.apply(Variant.EXPECTED, y);
            if (value.apply(Variant.MIN, y).compareTo(expected) != 0 || value.apply(Variant.MAX, y).compareTo(expected) != 0) {
                return false;
            }
        }
        return true;
    }
}
