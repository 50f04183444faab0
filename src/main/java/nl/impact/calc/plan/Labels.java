package nl.impact.calc.plan;

import nl.impact.model.BudgetLine;
import nl.impact.model.Effect;
import nl.impact.model.Kernaanpak;
import nl.impact.model.Kpi;
import nl.impact.model.Parameter;

/**
 * The Dutch labels of the register of inputs, built from the scenario's own names, so a reader
 * knows an input without its path: "Kernteam ouderen - Kortere opnameduur en minder acute opnames
 * (Zvw)", "Welzijn op Recept - clienten per fte", "Programmateam - tarief".
 */
public final class Labels {

    private static final String SEPARATOR = " - ";

    private Labels() {
    }

    /** A shared parameter: its description when it has a short one, else its name in words. */
    static String shared(Parameter p) {
        return described(p);
    }

    static String parameter(Kernaanpak kernaanpak, Parameter p) {
        return kernaanpak.name() + SEPARATOR + described(p);
    }

    static String amount(Kernaanpak kernaanpak, Effect effect, String domain) {
        return kernaanpak.name() + SEPARATOR + effect.name() + " (" + domain + ")";
    }

    static String correction(Kernaanpak kernaanpak, Effect effect) {
        return kernaanpak.name() + SEPARATOR + effect.name() + " (correctiefactor)";
    }

    /** A parameter of a KPI's calculator: {@code Arbeidsmarkttekort in zorg en welzijn - labour share}. */
    public static String kpiParameter(Kpi kpi, Parameter p) {
        return kpi.name() + SEPARATOR + described(p);
    }

    static String lineParameter(BudgetLine line, Parameter p) {
        return line.post() + SEPARATOR + described(p);
    }

    /** A line's figure: {@code bedrag}, {@code aantal} or {@code tarief}. */
    static String lineFigure(BudgetLine line, String figure) {
        return line.post() + SEPARATOR + figure;
    }

    static String share(BudgetLine line, String financier) {
        return line.post() + SEPARATOR + "aandeel " + financier;
    }

    /** A settlement's figure: {@code bedrag}, {@code aantal}, {@code tarief} or {@code aandeel}. */
    static String settlement(nl.impact.model.Settlement settlement, String figure) {
        return settlement.name() + SEPARATOR + figure;
    }

    private static String described(Parameter p) {
        String description = p.description() == null ? "" : p.description().strip();
        return !description.isEmpty() && description.length() <= 60 ? description : words(p.name());
    }

    /** {@code clientenPerFte} as {@code clienten per fte}: a name in camel case as words. */
    static String words(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean startsWord = i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1));
            if (startsWord) {
                out.append(' ');
            }
            out.append(startsWord ? Character.toLowerCase(c) : c);
        }
        return out.toString().replace('_', ' ').strip();
    }
}
