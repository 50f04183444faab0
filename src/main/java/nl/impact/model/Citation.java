package nl.impact.model;

/**
 * A source as a reader of the plan finds it: the document's title, its section or paragraph title,
 * the page where the document has pages, and a line of the project's text extraction only as a
 * supplement (no reader of the plan has those lines). Rendered in the plan's language, e.g.
 * "Regioplan Zuid-Limburg, § 3.2 Kernaanpak PlusWIJken, p. 12 (regel 341)".
 *
 * @param document the document's title
 * @param section  section or paragraph title, or null when only a page is given
 * @param page     page or pages ("12", "12-13"), or null when the document has none
 * @param line     line or lines of the text extraction ("341", "341-345"), or null
 * @param note     what the source says there, or null
 */
public record Citation(String document, String section, String page, String line, String note) {

    /** The citation as one line of text, as the workbooks, the report and the CSVs show it. */
    public String render() {
        StringBuilder out = new StringBuilder(document);
        if (section != null) {
            out.append(", § ").append(section);
        }
        if (page != null) {
            out.append(", p. ").append(page);
        }
        if (line != null) {
            boolean one = line.chars().allMatch(Character::isDigit);
            out.append(one ? " (regel " : " (regels ").append(line).append(')');
        }
        if (note != null) {
            out.append(": ").append(note);
        }
        return out.toString();
    }
}
