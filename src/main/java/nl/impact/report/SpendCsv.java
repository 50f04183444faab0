package nl.impact.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.impact.model.BudgetLine;
import nl.impact.model.HalfYear;
import nl.impact.monitor.SpendLine;

/**
 * {@code spend.csv}: per budget line, financier and plan year up to the monitored one, the begroting
 * (expected variant) against what was spent, the uitputting and the remainder; then total rows per
 * financier and for all (docs/outputs.md).
 */
public final class SpendCsv {

    public static final String FILE = "spend.csv";
    public static final String[] HEADER = {"line", "post", "kernaanpak", "financier", "year", "reported", "budget",
        "spent", "exhaustion_percent", "remainder", "tranches_payable", "tranches_withheld"};

    private SpendCsv() {
    }

    public static void write(List<SpendLine> lines, Path directory) throws IOException {
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE), HEADER)) {
            for (SpendLine s : lines) {
                BudgetLine line = s.line();
                csv.row(List.of(CsvText.safe(line.id()), CsvText.safe(line.post()), CsvText.safe(line.kernaanpak()),
                        CsvText.safe(s.financier()), Integer.toString(s.year()),
                        s.reported().stream().map(HalfYear::key).collect(Collectors.joining(" ")),
                        Amounts.csv(s.budget()), Amounts.csv(s.spent()), percent(s.spent(), s.budget()),
                        Amounts.csv(s.remainder()), Amounts.csv(s.tranchesPayable()), Amounts.csv(s.tranchesWithheld())));
            }
            Set<String> financiers = new LinkedHashSet<>();
            Set<Integer> years = new LinkedHashSet<>();
            lines.forEach(s -> {
                financiers.add(s.financier());
                years.add(s.year());
            });
            List<String> keys = new ArrayList<>(financiers);
            keys.add("all");
            for (String financier : keys) {
                Predicate<SpendLine> of = s -> financier.equals("all") || s.financier().equals(financier);
                for (Integer year : years) {
                    total(csv, financier, Integer.toString(year), lines.stream().filter(of.and(s -> s.year() == year))
                            .toList());
                }
                total(csv, financier, "all", lines.stream().filter(of).toList());
            }
        }
    }

    private static void total(CsvTable csv, String financier, String year, List<SpendLine> lines) throws IOException {
        BigDecimal budget = lines.stream().map(SpendLine::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = lines.stream().map(SpendLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal payable = lines.stream().map(SpendLine::tranchesPayable).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal withheld = lines.stream().map(SpendLine::tranchesWithheld).reduce(BigDecimal.ZERO, BigDecimal::add);
        csv.row(List.of(BudgetLine.TOTAL, "", "", CsvText.safe(financier), year, "", Amounts.csv(budget),
                Amounts.csv(spent), percent(spent, budget), Amounts.csv(budget.subtract(spent)), Amounts.csv(payable),
                Amounts.csv(withheld)));
    }

    /** Spent as a percentage of the budget, two decimals; empty when nothing was budgeted. */
    static String percent(BigDecimal spent, BigDecimal budget) {
        return budget.signum() == 0 ? "" : Amounts.csv(spent.multiply(BigDecimal.valueOf(100))
                .divide(budget, 10, RoundingMode.HALF_UP));
    }
}
