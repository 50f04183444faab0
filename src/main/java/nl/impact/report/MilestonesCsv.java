package nl.impact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.impact.model.Milestone;
import nl.impact.model.MilestoneTarget;
import nl.impact.monitor.MilestoneJudgement;

/**
 * {@code milestones.csv}: per milestone due up to the monitored half year, its target, what was
 * realised, the verdict and what becomes of its tranche (docs/outputs.md).
 */
public final class MilestonesCsv {

    public static final String FILE = "milestones.csv";
    public static final String[] HEADER = {"period", "milestone", "kernaanpakken", "description", "target_kind",
        "target", "unit", "realised", "verdict", "tranche", "financier", "line", "payment"};

    private MilestonesCsv() {
    }

    public static void write(List<MilestoneJudgement> judgements, Path directory) throws IOException {
        try (CsvTable csv = CsvTable.create(directory.resolve(FILE), HEADER)) {
            for (MilestoneJudgement j : judgements) {
                Milestone m = j.milestone();
                MilestoneTarget t = m.target();
                csv.row(List.of(m.halfYear().key(), CsvText.safe(m.id()), CsvText.safe(String.join(" ", m.kernaanpakken())),
                        CsvText.safe(m.description()), t.kind().key(), t.value(), CsvText.safe(t.unit()),
                        j.realisation() == null ? "" : j.realisation().value(), j.verdict().key(),
                        m.hasTranche() ? Amounts.csv(m.tranche().amount()) : "",
                        m.hasTranche() ? CsvText.safe(m.tranche().financier()) : "",
                        m.hasTranche() ? CsvText.safe(m.tranche().line()) : "", j.payment().key()));
            }
        }
    }
}
