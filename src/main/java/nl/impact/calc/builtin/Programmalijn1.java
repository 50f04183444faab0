package nl.impact.calc.builtin;

import static nl.impact.model.ParameterKind.COUNT;

import java.util.List;
import nl.impact.calc.KernaanpakCalculator;
import nl.impact.calc.ParameterSpec;
import nl.impact.calc.QuantitySpec;

/**
 * Programmalijn 1, the pilot neighbourhoods (PlusWIJkteam): its three monetised effects are fewer
 * informal carers dropping out, more volunteers, and residents trained to act as intermediaries.
 */
public final class Programmalijn1 implements KernaanpakCalculator {

    @Override
    public String id() {
        return "programmalijn-1";
    }

    @Override
    public String description() {
        return "Programmalijn 1 (pilot neighbourhoods): informal carers kept, volunteers, trained residents";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("pilotwijken", COUNT, "wijken", "pilot neighbourhoods working in the year"),
                new ParameterSpec("mantelzorgersBehoudenPerWijk", COUNT, "mantelzorgers",
                        "informal carers per neighbourhood per year who do not drop out thanks to the approach"),
                new ParameterSpec("extraVrijwilligersPerWijk", COUNT, "vrijwilligers",
                        "extra volunteers per neighbourhood per year"),
                new ParameterSpec("getraindeBewonersPerWijk", COUNT, "bewoners",
                        "residents per neighbourhood per year trained to act as intermediaries"));
    }

    @Override
    public List<QuantitySpec> quantities() {
        return List.of(
                new QuantitySpec("mantelzorgersBehouden", "mantelzorgers", "mantelzorgers die niet uitvallen",
                        "pilotwijken * mantelzorgersBehoudenPerWijk"),
                new QuantitySpec("extraVrijwilligers", "vrijwilligers", "extra vrijwilligers",
                        "pilotwijken * extraVrijwilligersPerWijk"),
                new QuantitySpec("getraindeBewoners", "bewoners", "getrainde bewoners",
                        "pilotwijken * getraindeBewonersPerWijk"));
    }
}
