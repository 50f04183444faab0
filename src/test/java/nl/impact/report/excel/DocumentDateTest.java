package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.impact.model.Scenario;
import nl.impact.scenario.GitRevision;
import nl.impact.testing.Cli;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The date every page of a bijlage carries is the scenario's own: its {@code date:}, else the date of
 * its file's last commit, else SOURCE_DATE_EPOCH, else the day of the run; never a fixed default.
 * The same scenario still gives the same bytes.
 */
class DocumentDateTest {

    private static final Clock RUN_DAY = Clock.fixed(Instant.parse("2027-06-30T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path work;

    @Test
    void theScenariosDateComesFirstThenItsCommitThenSourceDateEpochThenTheRunsDay() throws Exception {
        Scenario dated = scenario("date: 2025-03-14\n");
        Scenario undated = scenario("");
        Optional<LocalDate> committed = Optional.of(LocalDate.of(2024, 11, 5));
        Map<String, String> epoch = Map.of("SOURCE_DATE_EPOCH", "1735689600");

        assertThat(DocumentDate.of(dated, epoch, f -> committed, RUN_DAY)).isEqualTo(Instant.parse("2025-03-14T00:00:00Z"));
        assertThat(DocumentDate.of(undated, epoch, f -> committed, RUN_DAY)).isEqualTo(Instant.parse("2024-11-05T00:00:00Z"));
        assertThat(DocumentDate.of(undated, epoch, f -> Optional.empty(), RUN_DAY))
                .isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(DocumentDate.of(undated, Map.of(), f -> Optional.empty(), RUN_DAY))
                .isEqualTo(Instant.parse("2027-06-30T00:00:00Z"));
        assertThatThrownBy(() -> DocumentDate.of(undated, Map.of("SOURCE_DATE_EPOCH", "gisteren"), f -> Optional.empty(),
                RUN_DAY)).hasMessageContaining("SOURCE_DATE_EPOCH");
    }

    @Test
    void theCommitDateIsTheLastCommitOfAnUnchangedFile() throws Exception {
        Path repo = Files.createDirectories(work.resolve("repo"));
        Path file = repo.resolve("plan.yaml");
        Files.writeString(file, "name: a\n");
        assertThat(GitRevision.commitDate(file)).as("not in a repository").isEmpty();
        git(repo, "init", "-q");
        assertThat(GitRevision.commitDate(file)).as("untracked").isEmpty();
        git(repo, "add", "plan.yaml");
        git(repo, "commit", "-q", "-m", "first");
        assertThat(GitRevision.commitDate(file)).contains(LocalDate.of(2025, 3, 14));
        Files.writeString(file, "name: b\n");
        assertThat(GitRevision.commitDate(file)).as("changed since the commit").isEmpty();
    }

    @Test
    void everyPageSaysTheScenariosVersionAndDateAndTheFileStaysTheSame() throws Exception {
        Path scenario = work.resolve("dated.yaml");
        Files.writeString(scenario, Files.readString(Workbooks.PLUSWIJKEN).replaceFirst("(?m)^name: (.*)$",
                "name: $1\nversion: \"concept 2 & bijlagen\"\ndate: 2025-03-14"), StandardCharsets.UTF_8);
        Path first = Cli.runInto(scenario, work.resolve("first"));
        Path second = Cli.runInto(scenario, work.resolve("second"));
        for (String file : List.of(BusinessCaseWorkbook.FILE, BegrotingWorkbook.FILE)) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
            try (XSSFWorkbook workbook = Workbooks.open(first.resolve(file))) {
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    assertThat(workbook.getSheetAt(i).getFooter().getRight()).as(file + " " + workbook.getSheetName(i))
                            .isEqualTo("versie concept 2 && bijlagen, 14 maart 2025");
                }
                assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
                        .isEqualTo(Instant.parse("2025-03-14T00:00:00Z"));
            }
        }
    }

    @Test
    void aDateOrVersionThatCannotBePrintedIsRefusedWhereItStands() throws Exception {
        for (String[] c : new String[][] {
            {"date: 14-03-2025\n", ":2:7: date: expected a date written YYYY-MM-DD, from 1980-01-01 to 2107-12-31"
                    + " (for example 2025-03-14), got '14-03-2025'"},
            {"date: 2025-02-30\n", ":2:7: date: no such day: '2025-02-30'"},
            {"date: 1970-01-01\n", ":2:7: date: expected a date written YYYY-MM-DD, from 1980-01-01"},
            {"version: 1.10\n", ":2:10: version: expected a version label in quotes (version: \"1.10\"), got the number"
                    + " 1.10"},
            {"version: \"" + "x".repeat(41) + "\"\n", ":2:10: version: expected a version label of one line, 1 to 40"
                    + " characters"}}) {
            Path file = work.resolve("bad.yaml");
            Files.writeString(file, "name: s\n" + c[0] + BODY);
            Cli.Result result = Cli.run("validate", file.toString());
            assertThat(result.exitCode()).as(c[0]).isEqualTo(2);
            assertThat(result.err()).as(c[0]).contains(file + c[1]).doesNotContain("Exception");
        }
    }

    private static final String BODY = """
            years: {first: 2025, last: 2026}
            domains:
              Zvw: {financier: zorgverzekeraar}
            kernaanpakken:
              k:
                calculator: formules
                deelnemers: {value: 10, source: test}
                effects:
                  - name: e
                    per: deelnemers
                    timing: direct
                    amounts:
                      Zvw: {value: 100, source: test}
            """;

    private Scenario scenario(String extra) throws Exception {
        Path file = work.resolve("s" + Math.abs(extra.hashCode()) + ".yaml");
        Files.writeString(file, "name: s\n" + extra + BODY);
        return nl.impact.engine.Computation.of(file).scenario();
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=t",
                "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        builder.environment().put("GIT_COMMITTER_DATE", "2025-03-14T10:00:00+01:00");
        builder.environment().put("GIT_AUTHOR_DATE", "2025-03-14T10:00:00+01:00");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
