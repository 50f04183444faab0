package nl.impact.model;

/** A domain (usually a law, such as Wmo or Zvw) and the financier who pays its costs. */
public record Domain(String name, String law, String financier) {
}
