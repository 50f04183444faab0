package nl.impact.model;

import java.math.BigDecimal;

/**
 * One area (a gemeente, wijk or buurt) read from the scenario's area table: its code, name, the
 * gemeente it belongs to, and its value of every declared column, in the columns' order.
 *
 * @param row the row of the table the area stands on (1-based, the header is row 1), for messages
 */
public record Area(String code, String name, String gemeente, int row, BigDecimal[] values) {

    /** The value of the column at {@code index} in {@link AreaTable#columns()}. */
    public BigDecimal value(int index) {
        return values[index];
    }
}
