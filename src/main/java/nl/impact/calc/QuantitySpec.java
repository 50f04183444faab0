package nl.impact.calc;

/**
 * A named intermediate quantity a calculator computes (cases, clients, avoided referrals), as a
 * formula over its parameters and earlier quantities. Formulas rather than Java code, so that the
 * engine and the Excel workbook compute from the one definition.
 */
public record QuantitySpec(String name, String unit, String description, String formula) {
}
