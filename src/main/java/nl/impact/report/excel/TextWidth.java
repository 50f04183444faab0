package nl.impact.report.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a text prints, estimated from the advance widths of the workbooks' default font
 * (Calibri, and LibreOffice's metric-compatible Carlito), in the unit of a column width: the width
 * of a digit at 11 pt. A fixed table rather than the fonts of the machine that writes the file, so
 * the same scenario always gives the same widths and row heights.
 */
final class TextWidth {

    /** Calibri's advance widths of ASCII 32-126, in thousandths of an em. */
    private static final int[] ADVANCE = {
        226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386,
        507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463,
        894, 579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662,
        517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307, 386, 307, 498, 498,
        291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527,
        525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498};

    /** A digit's advance: the unit of a column width. */
    private static final double DIGIT = 507;

    /** Bold Calibri runs about 5% wider. */
    private static final double BOLD = 1.05;

    /**
     * Excel makes a column width unit 7 pixels at 96 dpi, but draws a Calibri 11 digit 7.43 pixels
     * wide: text takes about 6% more units than its digits count. (LibreOffice's unit is the digit
     * itself; {@link PageLayout#points} takes its wider unit for the page.)
     */
    private static final double EXCEL = 1.07;

    /** What a cell's margins take from its column, in digit widths. */
    static final double PADDING = 1.0;

    private TextWidth() {
    }

    /** The width of {@code text} on one line, in digit widths of 11 pt Calibri. */
    static double of(String text, boolean bold, double points) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c >= 32 && c <= 126 ? ADVANCE[c - 32] : c == '€' ? 507 : Character.isLetter(c) ? 520 : 600;
        }
        return em / DIGIT * (bold ? BOLD : 1.0) * EXCEL * points / 11.0;
    }

    /**
     * The lines {@code text} takes when wrapped at {@code width} digit widths, as a spreadsheet
     * wraps: at spaces, a word longer than the line broken where it must; explicit line breaks kept.
     */
    static int lines(String text, boolean bold, double points, double width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += wrap(paragraph, bold, points, width).size();
        }
        return Math.max(1, lines);
    }

    private static List<String> wrap(String paragraph, boolean bold, double points, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (of(candidate, bold, points) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            // A single word wider than the line takes as many lines as it needs.
            while (of(line.toString(), bold, points) > width && line.length() > 1) {
                int fit = 1;
                while (fit < line.length() && of(line.substring(0, fit + 1), bold, points) <= width) {
                    fit++;
                }
                lines.add(line.substring(0, fit));
                line.delete(0, fit);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The height of one line of text in a font of {@code points}, in points (Calibri 11: 15 pt). */
    static double lineHeight(double points) {
        return points * 15.0 / 11.0;
    }
}
