package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A workbook's part is unpacked no further than its limit, and the reason is told in plain words. */
class WorkbookLimitsTest {

    @Test
    void aPartBeyondItsLimitStopsAtTheFirstByteTooMany() throws Exception {
        int limit = 3 << 20;
        try (InputStream in = InputFile.bounded(new ByteArrayInputStream(new byte[limit + 1]), limit,
                "a sheet's XML, unpacked,")) {
            assertThat(in.readNBytes(limit)).hasSize(limit);
            assertThatThrownBy(in::read).isInstanceOf(InputFile.TooLarge.class)
                    .satisfies(e -> assertThat(XlsxWorkbook.describe(new RuntimeException(e))).isEqualTo(
                            "the workbook is too large to read: it unpacks to more than 3145728 bytes; the limit on "
                            + "a sheet's XML, unpacked, is 3145728 bytes"));
        }
    }

    @Test
    void whatALibraryThrowsOtherwiseIsNeverShown() {
        assertThat(XlsxWorkbook.describe(new IllegalStateException("Cannot get item at 7 with strings: [secret]")))
                .isEqualTo("not a readable Excel workbook (.xlsx): open it in Excel or LibreOffice and save it as .xlsx");
    }
}
