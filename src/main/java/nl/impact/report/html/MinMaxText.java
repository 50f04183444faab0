package nl.impact.report.html;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the two bands of the report mean and which to quote: minimal to maximal effect puts every
 * uncertain assumption at the same end at once, P5 to P95 holds nine in ten simulated outcomes.
 */
final class MinMaxText {

    private MinMaxText() {
    }

    /** Under the key figures, with or without a simulation. */
    static String keyFigures() {
        return "Minimaal en maximaal effect zetten elke onzekere aanname tegelijk op haar ongunstigste of gunstigste "
                + "waarde. Dat alle aannames samen aan dezelfde kant uitvallen is zeer onwaarschijnlijk: de band is een "
                + "uiterste grens, geen verwachting. Met een simulatie (impact run --draws) geeft de sectie Onzekerheid "
                + "de band van P5 tot P95, waarbinnen negen van de tien uitkomsten vallen; noem die band naast de "
                + "verwachte waarde.";
    }

    /**
     * In the uncertainty section: the plan's net at minimal and maximal effect against its P5 and P95,
     * and which to quote; empty when the simulation has no total net.
     */
    static Optional<String> uncertainty(HtmlReport.BaseCase base, Uncertainty uncertainty) {
        return uncertainty.figures().stream().filter(f -> f.level().equals("total") && f.measure().equals("net"))
                .findFirst().map(total -> {
                    BigDecimal p5 = total.percentiles().get(0);
                    BigDecimal p95 = total.percentiles().get(Uncertainty.PERCENTILES.size() - 1);
                    return "Welke band noemen? Het netto resultaat van het hele plan ligt tussen "
                            + Dutch.euros(base.netMin()) + " en " + Dutch.euros(base.netMax())
                            + " euro bij minimaal en maximaal effect, en tussen " + Dutch.euros(p5) + " en "
                            + Dutch.euros(p95) + " euro van P5 tot P95. Minimaal en maximaal zetten elke aanname "
                            + "tegelijk op haar uiterste, wat vrijwel nooit samen gebeurt; P5 tot P95 trekt alle "
                            + "aannames samen uit hun verdeling en bevat negen van de tien uitkomsten. Noem de "
                            + "verwachte waarde (" + Dutch.euros(base.netExpected()) + " euro) met de band van P5 tot "
                            + "P95; noem minimaal en maximaal alleen als de uiterste grenzen van het plan.";
                });
    }
}
