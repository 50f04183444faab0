package nl.impact.report.html;

import java.util.List;

/** A section of the report: a heading, paragraphs, charts (each with its table) and further tables. */
public record Section(String id, String heading, List<String> paragraphs, List<Chart> charts, List<Table> tables) {
}
