package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void removesWhatExcelForbidsAndCutsAt31Characters() {
        SheetNames names = new SheetNames();
        assertThat(names.claim("Kosten [2025]: wat/waar? *\\ ", "x")).isEqualTo("Kosten 2025 wat waar");
        String longName = names.claim("Programmalijn 1 (PlusWIJkteams in zes pilotwijken)", "x");
        // Cut at 31, then the space left at the end is dropped.
        assertThat(longName).isEqualTo("Programmalijn 1 (PlusWIJkteams");
        assertThat(names.claim("'quoted'", "x")).isEqualTo("quoted");
    }

    @Test
    void makesClashesUniqueInTheOrderAskedRegardlessOfCase() {
        SheetNames names = new SheetNames();
        assertThat(names.claim("Samenvatting", "x")).isEqualTo("Samenvatting");
        assertThat(names.claim("samenvatting", "x")).isEqualTo("samenvatting (2)");
        assertThat(names.claim("SAMENVATTING", "x")).isEqualTo("SAMENVATTING (3)");
        String base = "A name that is exactly 31 chars";
        assertThat(base).hasSize(31);
        assertThat(names.claim(base, "x")).isEqualTo(base);
        assertThat(names.claim(base, "x")).isEqualTo("A name that is exactly 31 c (2)").hasSize(31);
    }

    @Test
    void fallsBackWhenNothingIsLeftAndAvoidsReservedNames() {
        SheetNames names = new SheetNames();
        assertThat(names.claim("[]:*?", "doorbraakmethode")).isEqualTo("doorbraakmethode");
        assertThat(names.claim("History", "x")).isEqualTo("History (2)");
    }

    @Test
    void quotesForFormulas() {
        assertThat(SheetNames.quoted("Kernteam ouderen")).isEqualTo("'Kernteam ouderen'");
        assertThat(SheetNames.quoted("Kees' plan")).isEqualTo("'Kees'' plan'");
    }

    @Test
    void rangeNamesAreAsciiAndNeverACellReference() {
        assertThat(RangeNames.clean("welzijn-op-recept_fte_verwacht")).isEqualTo("welzijn_op_recept_fte_verwacht");
        assertThat(RangeNames.clean("ab12")).isEqualTo("n_ab12");
        assertThat(RangeNames.clean("1e_kwartaal")).isEqualTo("n_1e_kwartaal");
        assertThat(RangeNames.clean("patiënten")).isEqualTo("pati_nten");
    }
}
