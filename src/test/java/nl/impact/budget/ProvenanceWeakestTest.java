package nl.impact.budget;

import static nl.impact.model.Provenance.Kind.ASSUMPTION;
import static nl.impact.model.Provenance.Kind.DERIVED;
import static nl.impact.model.Provenance.Kind.PLACEHOLDER;
import static nl.impact.model.Provenance.Kind.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.impact.model.Provenance;
import org.junit.jupiter.api.Test;

/** A figure computed from others is as uncertain as the least certain of them. */
class ProvenanceWeakestTest {

    @Test
    void orderIsSourceDerivedAssumptionPlaceholder() {
        assertThat(Provenance.weakest(List.of(SOURCE, DERIVED))).isEqualTo(DERIVED);
        assertThat(Provenance.weakest(List.of(ASSUMPTION, DERIVED, SOURCE))).isEqualTo(ASSUMPTION);
        assertThat(Provenance.weakest(List.of(ASSUMPTION, PLACEHOLDER))).isEqualTo(PLACEHOLDER);
        assertThat(Provenance.weakest(List.of(SOURCE))).isEqualTo(SOURCE);
    }
}
