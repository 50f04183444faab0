package nl.impact.engine.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.impact.calc.copula.GaussianCopula;
import nl.impact.model.Correlation;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Draws the parameters a scenario correlates jointly, through a {@link GaussianCopula}: per draw,
 * independent standard normals from Commons RNG's ziggurat sampler, correlated by the copula's
 * Cholesky root, turned into quantiles {@code Phi(z)} with Commons Statistics, and each parameter's
 * value taken at its quantile of its own distribution ({@link BandSampler#fromUniform}).
 *
 * <p>Parameters without a correlation keep their own draws: a block first draws those, in the order
 * it always did, then the correlated ones, so a scenario without correlations draws exactly what it
 * drew before.
 */
final class CorrelatedDraws {

    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
    /** The open interval (0, 1) a quantile must stay in, so that an unbounded distribution gives a finite value. */
    private static final double SMALLEST = 0x1p-53;

    private final GaussianCopula copula;
    /** For each correlated parameter (in the copula's order) its sampler's index. */
    private final int[] samplerIndex;
    private final boolean[] joint;
    private final List<BandSampler> samplers;

    private CorrelatedDraws(GaussianCopula copula, int[] samplerIndex, boolean[] joint, List<BandSampler> samplers) {
        this.copula = copula;
        this.samplerIndex = samplerIndex;
        this.joint = joint;
        this.samplers = samplers;
    }

    /**
     * The joint draws of the correlated parameters among {@code samplers}. Correlations naming a
     * parameter the compiled plan does not draw (one no flow uses) are left out: they change nothing.
     */
    static CorrelatedDraws of(List<BandSampler> samplers, List<Correlation> correlations) {
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = 0; i < samplers.size(); i++) {
            byPath.put(samplers.get(i).parameter().path(), i);
        }
        List<String> paths = new ArrayList<>();
        boolean[] joint = new boolean[samplers.size()];
        for (Correlation c : correlations) {
            if (byPath.containsKey(c.first()) && byPath.containsKey(c.second())) {
                for (String p : List.of(c.first(), c.second())) {
                    if (!joint[byPath.get(p)]) {
                        joint[byPath.get(p)] = true;
                        paths.add(p);
                    }
                }
            }
        }
        GaussianCopula.NotPositiveSemidefinite[] problem = new GaussianCopula.NotPositiveSemidefinite[1];
        // The reader checked the whole matrix; a principal submatrix of a valid one is valid too.
        GaussianCopula copula = GaussianCopula.of(paths, correlations, problem)
                .orElseThrow(() -> new IllegalStateException(problem[0].message()));
        return new CorrelatedDraws(copula, paths.stream().mapToInt(byPath::get).toArray(), joint, samplers);
    }

    /** True when the sampler at {@code index} is drawn jointly here rather than on its own. */
    boolean joint(int index) {
        return joint[index];
    }

    /**
     * Draws {@code n} values of every correlated parameter into {@code inputs[sampler]}, in the form
     * {@link BandSampler#drawStandard} leaves them (read them with {@link BandSampler#place}).
     */
    void draw(UniformRandomProvider rng, double[][][] inputs, int n) {
        if (samplerIndex.length == 0) {
            return;
        }
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] e = new double[copula.normals()][n];
        for (int d = 0; d < n; d++) {
            for (double[] column : e) {
                column[d] = normal.sample();
            }
        }
        double[][] z = new double[samplerIndex.length][n];
        copula.correlate(e, z, n);
        for (int i = 0; i < samplerIndex.length; i++) {
            double[] u = z[i];
            for (int d = 0; d < n; d++) {
                u[d] = Math.min(1 - SMALLEST, Math.max(SMALLEST, STANDARD.cumulativeProbability(u[d])));
            }
            samplers.get(samplerIndex[i]).standardFromUniform(u, inputs[samplerIndex[i]], n);
        }
    }
}
