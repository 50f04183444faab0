package nl.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import nl.impact.cli.Mutator.Edit;
import nl.impact.testing.Cli;
import nl.impact.testing.Git;
import nl.impact.testing.Scenarios;
import nl.impact.testing.Workbooks;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.FormulaError;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/**
 * Hostile input on every way in, as properties with fixed seeds: the shipped scenarios, realisations,
 * area tables (CSV and xlsx, the sheet written by POI or damaged, and the workbooks openpyxl and
 * XlsxWriter wrote), {@code --set} paths and values, {@code impact diff} of two mutated versions in
 * every format and with {@code --out}, draws of mutated distributions, and {@code --base-ref} in a
 * git repository with a mutated history. Each case runs in-process in a folder of its own and must
 * answer as {@link Answers} checks: within a bound, with a documented exit code (never 1), no stack
 * trace or Java class name, no raw control character in what it prints or writes, nothing of a file
 * that is no input, no input changed, and nothing written except the outputs (none at all on exit 2).
 * Coverage checks keep each property reaching the valid paths too (a read table, a diff report, draws).
 *
 * <p>jqwik generates each case from its seed, so a failure repeats, and shrinks it to the fewest and
 * simplest edits. The numbers of tries (470 cases) keep the whole class at about 30 s of CPU, one case
 * at a time: validating is cheap, a run with its workbooks, a simulation and a git history are not.
 */
class HostileInputFuzzTest {

    private static final String SEED = "20261129";
    /** Mutated shipped scenarios validated (the cheapest path: read, check, compute). */
    private static final int VALIDATE_TRIES = 120;
    /** Mutated versions of the small plan validated and run into an output directory (workbooks included: the slowest path). */
    private static final int RUN_TRIES = 15;
    /** Mutated realisations files judged by monitor. */
    private static final int MONITOR_TRIES = 50;
    /** Mutated area scenarios and tables (CSV, xlsx, damaged xlsx), validated; one in six also run. */
    private static final int AREA_TRIES = 80;
    /** One or two --set overrides, plain or hostile, on validate, run, diff or simulate. */
    private static final int SET_TRIES = 80;
    /** Two mutated versions compared by impact diff, in a random format, to stdout or --out. */
    private static final int DIFF_TRIES = 40;
    /** Mutated distributions, bands, correlations and formulas drawn a few times by simulate or run --draws. */
    private static final int DRAW_TRIES = 60;
    /** A git history of mutated versions (and blobs that are no scenario) compared with --base-ref. */
    private static final int BASE_REF_TRIES = 25;

    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Path FUZZ = Path.of("src/test/resources/fuzz");
    private static final List<String> SHIPPED = List.of("pluswijken.yaml", "voorbeeldregio-valpreventie.yaml",
            "blauwe-zorg-maastricht.yaml", "buurtzorg-wijkverpleging.yaml", "regioplan-zuid-limburg.yaml",
            "pluswijken-wijken.yaml");
    private static final List<String> REALISATIONS = List.of("pluswijken-realisations-2026.csv",
            "pluswijken-realisations-2027-twice-below.csv");
    private static final Set<Integer> VALID_OR_NOT = Set.of(ExitCodes.OK, ExitCodes.INVALID_INPUT);
    private static final Set<Integer> DIFF_EXITS = Set.of(ExitCodes.OK, ExitCodes.INVALID_INPUT,
            ExitCodes.OUTPUTS_DIFFER);

    private static Path root;
    private static Answers answers;
    private static final AtomicInteger CASES = new AtomicInteger();
    /**
     * The folder of the try on this thread. Per thread: when jqwik's bounded shrinking times out, the
     * shrinking may still finish a try on its own thread while the next property starts.
     */
    private static final ThreadLocal<Path> CURRENT = new ThreadLocal<>();

    @BeforeContainer
    static void start() throws IOException {
        root = Files.createTempDirectory("impact-fuzz-");
        answers = new Answers();
        // A table outside every case's folder, for the names and links that lead out of it.
        Files.copy(FUZZ.resolve("wijken.csv"), Files.createDirectories(root.resolve("fuzz")).resolve("wijken.csv"));
        Files.copy(FUZZ.resolve("wijken.csv"), root.resolve("wijken.csv"));
        Files.writeString(root.resolve("secret.txt"), secret());
    }

    @AfterContainer
    static void stop() throws IOException {
        answers.close();
        delete(root);
    }

    @AfterTry
    void clean() throws IOException {
        Path current = CURRENT.get();
        if (current != null) {
            delete(current);
            CURRENT.remove();
        }
    }

    // ---------------------------------------------------------------- scenarios, runs, realisations

    @Property(tries = VALIDATE_TRIES, seed = SEED, generation = GenerationMode.RANDOMIZED,
            edgeCases = EdgeCasesMode.NONE)
    void aMutatedScenarioIsValidOrInvalid(@ForAll("shipped") String name, @ForAll("fewEdits") List<Edit> edits,
            @ForAll boolean strict) throws Exception {
        Path folder = folder();
        String text = Hostile.SCENARIO.apply(Files.readString(SCENARIOS.resolve(name)), edits);
        Path file = Scenarios.write(folder, name, text);
        Files.copy(SCENARIOS.resolve("pluswijken-wijken.csv"), folder.resolve("pluswijken-wijken.csv"));
        Cli.Result plain = answers.check(folder, text, null, VALID_OR_NOT, "validate", file.toString());
        if (strict) {
            // --strict turns warnings into errors and changes nothing else.
            Cli.Result strictly = answers.check(folder, text, null, VALID_OR_NOT, "validate", file.toString(), "--strict");
            boolean warned = plain.exitCode() == 0 && plain.err().contains("warning");
            assertThat(strictly.exitCode()).as("validate --strict after %s on%n%s", plain.err(), Answers.cut(text))
                    .isEqualTo(warned ? ExitCodes.INVALID_INPUT : plain.exitCode());
        }
        Statistics.label("validate").collect(plain.exitCode() == 0 ? "valid" : "invalid");
        // The mutations must not all be fatal: some must reach the computation.
        Statistics.label("validate").coverage(c -> c.check("valid").percentage(p -> p >= 5));
    }

    @Property(tries = RUN_TRIES, seed = SEED, generation = GenerationMode.RANDOMIZED,
            edgeCases = EdgeCasesMode.NONE)
    void whateverValidateAcceptsRunComputesAndAnInvalidRunWritesNothing(@ForAll("fewEdits") List<Edit> edits,
            @ForAll boolean changes) throws Exception {
        Path folder = folder();
        // Half the cases make an analyst's changes (and some hostile ones), so that more of them reach the run.
        String text = (changes ? Hostile.CHANGES : Hostile.SCENARIO).apply(Files.readString(FUZZ.resolve("plan.yaml")),
                edits);
        Path file = Scenarios.write(folder, "run.yaml", text);
        Path out = folder.resolve("out");
        int validate = answers.check(folder, text, null, VALID_OR_NOT, "validate", file.toString()).exitCode();
        int run = answers.check(folder, text, out, VALID_OR_NOT, "run", file.toString(), "--out", out.toString())
                .exitCode();
        assertThat(run).as("run after validate gave %d on%n%s", validate, Answers.cut(text)).isEqualTo(validate);
        assertThat(Files.exists(out)).as("an output directory after exit %d", run).isEqualTo(run == 0);
        Statistics.label("run").collect(run == 0 ? "ran" : "refused");
        Statistics.label("run").coverage(c -> c.check("ran").count(n -> n > 0));
    }

    @Property(tries = MONITOR_TRIES, seed = SEED, generation = GenerationMode.RANDOMIZED,
            edgeCases = EdgeCasesMode.NONE)
    void mutatedRealisationsAreJudgedOrRefused(@ForAll("realisations") String name, @ForAll("fewEdits") List<Edit> edits,
            @ForAll("percent") int form, @ForAll @IntRange(max = 2_000) int junk) throws Exception {
        Path folder = folder();
        Path scenario = folder.resolve("pluswijken.yaml");
        Files.copy(SCENARIOS.resolve("pluswijken.yaml"), scenario);
        String text = Hostile.SCENARIO.apply(Files.readString(SCENARIOS.resolve(name)), edits);
        // One in twenty is a CSV named .xlsx; one in ten is random bytes.
        Path file = Scenarios.write(folder, form < 5 ? "realisations.xlsx" : "realisations.csv", text);
        if (form >= 90) {
            byte[] bytes = new byte[junk];
            new SplittableRandom(junk).nextBytes(bytes);
            Files.write(file, bytes);
        }
        Path out = folder.resolve("monitor");
        int code = answers.check(folder, text, out, Set.of(ExitCodes.OK, ExitCodes.INVALID_INPUT,
                ExitCodes.SPELREGELS_CALL_FOR_ACTION), "monitor", scenario.toString(), file.toString(), "--out", out.toString())
                .exitCode();
        assertThat(Files.exists(out)).as("an output directory after exit %d on%n%s", code, Answers.cut(text))
                .isEqualTo(code != 2);
    }

    // ---------------------------------------------------------------- area tables and workbooks

    /** How the area table is given. */
    enum TableForm { CSV, CSV_WITH_BOM, CSV_IN_LATIN_1, CSV_IN_UTF_16, XLSX, DAMAGED_XLSX }

    @Property(tries = AREA_TRIES, seed = SEED, generation = GenerationMode.RANDOMIZED,
            edgeCases = EdgeCasesMode.NONE)
    void aMutatedAreaTableIsReadOrRefused(@ForAll("someEdits") List<Edit> scenarioEdits,
            @ForAll("someEdits") List<Edit> tableEdits, @ForAll("someEdits") List<Edit> cellEdits,
            @ForAll("tableForms") TableForm form, @ForAll("percent") int run) throws Exception {
        Path folder = folder();
        String table = Hostile.TABLE.apply(Files.readString(FUZZ.resolve("wijken.csv")), tableEdits);
        String scenarioText = Files.readString(FUZZ.resolve("areas.yaml"));
        if (form == TableForm.XLSX || form == TableForm.DAMAGED_XLSX) {
            scenarioText = scenarioText.replace("table: wijken.csv", "table: {file: wijken.xlsx, sheet: Wijken}");
        }
        scenarioText = Hostile.AREA_SCENARIO.apply(scenarioText, scenarioEdits);
        Path scenario = Scenarios.write(folder, "areas.yaml", scenarioText);
        Charset charset = switch (form) {
            case CSV_IN_LATIN_1 -> StandardCharsets.ISO_8859_1;
            case CSV_IN_UTF_16 -> StandardCharsets.UTF_16;
            default -> StandardCharsets.UTF_8;
        };
        Files.write(folder.resolve("wijken.csv"), ((form == TableForm.CSV_WITH_BOM ? "\uFEFF" : "") + table)
                .getBytes(charset));
        boolean xlsxTable = form == TableForm.XLSX || form == TableForm.DAMAGED_XLSX;
        Path xlsx = Workbooks.write(folder.resolve("wijken.xlsx"), "Wijken",
                xlsxRows(table, xlsxTable ? cellEdits : List.of()));
        if (form == TableForm.DAMAGED_XLSX) {
            damage(xlsx, cellEdits.isEmpty() ? new Edit(0, 0, 0) : cellEdits.get(0));
        }
        for (String writer : List.of("openpyxl.xlsx", "xlsxwriter.xlsx")) {
            try (InputStream in = getClass().getResourceAsStream("/xlsx-writers/" + writer)) {
                Files.copy(in, folder.resolve(writer));
            }
        }
        Files.createDirectories(folder.resolve("map"));
        // Files that are no table, named by the scenario or not: their text is never shown.
        Files.writeString(folder.resolve(".env"), secret());
        Files.writeString(folder.resolve("secret.txt"), secret());
        Files.writeString(Files.createDirectories(folder.resolve(".git")).resolve("config"), secret());
        Files.createSymbolicLink(folder.resolve("link.csv"), root.resolve("wijken.csv"));

        String input = "%s table %s with cell edits %s%nscenario:%n%s%ntable:%n%s".formatted(form,
                Hostile.TABLE.describe(tableEdits), cellEdits, scenarioText, table);
        int validate = answers.check(folder, input, null, VALID_OR_NOT, "validate", scenario.toString()).exitCode();
        if (run < 15) {
            Path out = folder.resolve("out");
            int ran = answers.check(folder, input, out, VALID_OR_NOT, "run", scenario.toString(), "--out",
                    out.toString()).exitCode();
            assertThat(ran).as("run after validate gave %d on%n%s", validate, Answers.cut(input)).isEqualTo(validate);
        }
        Statistics.label("areas").collect(form, validate == 0 ? "valid" : "invalid");
        // Tables must also be read, from a CSV file and from a sheet.
        Statistics.label("areas").coverage(c -> {
            c.check(TableForm.CSV, "valid").count(n -> n > 0);
            c.check(TableForm.XLSX, "valid").count(n -> n > 0);
        });
    }

    /** The table's rows as cells of a sheet: numbers as numbers, and the cell edits' formulas, errors and booleans. */
    private static Object[][] xlsxRows(String table, List<Edit> cellEdits) {
        List<Object[]> rows = new ArrayList<>();
        for (String line : table.replace("\r", "").split("\n", -1)) {
            String[] cells = line.split(line.contains(",") ? "," : ";", -1);
            Object[] row = new Object[cells.length];
            for (int c = 0; c < cells.length; c++) {
                row[c] = cells[c].matches("-?\\d{1,15}(\\.\\d{1,15})?") ? (Object) Double.valueOf(cells[c])
                        : cells[c].startsWith("=") ? "'" + cells[c] : cells[c];
            }
            rows.add(row);
        }
        Object[] kinds = {"=500*2", "=1/0", "=SUM(D2:D3)", FormulaError.DIV0, FormulaError.NA, Boolean.TRUE, null,
            "x".repeat(32_767), Double.MAX_VALUE, -0.0, 1e-320, Double.NaN, Double.POSITIVE_INFINITY, 2025.5, ""};
        for (Edit edit : cellEdits) {
            Object[] row = rows.get(edit.where() % rows.size());
            if (row.length > 0) {
                row[edit.what() % row.length] = kinds[edit.rule() % kinds.length];
            }
        }
        return rows.toArray(Object[][]::new);
    }

    /** Cuts the workbook, overwrites a byte, or replaces it by text. */
    private static void damage(Path xlsx, Edit edit) throws IOException {
        byte[] bytes = Files.readAllBytes(xlsx);
        int at = edit.where() % bytes.length;
        switch (edit.rule() % 3) {
            case 0 -> Files.write(xlsx, Arrays.copyOf(bytes, at));
            case 1 -> {
                bytes[at] = (byte) edit.what();
                Files.write(xlsx, bytes);
            }
            default -> Files.writeString(xlsx, "code,naam,gemeente\nWK091701,Centrum,GM0917\n");
        }
    }

    // ---------------------------------------------------------------- --set

    @Property(tries = SET_TRIES, seed = SEED, generation = GenerationMode.RANDOMIZED,
            edgeCases = EdgeCasesMode.NONE)
    void aHostileSetIsAppliedOrRefused(@ForAll("overrides") List<String> overrides,
            @ForAll("percent") int command) throws Exception {
        Path folder = folder();
        Path plan = Files.copy(FUZZ.resolve("plan.yaml"), folder.resolve("plan.yaml"));
        List<String> sets = new ArrayList<>();
        for (String override : overrides) {
            sets.add("--set");
            sets.add(override);
        }
        String input = "--set " + String.join(" --set ", overrides);
        Path out = folder.resolve("out");
        List<String> args = new ArrayList<>();
        Set<Integer> exits = VALID_OR_NOT;
        Path target = null;
        if (command < 45) {
            args.addAll(List.of("validate", plan.toString()));
        } else if (command < 70) {
            args.addAll(List.of("diff", plan.toString(), "--format", Hostile.FORMATS.get(command % 4)));
            exits = DIFF_EXITS;
        } else if (command < 80) {
            args.addAll(List.of("simulate", plan.toString(), "--draws", "5", "--seed", "1", "--out", out.toString()));
            target = out;
        } else {
            args.addAll(List.of("run", plan.toString(), "--out", out.toString()));
            target = out;
        }
        args.addAll(sets);
        Cli.Result result = answers.check(folder, input, target, exits, args.toArray(String[]::new));
        if (args.get(0).equals("run")) {
            List<String> validate = new ArrayList<>(List.of("validate", plan.toString()));
            validate.addAll(sets);
            int valid = answers.check(folder, input, null, VALID_OR_NOT, validate.toArray(String[]::new)).exitCode();
            assertThat(result.exitCode()).as("run after validate gave %d with %s", valid, Answers.cut(input))
                    .isEqualTo(valid);
        }
        Statistics.label("--set").collect(args.get(0), result.exitCode());
        Statistics.label("--set").coverage(c -> c.check("run", ExitCodes.OK).count(n -> n > 0));
    }

    // ---------------------------------------------------------------- impact diff

    @Property(tries = DIFF_TRIES, seed = SEED, generation = GenerationMode.RANDOMIZED,
            edgeCases = EdgeCasesMode.NONE)
    void aDiffOfTwoMutatedVersionsComparesOrRefuses(@ForAll boolean plan, @ForAll("someEdits") List<Edit> oldEdits,
            @ForAll("fewEdits") List<Edit> newEdits, @ForAll("formats") String format,
            @ForAll("percent") int outChoice, @ForAll("tolerances") String tolerance) throws Exception {
        Path folder = folder();
        String base = Files.readString(plan ? FUZZ.resolve("plan.yaml") : Path.of("src/test/resources/diff/base.yaml"));
        String before = Hostile.CHANGES.apply(base, oldEdits);
        String after = Hostile.CHANGES.apply(before, newEdits);
        Path old = Scenarios.write(folder, "old.yaml", before);
        Path now = Scenarios.write(folder, "new.yaml", after);
        Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(folder.resolve("link.md"), old);
        Files.writeString(folder.resolve("notes.md"), "my own notes\n");
        // Almost half to stdout, a third to a new file, one in five to an input or a file of the user's.
        List<Path> others = List.of(old, now, folder.resolve("sub/../old.yaml"), folder.resolve("link.md"), folder,
                folder.resolve("notes.md"));
        Path out = outChoice < 45 ? null : outChoice < 70 ? folder.resolve("report.out")
                : outChoice < 80 ? folder.resolve("nieuw/report.out") : others.get(outChoice % others.size());
        List<String> args = new ArrayList<>(List.of("diff", old.toString(), now.toString(), "--format", format,
                "--tolerance", tolerance));
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        String input = "old:%n%s%nnew (%s):%n%s".formatted(before, Hostile.CHANGES.describe(newEdits), after);
        Cli.Result result = answers.check(folder, input, out, DIFF_EXITS, args.toArray(String[]::new));
        if (out != null && others.contains(out)) {
            assertThat(result.exitCode()).as("diff --out %s: %s", out, result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        }
        if (result.exitCode() != ExitCodes.INVALID_INPUT) {
            String report = out == null ? result.out() : Files.readString(out);
            readable(format, report, input);
        }
        Statistics.label("diff").collect(format, out == null ? "stdout" : "--out", result.exitCode());
        // Reports must come out, in the formats whose readers interpret text.
        Statistics.label("diff").coverage(c -> {
            c.checkQuery(compared("markdown")).count(n -> n > 0);
            c.checkQuery(compared("csv")).count(n -> n > 0);
        });
    }

    /** A diff of this format that compared (exit 0 or 3), as the diff's statistics hold it. */
    private static Predicate<List<?>> compared(String format) {
        return values -> values.get(0).equals(format) && !values.get(2).equals(ExitCodes.INVALID_INPUT);
    }

    /** The report reads back in its format; the markdown has no link, image or HTML but its own. */
    private static void readable(String format, String report, String input) throws IOException {
        switch (format) {
            case "json" -> new ObjectMapper().readTree(report);
            case "csv" -> {
                try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(new StringReader(report))) {
                    int columns = parser.getHeaderNames().size();
                    for (CSVRecord record : parser) {
                        assertThat(record.size()).as("a row of the CSV of%n%s", Answers.cut(input)).isEqualTo(columns);
                    }
                }
                Answers.noFormulas(report, "the diff of\n" + Answers.cut(input));
            }
            case "markdown" -> {
                List<String> found = new ArrayList<>();
                Parser.builder().extensions(List.of(TablesExtension.create(), AutolinkExtension.create())).build()
                        .parse(report).accept(new AbstractVisitor() {
                            @Override
                            public void visit(Link link) {
                                found.add("link " + link.getDestination());
                            }

                            @Override
                            public void visit(Image image) {
                                found.add("image " + image.getDestination());
                            }

                            @Override
                            public void visit(HtmlInline html) {
                                html(html.getLiteral());
                            }

                            @Override
                            public void visit(HtmlBlock html) {
                                html(html.getLiteral());
                            }

                            private void html(String literal) {
                                if (literal.replaceAll("</?(sub|wbr|details|summary)>", "").contains("<")) {
                                    found.add("html " + literal);
                                }
                            }
                        });
                assertThat(found).as("markup from input in%n%s%nof%n%s", Answers.cut(report), Answers.cut(input))
                        .isEmpty();
            }
            default -> {
            }
        }
    }

    // ---------------------------------------------------------------- draws

    @Property(tries = DRAW_TRIES, seed = SEED, generation = GenerationMode.RANDOMIZED,
            edgeCases = EdgeCasesMode.NONE)
    void drawsOfMutatedDistributionsAreSummarisedOrRefused(@ForAll("fewEdits") List<Edit> edits,
            @ForAll @IntRange(min = 1, max = 40) int draws, @ForAll @IntRange(max = 1_000) int seed,
            @ForAll("percent") int how) throws Exception {
        Path folder = folder();
        String text = Hostile.DRAWS.apply(Files.readString(FUZZ.resolve("plan.yaml")), edits);
        Path plan = Scenarios.write(folder, "plan.yaml", text);
        Path out = folder.resolve("out");
        List<String> args = new ArrayList<>(List.of(how < 25 ? "run" : "simulate", plan.toString(), "--draws",
                Integer.toString(draws), "--seed", Integer.toString(seed), "--out", out.toString()));
        if (how >= 80) {
            args.addAll(List.of("--threads", "2", "--export-draws"));
        }
        String input = Hostile.DRAWS.describe(edits) + "\n" + text;
        Cli.Result result = answers.check(folder, input, out, VALID_OR_NOT, args.toArray(String[]::new));
        assertThat(Files.exists(out)).as("outputs after exit %d", result.exitCode()).isEqualTo(result.exitCode() == 0);
        Statistics.label("draws").collect(args.get(0), result.exitCode());
        Statistics.label("draws").coverage(c -> c.check("simulate", ExitCodes.OK).count(n -> n > 0));
    }

    // ---------------------------------------------------------------- --base-ref

    /** What a commit of the history holds at the scenario's path. */
    enum Version { MUTATED, MUTATED_AGAIN, MUTATED_ONCE_MORE, BYTES, EMPTY, DIRECTORY, LINK }

    @Property(tries = BASE_REF_TRIES, seed = SEED, generation = GenerationMode.RANDOMIZED,
            edgeCases = EdgeCasesMode.NONE)
    void aDiffWithAMutatedHistoryComparesOrRefuses(@ForAll("history") List<Version> history,
            @ForAll("fewEdits") List<Edit> edits, @ForAll("refs") String ref, @ForAll boolean markdown)
            throws Exception {
        Path folder = folder();
        Path repo = Files.createDirectories(folder.resolve("repo"));
        Path scenario = repo.resolve("s.yaml");
        String text = Files.readString(Path.of("src/test/resources/diff/base.yaml"));
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            text = Hostile.VALUES.apply(text, edits.subList(0, Math.min(i + 1, edits.size())));
            version(repo, scenario, history.get(i), text, i);
            versions.add(history.get(i) + (history.get(i).name().startsWith("MUTATED") ? ":\n" + text : ""));
            if (i == 0) {
                Git.repository(repo, "base");
                Git.run(repo, "tag", "v1");
            } else {
                Git.commit(repo, "version " + i);
            }
        }
        clear(scenario);
        Scenarios.write(repo, "s.yaml", Hostile.VALUES.apply(text, edits.subList(edits.size() - 1, edits.size())));
        String revision = ref.replace("{folder}", folder.toString());
        List<String> args = new ArrayList<>(List.of("diff", scenario.toString(), "--base-ref", revision));
        if (markdown) {
            args.addAll(List.of("--format", "markdown"));
        }
        String input = "--base-ref " + revision + " on the history " + String.join("\n", versions);
        Cli.Result result = answers.check(folder, input, null, DIFF_EXITS, args.toArray(String[]::new));
        Statistics.label("--base-ref").collect(result.exitCode());
        Statistics.label("--base-ref").coverage(c -> c.checkQuery(v -> !v.get(0).equals(ExitCodes.INVALID_INPUT))
                .count(n -> n > 0));
    }

    /** Puts the {@code i}-th version of the history at the scenario's path. */
    private static void version(Path repo, Path scenario, Version version, String text, int i) throws IOException {
        clear(scenario);
        switch (version) {
            case BYTES -> {
                byte[] bytes = new byte[1_000 + i];
                new SplittableRandom(i).nextBytes(bytes);
                Files.write(scenario, bytes);
            }
            case EMPTY -> Files.write(scenario, new byte[0]);
            case DIRECTORY -> Files.writeString(Files.createDirectories(scenario).resolve("x.yaml"), text);
            case LINK -> Files.createSymbolicLink(scenario, repo.relativize(repo.resolve("../../wijken.csv")));
            default -> Files.writeString(scenario, text);
        }
    }

    private static void clear(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            delete(path);
        } else {
            Files.deleteIfExists(path);
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<List<Edit>> fewEdits() {
        return Mutator.edits(1, 3);
    }

    /** None in half the cases, so that a case with several texts to edit often keeps some of them valid. */
    @Provide
    Arbitrary<List<Edit>> someEdits() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Edit>of())), Tuple.of(1, Mutator.edits(1, 2)));
    }

    @Provide
    Arbitrary<String> shipped() {
        return Arbitraries.of(SHIPPED);
    }

    @Provide
    Arbitrary<String> realisations() {
        return Arbitraries.of(REALISATIONS);
    }

    /** Mostly a CSV file or a sheet as a spreadsheet writes them. */
    @Provide
    Arbitrary<TableForm> tableForms() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(TableForm.CSV)), Tuple.of(4,
                Arbitraries.just(TableForm.XLSX)), Tuple.of(3, Arbitraries.of(TableForm.class)));
    }

    @Provide
    Arbitrary<String> formats() {
        return mostly(Hostile.FORMATS, Hostile.FORMATS_HOSTILE, 1);
    }

    @Provide
    Arbitrary<String> tolerances() {
        return mostly(Hostile.TOLERANCES, Hostile.TOLERANCES_HOSTILE, 1);
    }

    @Provide
    Arbitrary<String> refs() {
        return mostly(Hostile.REFS, Hostile.REFS_HOSTILE, 3);
    }

    /** A number from 0 to 99, each as likely (jqwik's default favours the ends of a range). */
    @Provide
    Arbitrary<Integer> percent() {
        return Arbitraries.integers().between(0, 99).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<List<Version>> history() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(Version.MUTATED, Version.MUTATED_AGAIN,
                Version.MUTATED_ONCE_MORE)), Tuple.of(1, Arbitraries.of(Version.class))).list().ofMinSize(1).ofMaxSize(3);
    }

    /**
     * One or two overrides: one the scenario takes, or its path with a hostile value, or a hostile
     * path, or one with a stray character or without its '='.
     */
    @Provide
    Arbitrary<List<String>> overrides() {
        Arbitrary<String> plain = Arbitraries.of(Hostile.SET_OVERRIDES);
        Arbitrary<String> hostileValue = Combinators.combine(plain, Arbitraries.of(Hostile.SET_VALUES_HOSTILE))
                .as((override, value) -> override.substring(0, override.indexOf('=') + 1) + value);
        Arbitrary<String> hostilePath = Combinators.combine(Arbitraries.of(Hostile.SET_PATHS_HOSTILE), plain)
                .as((path, override) -> path + override.substring(override.indexOf('=')));
        Arbitrary<String> glitched = Combinators.combine(plain, Arbitraries.integers().between(0, 1 << 20)
                .withDistribution(RandomDistribution.uniform())).as((override, glitch) -> {
                    if (glitch % 4 == 0) {
                        return override.replaceFirst("=", "");
                    }
                    int at = glitch % (override.length() + 1);
                    return override.substring(0, at) + (char) (glitch % 0x80) + override.substring(at);
                });
        return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(3, hostileValue), Tuple.of(2, hostilePath),
                Tuple.of(1, glitched)).list().ofMinSize(1).ofMaxSize(2);
    }

    /** {@code tenths} in ten from {@code hostile}, the others from {@code plain}. */
    private static Arbitrary<String> mostly(List<String> plain, List<String> hostile, int tenths) {
        return Arbitraries.frequencyOf(Tuple.of(10 - tenths, Arbitraries.of(plain)),
                Tuple.of(tenths, Arbitraries.of(hostile)));
    }

    // ---------------------------------------------------------------- files

    /** A credential as a file holds it: lines that a reader of tables might take for rows and cells. */
    private static String secret() {
        return "[core]\n\ttoken = " + Answers.SECRET + "\nTOKEN=" + Answers.SECRET + "\ncode,naam,gemeente\n"
                + Answers.SECRET + "," + Answers.SECRET + ",GM0917\n";
    }

    /** A new folder for one case, removed after it. */
    private static Path folder() throws IOException {
        Path current = Files.createDirectories(root.resolve("case-" + CASES.incrementAndGet()));
        CURRENT.set(current);
        return current;
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
