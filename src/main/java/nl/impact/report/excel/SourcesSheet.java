package nl.impact.report.excel;

import java.util.List;
import nl.impact.model.Scenario;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Hyperlink;

/**
 * {@code Bronnen en aannames}: every parameter in the workbook with where it comes from. Rows
 * whose figure is an assumption or a placeholder are highlighted; each name links to its cells.
 */
final class SourcesSheet {

    static final String NAME = "Bronnen en aannames";

    private static final int KERNAANPAK = 0;
    private static final int PARAMETER = 1;
    private static final int UNIT = 2;
    private static final int KIND = 3;
    private static final int TEXT = 4;
    private static final int PATH = 5;
    private static final int CELL = 6;

    private SourcesSheet() {
    }

    static void write(SheetWriter w, Scenario scenario, SourceList sources) {
        List<SourceList.Entry> entries = sources.entries();
        long assumed = entries.stream().filter(e -> e.provenance().isAssumed()).count();
        int row = 0;
        w.text(row++, 0, "Bronnen en aannames", w.styles().title());
        w.text(row++, 0, assumed + " van de " + entries.size() + " parameters zijn een aanname of voorlopig"
                + " (gemarkeerd): de plantekst geeft er geen getal voor. Scenario: " + scenario.file().getFileName()
                + ".", Styles.Text.NOTE);
        row++;
        int header = row++;
        String[] titles = {"Kernaanpak", "Parameter", "Eenheid", "Herkomst", "Bron of toelichting", "Pad in scenario",
            "Cel"};
        for (int c = 0; c < titles.length; c++) {
            w.text(header, c, titles[c], w.styles().header());
        }
        Sheets.finish(w.sheet(), header, 2);
        for (SourceList.Entry e : entries) {
            boolean mark = e.provenance().isAssumed();
            Styles.Text plain = mark ? Styles.Text.ASSUMPTION : Styles.Text.PLAIN;
            Styles.Text wrap = mark ? Styles.Text.WRAP_ASSUMPTION : Styles.Text.WRAP;
            w.text(row, KERNAANPAK, e.kernaanpak(), wrap);
            w.text(row, PARAMETER, e.name(), wrap);
            w.text(row, UNIT, e.unit(), wrap);
            w.text(row, KIND, Labels.provenance(e.provenance().kind()), plain);
            w.text(row, TEXT, e.provenance().text(), wrap);
            w.text(row, PATH, e.path(), wrap);
            String target = SheetNames.quoted(e.sheet()) + "!" + new CellReference(e.row(), YearColumns.NAME)
                    .formatAsString();
            w.text(row, CELL, e.sheet() + " rij " + (e.row() + 1), wrap);
            Hyperlink link = w.sheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(target);
            w.sheet().getRow(row).getCell(CELL).setHyperlink(link);
            row++;
        }
        w.sheet().setAutoFilter(new CellRangeAddress(header, Math.max(header, row - 1), 0, titles.length - 1));
        w.widths(List.of(22, 28, 14, 10, 44, 26, 20));
        // The path in the scenario and the link to the cells serve the screen: the source is printed as wide
        // as the page allows.
        w.print().lastColumn(TEXT).noteColumn(TEXT, 120);
    }
}
