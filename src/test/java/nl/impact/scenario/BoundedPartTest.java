package nl.impact.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A workbook's part is unpacked no further than its limit, and the reason is told in plain words. */
class BoundedPartTest {

    @Test
    void aPartBeyondItsLimitStopsAtTheFirstByteTooMany() throws Exception {
        byte[] part = new byte[(3 << 20) + 1];
        try (InputStream in = new BoundedPart(new ByteArrayInputStream(part), 3 << 20, "the sheet 'Wijken'")) {
            assertThat(in.readNBytes(3 << 20)).hasSize(3 << 20);
            assertThatThrownBy(in::read).isInstanceOf(BoundedPart.TooLarge.class)
                    .satisfies(e -> assertThat(XlsxWorkbook.describe(new RuntimeException(e))).isEqualTo(
                            "the workbook is too large to read: the sheet 'Wijken' unpacks to more than 3 MiB; "
                            + "impact reads no more"));
        }
    }

    @Test
    void aPartWithinItsLimitIsReadWhole() throws Exception {
        try (InputStream in = new BoundedPart(new ByteArrayInputStream(new byte[1 << 20]), 1 << 20, "a part")) {
            assertThat(in.readAllBytes()).hasSize(1 << 20);
        }
    }
}
