package nl.impact.report.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import nl.impact.engine.diff.Attribution;
import nl.impact.engine.diff.FigureChange;
import nl.impact.engine.diff.InputChange;
import nl.impact.engine.diff.KpiMove;
import nl.impact.engine.diff.ScenarioDiff;

/** The whole comparison as one JSON document for tools (docs/diff.md); amounts are numbers with two decimals. */
final class DiffJson {

    private DiffJson() {
    }

    static void write(ScenarioDiff diff, DiffTitle title, BigDecimal tolerance, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", title.name()).put("before", title.before()).put("after", title.after())
                .put("tolerance", tolerance).put("resultsChanged", diff.resultsChanged(tolerance));
        ArrayNode inputs = root.putArray("inputs");
        for (InputChange c : diff.inputs()) {
            inputs.addObject().put("path", c.path()).put("group", c.group()).put("label", c.label()).put("kind", c.kind())
                    .put("before", c.before()).put("after", c.after())
                    .put("provenanceBefore", c.provenanceBefore()).put("provenanceAfter", c.provenanceAfter());
        }
        ArrayNode results = root.putArray("results");
        for (FigureChange f : diff.figures()) {
            results.addObject().put("variant", f.variant().key()).put("dimension", f.dimension()).put("key", f.key())
                    .put("measure", f.measure().key()).put("before", f.before()).put("after", f.after())
                    .put("change", f.change().orElse(null)).put("changePercent", f.percent().orElse(null))
                    .put("changed", f.changed(tolerance));
        }
        ArrayNode kpis = root.putArray("kpiMoves");
        for (KpiMove m : diff.kpiMoves()) {
            kpis.addObject().put("kpi", m.kpi()).put("name", m.name()).put("year", m.year())
                    .put("before", m.before() == null ? null : m.before().key())
                    .put("after", m.after() == null ? null : m.after().key());
        }
        ObjectNode attribution = root.putObject("attribution").put("method", diff.method());
        ArrayNode parts = attribution.putArray("changes");
        for (Attribution a : diff.attributions()) {
            ObjectNode node = parts.addObject().put("variant", a.variant().key()).put("dimension", a.dimension())
                    .put("key", a.key()).put("change", a.change());
            ArrayNode list = node.putArray("parts");
            a.parts().forEach(p -> list.addObject().put("group", p.group()).put("label", p.label())
                    .put("amount", p.amount()));
        }
        mapper.writeValue(new NonClosing(out), root);
        out.write("\n");
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
