package nl.impact.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario's {@code mijlpalen} section: the milestones per half year, in the order written, and
 * the volumes of the kernaanpakken whose realisations a monitoring report may give, each with how
 * its half years make a year.
 *
 * @param volumes per kernaanpak id, per name of its calculation (a quantity or parameter), its rule
 */
public record MilestonePlan(List<Milestone> milestones, Map<String, Map<String, VolumeRule>> volumes) {

    public static final MilestonePlan NONE = new MilestonePlan(List.of(), Map.of());

    public MilestonePlan {
        milestones = List.copyOf(milestones);
    }

    public boolean isEmpty() {
        return milestones.isEmpty() && volumes.isEmpty();
    }

    public Optional<Milestone> milestone(String id) {
        return milestones.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The rule of a kernaanpak's volume, or empty when the scenario does not monitor it. */
    public Optional<VolumeRule> volume(String kernaanpak, String name) {
        Map<String, VolumeRule> names = volumes.get(kernaanpak);
        return Optional.ofNullable(names == null ? null : names.get(name));
    }
}
