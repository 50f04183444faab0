package nl.impact.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.impact.engine.RunResult;
import nl.impact.report.RunOutputs;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The tornado's bars are labelled short enough that LibreOffice prints them at the chart's own text
 * size (8 pt at the smallest scale) rather than shrinking them: each label fits
 * {@link SensitivitySheet#LABEL_WIDTH}, and the table beside the chart keeps the whole label.
 */
class TornadoLabelsTest {

    @Test
    void pluswijkensTornadosHaveShortLabelsAndTheTableTheWholeOnes() throws Exception {
        RunResult result = Workbooks.run(Path.of("scenarios", "pluswijken.yaml"));
        try (XSSFWorkbook workbook = BusinessCaseWorkbook.build(RunOutputs.of(result), DocumentDate.FIXED).workbook()) {
            XSSFSheet sheet = workbook.getSheet(SensitivitySheet.NAME);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(3); // the whole plan, gemeente, zorgverzekeraar
            List<String> labels = new ArrayList<>();
            for (XSSFChart chart : charts) {
                XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
                AreaReference area = new AreaReference(series.getCategoryData().getDataRangeReference(),
                        SpreadsheetVersion.EXCEL2007);
                for (CellReference cell : area.getAllReferencedCells()) {
                    String label = sheet.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue();
                    String whole = sheet.getRow(cell.getRow()).getCell(0).getStringCellValue();
                    labels.add(label);
                    assertThat(TextWidth.of(label, false, 11) + TextWidth.PADDING).as(label)
                            .isLessThanOrEqualTo(SensitivitySheet.LABEL_WIDTH);
                    assertThat(whole).as("the table's label").matches("(Kernteam ouderen|Programmalijn 1 \\(PlusWIJkteams\\)) - .+");
                    String own = whole.substring(whole.indexOf(" - ") + 3);
                    assertThat(own.startsWith(label) || label.endsWith(" …") && own.startsWith(
                            label.substring(0, label.length() - 2))).as(label + " from " + whole).isTrue();
                }
            }
            assertThat(labels).contains("Minder Zvw-wijkverpleging (Zvw)", "Kortere opnameduur en …");
        }
    }
}
