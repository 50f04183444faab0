package nl.impact.report.excel;

import nl.impact.model.YearRange;

/**
 * The column layout every year-by-year sheet shares: name, variant, unit and provenance on the
 * left, one column per year from the first plan year to the last effect year, a total, and a
 * column for notes. Plan-year quantities fill the first years only.
 */
record YearColumns(YearRange years) {

    static final int NAME = 0;
    static final int VARIANT = 1;
    static final int UNIT = 2;
    static final int PROVENANCE = 3;
    static final int FIRST_YEAR = 4;

    int column(int year) {
        return FIRST_YEAR + year - years.first();
    }

    int lastPlanColumn() {
        return column(years.last());
    }

    int lastEffectColumn() {
        return column(years.effectsUntil());
    }

    int total() {
        return lastEffectColumn() + 1;
    }

    int note() {
        return total() + 1;
    }
}
