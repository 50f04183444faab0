package nl.impact.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The hostile values and mutators of {@link HostileInputFuzzTest}, per way in: numbers and formulas
 * no plan has, texts that try to become markup, a formula or an escape sequence, Dutch-written
 * numbers, paths that lead elsewhere, distributions that draw infinity, {@code --set} paths and
 * values the file could not hold, and git revisions that try to be options.
 */
final class Hostile {

    /** Numbers beyond every limit, in every spelling YAML and a Dutch spreadsheet know. */
    static final List<String> NUMBERS = List.of("0", "-1", "1e999999999", "-1e999999999", "1e-999999999", "2147483647",
            "-2147483648", "9223372036854775808", "99999999999999999999999", "0.000000000000000000000001", "1e15",
            "1e16", "NaN", ".inf", "-.inf", ".nan", "0x1F", "0o17", "1_000", "1,5", "\"12\"", "~", "[]", "{}",
            "1e2147483648", "7.000", "110.000", "1.500,50", "10.000,5", "+5", "-0", ".5", "5.");
    static final List<String> FORMULAS = List.of("FACT(20)", "SIN(1)", "RANDOM()", "7 % 3", "\"tekst\"",
            "10^999999999", "SQRT(10^999999)", "ROUND(1, 999999999)", "(0-8)^0.5", "1/0", "0^-1",
            "(".repeat(5_000) + "1" + ")".repeat(5_000), "1" + "+1".repeat(2_000), "CUMULATIVE(1+1)", "PREVIOUS()",
            "IF(1)", "MAX()", "x[1]", "a.b", "DT_NOW()", "0x10 * 2", "1e400 / 1e390", "(0.5^1000)^1000",
            "clients / (duur - duur)", "1 / (bereik - 0.2)", "kosten ^ kosten", "LN(0)", "0 / 0",
            // Finite in the three variants, not in a draw beyond the band (an untruncated distribution).
            "IF(kosten > 1700, 1 / 0, clients)", "clients * IF(besparing > 460, 10 ^ 20, 1)",
            "clients / (kosten - 1700)", "IF(duur < 1, 1 / (duur - duur), behandeld)");
    /** Numbers a plan could have, so that more mutants reach the computation. */
    static final List<String> ORDINARY = List.of("0", "1", "2", "5", "10", "100", "250", "1000", "5000", "0.5", "0.25",
            "2026", "-50", "1.5");
    /** Distributions as documented, some of them drawing far beyond their band. */
    static final List<String> ORDINARY_DISTRIBUTIONS = List.of("pert", "triangular", "uniform", "{type: normal, sd: 10}",
            "{type: lognormal, sigma: 0.5}", "{type: beta, alpha: 2, beta: 2}", "{type: gamma, shape: 2}",
            "{type: normal, sd: 1000, truncate: false}", "{type: lognormal, sigma: 3, truncate: false}",
            "{type: gamma, shape: 0.5, truncate: false}");
    /** Texts a terminal, a spreadsheet, a markdown renderer or a bidi algorithm would obey. */
    static final List<String> TEXTS = List.of("\u001b[31mrood\u001b[0m", "nul\u0000byte", "bel\u0007", "\u202Eomgekeerd",
            "=1+1", "@SUM(A1)", "x".repeat(5_000), "y".repeat(1_000), "\uFFFF", "tab\there", "regel\nnieuw",
            "@octocat #12 GH-7", "![x](https://evil.example/x.png) <img src=x onerror=alert(1)>",
            "www.evil.example [l](http://evil.example) me@evil.example", "a|b `code` ``x`` *em*",
            "=HYPERLINK(\"http://evil.example\")", "\u0085next line", "\u2028", "\uD800", "\u001b]0;titel\u0007");
    /** Texts a validator may take and a spreadsheet would compute or link: outputs must keep them text. */
    static final List<String> SPREADSHEET_TEXTS = List.of("=1+1", "@SUM(A1)", "+31 6 1234", "-x",
            "=HYPERLINK(\"http://evil.example\")", "-1+1");
    /** Cells of an area table. */
    static final List<String> CELLS = List.of("", " ", "0", "-1", "1e999999999", "NaN", "Infinity", "1.000", "7.000",
            "110.000", "1.500,50", "1,5", "10.000,5", "TRUE", "false", "=1+1", "@SUM(A1)", "+5", "-0", ".5", "5.",
            "\"quoted\"", "\"a\"b", "\"", "a\"b", "x".repeat(1_001), "\u001b[31m", "\u202Egemeente", "nul\u0000",
            "GM0917", "WK091701", "BU09170101", "WK9999", "GM", "WK09350101", "../../etc/passwd", "caf\u00e9",
            "2147483648", "0x10", "1_000", "\u00bd", "\u0663", "\uff11\uff12", "1e-400", "2025.5", "99999",
            "PW-1", "pw-1", "a,b", "\"a,b\"", "\"regel\nnieuw\"");
    /** What a scenario may name as its area table. */
    static final List<String> TABLE_NAMES = List.of("wijken.csv", "../wijken.csv", "/etc/passwd", ".git/config", ".env",
            "map", "nergens.csv", "{file: wijken.xlsx, sheet: Wijken}", "{file: wijken.xlsx, sheet: wijken}",
            "{file: wijken.xlsx, sheet: Nergens}", "{file: wijken.csv, sheet: Wijken}", "{file: wijken.xlsx}",
            "{file: ../fuzz/wijken.xlsx, sheet: Wijken}", "\"wijken.csv\\u0007\"", "''", "~", "[a, b]", "link.csv",
            "map/../wijken.csv", "{file: openpyxl.xlsx, sheet: Wijken}", "{file: xlsxwriter.xlsx, sheet: Wijken}",
            "/proc/self/pagemap", "wijken.xlsx", "\"" + "w".repeat(5_000) + ".csv\"", "../secret.txt", "secret.txt",
            "{file: secret.txt, sheet: Wijken}", ".git");
    /** A value read from a workbook cell. */
    static final List<String> FROM_EXCEL = List.of("{file: wijken.xlsx, sheet: Wijken, cell: D2}",
            "{file: wijken.xlsx, sheet: Wijken, cell: A0}", "{file: wijken.xlsx, sheet: Wijken, cell: XFE1}",
            "{file: wijken.xlsx, sheet: Wijken, cell: A1048577}", "{file: wijken.xlsx, sheet: Wijken, cell: \"$D$2\"}",
            "{file: wijken.xlsx, sheet: Wijken, cell: \"D2:D3\"}", "{file: wijken.xlsx, sheet: Wijken, cell: B2}",
            "{file: openpyxl.xlsx, sheet: Tarieven, cell: B4}", "{file: xlsxwriter.xlsx, sheet: Tarieven, cell: B4}",
            "{file: wijken.csv, sheet: Wijken, cell: D2}", "{file: ../x.xlsx, sheet: Wijken, cell: D2}",
            "{file: nergens.xlsx, sheet: Wijken, cell: D2}", "{file: wijken.xlsx, sheet: Nergens, cell: D2}",
            "{file: wijken.xlsx, sheet: Wijken, cell: ZZZZZZZ99999999999}", "{file: wijken.xlsx}",
            "{file: .env, sheet: Wijken, cell: A1}", "{file: secret.txt, sheet: Wijken, cell: A1}",
            "{file: /etc/passwd, sheet: Wijken, cell: A1}");
    /** Kinds a column or parameter may claim. */
    static final List<String> KINDS = List.of("count", "number", "fraction", "rate", "year", "x", "{}", "[count]", "\"\"");
    /** Distributions, from the documented ones to those that draw infinity or never converge. */
    static final List<String> DISTRIBUTIONS = List.of("pert", "triangular", "uniform", "normal", "lognormal", "x",
            "{type: normal, sd: 0}", "{type: normal, sd: -1}", "{type: normal, sd: 1e308, truncate: false}",
            "{type: normal, sd: 1e-300}", "{type: lognormal, sigma: 1000, truncate: false}",
            "{type: lognormal, sigma: 3, truncate: false}", "{type: lognormal, sigma: 1e-300}",
            "{type: beta, alpha: 1e-300, beta: 1e300}", "{type: beta, alpha: 0.01, beta: 10000}",
            "{type: beta, alpha: 0, beta: 1}", "{type: gamma, shape: 1e10}", "{type: gamma, shape: 0.01}",
            "{type: gamma, shape: NaN}", "{type: gamma, shape: .inf, truncate: false}", "{type: pert, sd: 1}",
            "{type: normal}", "{}", "[pert]", "{type: normal, sd: 60, truncate: maybe}", "~");
    /** Keys a domain may have: quoted in paths, and markup, a mention or a control character for the reports. */
    static final List<String> KEYS = List.of("\"Zvw.NL\"", "\"Zvw [NL]\"", "\"say \\\"hi\\\"\"", "\" Zvw \"", "\"a]b=c\"",
            "\"back\\\\slash\"", "\"@octocat\"", "\"|a|b|\"", "\"`x` *y*\"", "\"Zvw\\u0007\"", "\"\"",
            "\"" + "k".repeat(1_001) + "\"", "\"![x](https://evil.example/x.png)\"", "\"1.000\"", "\"regel\\nnieuw\"");
    /** Rank correlations. */
    static final List<String> RANKS = List.of("0", "1", "-1", "0.99999", "1.5", "-2", "NaN", ".inf", "1e-320", "0.5",
            "veel", "[]");
    /** {@code --set} overrides that fuzz/plan.yaml takes, on plain and quoted paths (and two Dutch-written numbers). */
    static final List<String> SET_OVERRIDES = List.of("name=Ander plan", "description=\"Een \\\"andere\\\" omschrijving\"",
            "years.effectsUntil=2028", "domains.\"Zvw [NL]\".financier=zorgkantoor", "domains.Wmo.law=Wmo 2015",
            "parameters.bereik.min=0.05", "parameters.bereik={min: 0.1, expected: 0.15, max: 0.4}",
            "parameters.bereik.distribution=uniform", "kernaanpakken.k.reductie.distribution={type: beta, alpha: 3, beta: 3}",
            "kernaanpakken.k.kosten.distribution.sigma=0.5", "kernaanpakken.k.duur.min=0.5", "kernaanpakken.k.duur={min: 1, max: 3}",
            "kernaanpakken.k.formulas.perDuur=\"behandeld / (duur + 1)\"", "kernaanpakken.k.name=Kernaanpak \"K\"",
            "kernaanpakken.\"k\".besparing.max=500", "kernaanpakken.k.effects[0].amounts.\"Zvw [NL]\".max=1500",
            "kernaanpakken.k.effects[1].timing={offset: 0, years: 1}", "kernaanpakken.k.inwoners.perYear.2025=11000",
            "begroting.lines.coach.tariff.max=200", "correlations[0].rank=-0.3",
            "correlations[0].between[1]=kernaanpakken.k.duur", "kernaanpakken.k.effects[0].amounts.Wmo.value=7.000",
            "kernaanpakken.k.inwoners.perYear.2026=110.000", "kernaanpakken.k.effects[0].amounts.Wmo={value: 450, source: x}");
    /** {@code --set} paths that are not there or cannot be one. */
    static final List<String> SET_PATHS_HOSTILE = List.of("domains.Zvw [NL].financier", "domains.\"Zvw [NL].financier",
            "domains.\"Zvw \\\"NL\\\"\".financier", "domains.\"\"", "parameters.nieuw", "kernaanpakken.k.effects[2]",
            "kernaanpakken.k.effects[-1]", "kernaanpakken.k.effects[99999999999999999999]", "kernaanpakken.k.effects[0",
            "kernaanpakken.k.effects[0]]", "kernaanpakken.k.inwoners.perYear.2030", "", ".", "..", "a..b", "\"\"",
            "kernaanpakken.k\tx", "kernaanpakken" + ".x".repeat(2_000), "kernaanpakken" + "[0]".repeat(2_000),
            "n".repeat(20_000), "kernaanpakken.k.besparing.\u001b[31m", "name\u0007");
    /** {@code --set} values that break a limit, a rule of the format or the one-scalar-or-flow rule. */
    static final List<String> SET_VALUES_HOSTILE = List.of("1e999999999", "-1e999999999", "1e-999999999", "1e15",
            "1e16", "NaN", ".nan", ".inf", "-.inf", "7.000", "110.000", "1.500,50", "1,5", "10.000,00", "0x1F", "0o17",
            "1_000", "+5", "2147483648", "9223372036854775808", "", "~", "null", "true", "yes", "2025-01-01",
            "\"\\e]0;title\\a\"", "\"\\x1b[31mrood\\x1b[0m\"", "\"\\u202Eomgekeerd\"", "\"nul\\0byte\"", "\"tab\\there\"",
            "\"regel\\nnieuw\"", "\"\\u0085\"", "\"\\U0001F600\"", "\u0007bel", "\u001b[31mrood", "'single ''quoted'''",
            "x".repeat(1_001), "\"" + "y".repeat(40_000) + "\"", "[".repeat(2_000) + "]".repeat(2_000),
            "{a: ".repeat(200) + "1" + "}".repeat(200), "{a: 1, a: 2}", "{min: 100, max: 140, min: 1}",
            "{value: veel, source: test}", "[1, 2, 3]", "[{name: x}]", "{type: lognormal, sigma: 1000, truncate: false}",
            "{type: beta, alpha: 0, beta: 1}", "{type: gamma, shape: 1e10}", "{formula: \"1/0\"}",
            "\"1 / (duur - duur)\"", "{formula: \"" + "(".repeat(3_000) + "1" + ")".repeat(3_000) + "\"}", "1\n---\n2",
            "---", "...", "&a 1", "*a", "!!str 1", "!!binary AAAA", "!<tag:x> 1", "<<: {a: 1}", "? a", "min: 100",
            "- 1\n- 2", "|\n  block", ">-\n  fold", "%YAML 1.2\n--- 1", "# comment", "1 # comment", "{", "}", "[",
            "\"open", "{a: [}", "{: 1}", "{\"\": 1}", "{[min]: 1}", "=", "a=b", "\"=HYPERLINK(\\\"http://evil.example\\\")\"",
            "\"@octocat ![x](https://evil.example/x.png)\"",
            "{between: [kernaanpakken.k.duur, kernaanpakken.k.duur], rank: 1, assumption: x}");
    /** Revisions that name a commit of the fuzz test's history. */
    static final List<String> REFS = List.of("HEAD", "HEAD~1", "HEAD^", "v1", "HEAD@{0}", ":/base");
    /** Revisions that try to be options, commands or other repositories; {@code {folder}} is the case's folder. */
    static final List<String> REFS_HOSTILE = List.of("HEAD~2", "HEAD~9", "-n", "--output={folder}/leak",
            "--upload-pack=touch {folder}/leak", "HEAD:s.yaml", "HEAD^{tree}", "HEAD..HEAD~1", "@{-1}",
            "$(touch {folder}/leak)", "`touch {folder}/leak`", "HEAD\u0007", "HEAD\n", "", " ", "r".repeat(5_000),
            "refs/heads/../../config", "HEAD~99999999999999999999", "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
            "0123456789abcdef0123456789abcdef01234567", "--", "HEAD -- x", "HEAD:../../etc/passwd");
    static final List<String> FORMATS = List.of("text", "markdown", "csv", "json");
    static final List<String> FORMATS_HOSTILE = List.of("MARKDOWN", "html", "", "markdown ", "--out");
    static final List<String> TOLERANCES = List.of("0", "10000", "0.001");
    static final List<String> TOLERANCES_HOSTILE = List.of("-1", "1e999", "NaN", "abc", "1.000", "1,5",
            "99999999999999999999999", "1e-999999999");

    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[{, ])-?\\d+(\\.\\d+)?(?=[,}\\]\\s])");
    private static final Pattern FORMULA = Pattern.compile("\"[^\"\\n]*[*+/^-][^\"\\n]*\"");
    /** The Zvw domain as a key, wherever it stands (domains, amounts). */
    private static final Pattern ZVW = Pattern.compile("(?<=[\\s{])(Zvw|\"Zvw \\[NL\\]\")(?=:)");
    /** The value of a name, description, assumption, source or post, its key kept. */
    private static final Pattern TEXT_VALUE = Pattern.compile(
            "(?<=(name|description|assumption|source|post): )[^\\n{},\"]+");
    private static final Pattern TEXT = Pattern.compile(
            "(name|source|assumption|description|financier|law|note|post): [^\\n{]+");

    /** A scenario's numbers, formulas and texts, and its lines and characters. */
    static final Mutator SCENARIO = Mutator.of(scenarioRules());
    /** A scenario's numbers, formulas and texts only, so that more of its versions reach the computation. */
    static final Mutator VALUES = Mutator.only(scenarioRules());
    /** An area scenario: its table, column kinds, a value from a workbook, and the scenario's values. */
    static final Mutator AREA_SCENARIO = Mutator.only(areaScenarioRules());
    /** A CSV table's cells. */
    static final Mutator TABLE = Mutator.of(tableRules());
    /** Changes an analyst makes (ordinary numbers, documented distributions, texts, a renamed domain), and hostile ones. */
    static final Mutator CHANGES = Mutator.only(changeRules());
    /** A scenario's distributions, band ends, correlations, formulas and other values (draws). */
    static final Mutator DRAWS = Mutator.only(drawRules());

    private Hostile() {
    }

    private static Map<String, Mutator.Rule> scenarioRules() {
        Map<String, Mutator.Rule> rules = new LinkedHashMap<>();
        rules.put("replace a number", Mutator.replace(NUMBER, NUMBERS));
        rules.put("replace a formula", Mutator.replace(FORMULA, FORMULAS.stream().map(f -> quoted(f)).toList()));
        rules.put("replace a text", Mutator.replace(TEXT, TEXTS.stream().map(t -> "name: " + quoted(t)).toList()));
        rules.put("replace a number by an ordinary one", Mutator.replace(NUMBER, ORDINARY));
        return rules;
    }

    private static Map<String, Mutator.Rule> tableRules() {
        Map<String, Mutator.Rule> rules = new LinkedHashMap<>();
        rules.put("replace a cell", Mutator.replace(Pattern.compile("(?<=^|,)[^,\\n]*(?=,|$)", Pattern.MULTILINE), CELLS));
        rules.put("replace another cell", Mutator.replace(Pattern.compile("(?<=^|,)[^,\\n]*(?=,|$)", Pattern.MULTILINE),
                CELLS));
        rules.put("add a row of 250 cells", (text, where, what) -> text + "WK0" + where + ",x,y" + ",1".repeat(250) + "\n");
        rules.put("write semicolons", (text, where, what) -> text.replace(',', ';'));
        rules.put("end lines with CRLF", (text, where, what) -> text.replace("\n", "\r\n"));
        rules.put("add empty lines", (text, where, what) -> text.replace("\n", "\n\n"));
        return rules;
    }

    private static Map<String, Mutator.Rule> areaScenarioRules() {
        Map<String, Mutator.Rule> rules = new LinkedHashMap<>();
        rules.put("name another table", Mutator.replace(Pattern.compile("(?<=table: ).*"), TABLE_NAMES));
        rules.put("claim another kind", Mutator.replace(Pattern.compile("(?<=kind: )\\w+"), KINDS));
        rules.put("read a value from a workbook", Mutator.replace(Pattern.compile("\\{value: 500, source: test\\}"),
                FROM_EXCEL.stream().map(f -> "{fromExcel: " + f + "}").toList()));
        rules.put("name another column", Mutator.replace(Pattern.compile("(?<=(where|from|code|name|gemeente): )\\w+"),
                List.of("inwoners", "naam", "toelichting", "nergens", "\"\"", "code", "cz")));
        rules.putAll(scenarioRules());
        return rules;
    }

    private static Map<String, Mutator.Rule> changeRules() {
        Map<String, Mutator.Rule> rules = new LinkedHashMap<>();
        rules.put("change a number", Mutator.replace(NUMBER, ORDINARY));
        rules.put("change another number", Mutator.replace(NUMBER, ORDINARY));
        rules.put("choose a documented distribution", Mutator.replace(
                Pattern.compile("(?<=distribution: )(\\{[^}]*\\}|\\w+)"), ORDINARY_DISTRIBUTIONS));
        rules.put("rename the Zvw domain everywhere", (text, where, what) -> ZVW.matcher(text)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(KEYS.get(what % KEYS.size()))));
        rules.put("write a text a spreadsheet would compute", Mutator.replace(TEXT_VALUE,
                SPREADSHEET_TEXTS.stream().map(Hostile::quoted).toList()));
        rules.put("write another such text", Mutator.replace(TEXT_VALUE,
                SPREADSHEET_TEXTS.stream().map(Hostile::quoted).toList()));
        rules.putAll(scenarioRules());
        return rules;
    }

    private static Map<String, Mutator.Rule> drawRules() {
        Map<String, Mutator.Rule> rules = new LinkedHashMap<>();
        rules.put("replace a distribution", Mutator.replace(Pattern.compile("(?<=distribution: )(\\{[^}]*\\}|\\w+)"),
                DISTRIBUTIONS));
        rules.put("replace a band's end", Mutator.replace(Pattern.compile("(?<=(min|max|expected): )-?[\\d.]+"),
                NUMBERS));
        rules.put("move a band's end", Mutator.replace(Pattern.compile("(?<=(min|max|expected): )-?[\\d.]+"),
                ORDINARY));
        rules.put("choose a documented distribution", Mutator.replace(
                Pattern.compile("(?<=distribution: )(\\{[^}]*\\}|\\w+)"), ORDINARY_DISTRIBUTIONS));
        rules.put("replace a rank", Mutator.replace(Pattern.compile("(?<=rank: ).*"), RANKS));
        rules.put("replace a formula", Mutator.replace(Pattern.compile("(?<=(clients|behandeld|perDuur): )\".*\""),
                FORMULAS.stream().map(f -> quoted(f)).toList()));
        rules.put("name another correlated parameter", Mutator.replace(
                Pattern.compile("(?<=- )kernaanpakken\\.k\\.\\w+"), List.of("kernaanpakken.k.besparing",
                        "kernaanpakken.k.inwoners", "parameters.bereik", "kernaanpakken.k.nergens",
                        "kernaanpakken.k.effects[0].amounts.\"Zvw [NL]\"", "begroting.lines.coach.tariff")));
        rules.putAll(scenarioRules());
        return rules;
    }

    /** {@code text} as a YAML double-quoted scalar, every character outside printable ASCII escaped. */
    static String quoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
