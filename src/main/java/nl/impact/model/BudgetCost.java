package nl.impact.model;

/**
 * How a budget line's yearly cost is given: a fixed amount, or a quantity times a tariff (FTE x
 * cost per FTE, households x budget per household). Every figure is a positive cost in euros:
 * budget amounts are investments, and only the business case turns them into negative net flows.
 */
public sealed interface BudgetCost {

    /** A cost in euros per plan year. */
    record Amount(Parameter amount) implements BudgetCost {
    }

    /** {@code quantity} units per plan year, each costing {@code tariff} euros. */
    record PerUnit(Quantity quantity, Parameter tariff) implements BudgetCost {
    }

    /** The quantity of a {@link PerUnit} cost. */
    sealed interface Quantity {
    }

    /** A quantity the line gives itself, as a parameter. */
    record GivenQuantity(Parameter parameter) implements Quantity {
    }

    /**
     * A quantity taken from the line's kernaanpak by name (a parameter or a computed quantity such
     * as {@code fte} or {@code casussen}), so the budget and the effects count the same units.
     */
    record NamedQuantity(String name, String path) implements Quantity {
    }
}
