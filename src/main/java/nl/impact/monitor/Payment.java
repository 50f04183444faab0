package nl.impact.monitor;

/**
 * What becomes of a milestone's tranche: payment follows the realisation of the PPI's (plan,
 * § 7.d Spelregels monitoring PPI's), so a tranche is payable only when its milestone is reached and
 * withheld otherwise, until a later report shows it reached.
 */
public enum Payment {
    PAYABLE("payable"),
    WITHHELD("withheld"),
    /** No tranche depends on the milestone. */
    NONE("none");

    private final String key;

    Payment(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
