package nl.impact.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.impact.engine.BreakEven;
import nl.impact.engine.BusinessCase;
import nl.impact.engine.BusinessCaseMetrics;
import nl.impact.engine.NetFlow;
import nl.impact.engine.RunResult;
import nl.impact.model.Variant;

/**
 * {@code business-case-summary.csv}: per financier, kernaanpak and in all, and per variant (a row
 * each, since the columns have different units): totals, present values at the scenario's discount
 * rate (base year = the plan's first year), net present value, benefit/cost ratio and break-even year
 * ({@link nl.impact.engine.BreakEven}), and when there is none, why; then what settlements move to the
 * financier (zero for a kernaanpak and the plan).
 */
public final class BusinessCaseSummaryCsv implements OutputWriter {

    public static final String FILE = "business-case-summary.csv";

    @Override
    public void write(RunOutputs outputs, Path directory) throws IOException {
        RunResult result = outputs.result();
        BigDecimal rate = result.scenario().discountRate();
        int baseYear = result.scenario().years().first();
        String rateText = rate.signum() == 0 ? "0" : rate.stripTrailingZeros().toPlainString();
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE), "dimension", "key", "variant", "benefits",
                "investments", "net", "benefits_pv", "investments_pv", "npv", "ratio", "break_even_year",
                "discount_rate", "base_year", "no_break_even", "settlements")) {
            for (NetFlow flow : BusinessCase.of(result)) {
                for (Variant variant : Variant.values()) {
                    BusinessCaseMetrics m = BusinessCaseMetrics.of(flow, variant, rate, baseYear);
                    csv.row(List.of(flow.dimension().name().toLowerCase(Locale.ROOT), CsvText.safe(flow.key()),
                            variant.key(), Amounts.csv(m.benefits()), Amounts.csv(m.investments()),
                            Amounts.csv(m.net()), Amounts.csv(m.benefitsPresentValue()),
                            Amounts.csv(m.investmentsPresentValue()), Amounts.csv(m.netPresentValue()),
                            m.ratio().map(Amounts::csv).orElse(""),
                            m.breakEvenYear().isPresent() ? Integer.toString(m.breakEvenYear().getAsInt()) : "",
                            rateText, Integer.toString(baseYear),
                            m.breakEven().none().map(BreakEven.None::key).orElse(""), Amounts.csv(m.settlements())));
                }
            }
        }
    }
}
