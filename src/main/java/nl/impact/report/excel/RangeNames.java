package nl.impact.report.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Named ranges for the key inputs, so a controller can find and change them from Excel's name
 * box: {@code <kernaanpak>_<parameter>_<variant>} over the plan years. Names keep only ASCII
 * letters, digits and underscores (what Excel and LibreOffice both accept), and are unique.
 */
final class RangeNames {

    private final XSSFWorkbook workbook;
    private final Set<String> taken = new HashSet<>();

    RangeNames(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** Defines a name for {@code reference} (e.g. {@code 'Blad'!$E$5:$G$5}) and returns it. */
    String define(String wanted, String reference) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(reference);
        return name;
    }

    static String clean(String wanted) {
        StringBuilder out = new StringBuilder();
        for (char c : wanted.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            out.append(ok ? c : '_');
        }
        String name = out.toString().replaceAll("_+", "_");
        // A name must start with a letter and must not read as a cell reference (such as AB12).
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.matches("(?i)[a-z]{1,3}[0-9]+|[rc]")) {
            name = "n_" + name;
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
