package nl.impact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.Computation;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.engine.Totals;
import nl.impact.model.Variant;
import org.junit.jupiter.api.Test;

/**
 * The forecast's ledger of a plan as written gives every financier the business case's net, the
 * settlements included (forecast.csv's plan rows then match business-case-summary.csv).
 */
class LedgerTest {

    @Test
    void aFinanciersNetIsTheBusinessCasesSettlementsIncluded() throws Exception {
        for (Path scenario : List.of(Path.of("scenarios/blauwe-zorg-maastricht.yaml"),
                Path.of("src/test/resources/cookbook/settlements.yaml"), Path.of("scenarios/pluswijken.yaml"))) {
            RunResult result = Computation.of(scenario);
            Ledger ledger = new Ledger(result);
            List<NetFlow> flows = BusinessCase.of(result);
            boolean anySettled = false;
            for (NetFlow flow : flows) {
                if (flow.dimension() != Totals.Dimension.FINANCIER) {
                    continue;
                }
                for (Variant v : Variant.values()) {
                    assertThat(ledger.net(flow.key(), null, null, v)).as(scenario + " " + flow.key() + " " + v)
                            .isEqualByComparingTo(flow.net().get(v).total());
                    anySettled |= ledger.settled(flow.key(), null, v).signum() != 0;
                }
            }
            assertThat(anySettled).as(scenario.toString()).isEqualTo(!scenario.toString().contains("pluswijken"));
        }
    }
}
