package nl.impact.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a banded parameter is drawn in a simulation. The band (min, expected, max) places it: a
 * three-point estimate (PERT, triangular) or the range (uniform, beta) of the distribution, or its
 * truncation (normal, lognormal, gamma, around the expected value). {@link #DEFAULT} is PERT.
 *
 * @param parameters the shape parameters the type needs (sd, sigma, alpha, beta, shape)
 * @param truncate for normal, lognormal and gamma: keep draws within the band (the default)
 */
public record Distribution(Type type, Map<String, BigDecimal> parameters, boolean truncate) {

    /** The distribution of a band that names none. */
    public static final Distribution DEFAULT = new Distribution(Type.PERT, Map.of(), true);

    /** The distribution types and the shape parameters each needs. */
    public enum Type {
        PERT(List.of()), TRIANGULAR(List.of()), UNIFORM(List.of()), NORMAL(List.of("sd")),
        LOGNORMAL(List.of("sigma")), BETA(List.of("alpha", "beta")), GAMMA(List.of("shape"));

        private final List<String> parameters;

        Type(List<String> parameters) {
            this.parameters = parameters;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The shape parameters it needs: each a number greater than zero. */
        public List<String> parameters() {
            return parameters;
        }

        /**
         * True for a shape parameter ({@code alpha}, {@code beta}, {@code shape}), which lies within
         * {@link Limits#MIN_SHAPE} and {@link Limits#MAX_SHAPE}; false for a spread ({@code sd},
         * {@code sigma}), which is limited by the values it lets a draw reach.
         */
        public static boolean isShape(String parameter) {
            return parameter.equals("alpha") || parameter.equals("beta") || parameter.equals("shape");
        }

        /** True when the band is a truncation around the expected value rather than the range. */
        public boolean truncatable() {
            return this == NORMAL || this == LOGNORMAL || this == GAMMA;
        }
    }

    public Distribution {
        parameters = Map.copyOf(parameters);
    }

    public BigDecimal parameter(String name) {
        return parameters.get(name);
    }

    /** For outputs: {@code pert}, {@code normal(sd=5)}, {@code gamma(shape=2, untruncated)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(type.key());
        StringBuilder args = new StringBuilder();
        for (String name : type.parameters()) {
            args.append(args.length() == 0 ? "" : ", ").append(name).append('=')
                    .append(parameters.get(name).stripTrailingZeros().toPlainString());
        }
        if (type.truncatable() && !truncate) {
            args.append(args.length() == 0 ? "" : ", ").append("untruncated");
        }
        return args.length() == 0 ? text.toString() : text.append('(').append(args).append(')').toString();
    }
}
