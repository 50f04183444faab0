package nl.impact.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.impact.model.Area;
import nl.impact.model.MarketShares;
import nl.impact.model.Variant;
import nl.impact.model.YearRange;

/**
 * Splits what one financier (the zorgverzekeraar) gains and pays in each area among the insurers,
 * by their market shares in that area (docs/areas.md). The insurers take the financier's place in
 * the list of financiers; the other financiers' values stay as they are.
 */
final class MarketShareSplit {

    private final MarketShares shares;
    private final int split;
    private final int financiers;
    private final List<String> names;

    MarketShareSplit(MarketShares shares, List<String> financiers) {
        this.shares = shares;
        this.split = financiers.indexOf(shares.financier());
        this.financiers = financiers.size();
        List<String> out = new ArrayList<>();
        for (String f : financiers) {
            if (f.equals(shares.financier())) {
                shares.insurers().forEach(i -> out.add(shares.financierOf(i)));
            } else {
                out.add(f);
            }
        }
        this.names = List.copyOf(out);
    }

    /** The financiers after the split: the insurers in the split financier's place. */
    List<String> financiers() {
        return names;
    }

    /** One area's flow with the split financier's values divided among the insurers. */
    AreaFlow apply(AreaFlow flow, Area area, YearRange years) {
        int variants = Variant.values().length;
        int effectYears = years.effectsUntil() - years.first() + 1;
        int insurers = shares.insurers().size();
        int size = 2 * names.size() * variants * effectYears;
        BigDecimal[] exact = flow.isExact() ? new BigDecimal[size] : null;
        double[] computed = flow.isExact() ? null : new double[size];
        for (int m = 0; m < 2; m++) {
            for (int f = 0; f < financiers; f++) {
                int first = f < split ? f : f == split ? split : f + insurers - 1;
                for (int i = 0; i < (f == split ? insurers : 1); i++) {
                    BigDecimal share = f == split ? area.value(shares.insurers().get(i).column()) : BigDecimal.ONE;
                    double fraction = share.doubleValue();
                    for (int k = 0; k < variants * effectYears; k++) {
                        int from = (m * financiers + f) * variants * effectYears + k;
                        int to = (m * names.size() + first + i) * variants * effectYears + k;
                        if (exact != null) {
                            exact[to] = f == split ? flow.exact()[from].multiply(share) : flow.exact()[from];
                        } else {
                            computed[to] = flow.computed()[from] * fraction;
                        }
                    }
                }
            }
        }
        return new AreaFlow(flow.code(), flow.name(), flow.gemeente(), exact, computed);
    }
}
