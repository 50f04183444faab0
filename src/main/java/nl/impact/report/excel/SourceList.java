package nl.impact.report.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.impact.model.Provenance;

/** Every parameter written into the workbook and where, gathered for the sheet of sources and assumptions. */
final class SourceList {

    /** One parameter: what it is, where it comes from, and its first cell in the workbook. */
    record Entry(String kernaanpak, String name, String unit, Provenance provenance, String path, String sheet,
            int row) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry entry) {
        entries.add(entry);
    }

    List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }
}
