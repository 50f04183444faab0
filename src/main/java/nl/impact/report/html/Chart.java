package nl.impact.report.html;

/**
 * A chart as inline SVG with its text alternative: {@code title} and {@code description} say in
 * words what it shows, and {@code table} holds the same figures for readers who cannot see it.
 */
public record Chart(String id, String title, String description, String svg, Table table) {
}
