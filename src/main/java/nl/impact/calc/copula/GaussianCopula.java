package nl.impact.calc.copula;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.impact.model.Correlation;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RectangularCholeskyDecomposition;

/**
 * A Gaussian (normal) copula for rank correlations between parameters: each rank correlation
 * {@code rho} becomes the Pearson correlation {@code 2 sin(pi rho / 6)} of standard normals, whose
 * Spearman rank correlation is then exactly {@code rho}; pairs not named are uncorrelated. The
 * matrix must be positive semidefinite (else no joint distribution has these correlations); its
 * Cholesky root {@code B} (with {@code B B^T} the matrix, pivoted so that a semidefinite matrix
 * works too) turns independent standard normals {@code e} into correlated ones {@code z = B e}.
 * Each parameter is then drawn at the quantile {@code Phi(z)} of its own distribution, which keeps
 * its marginal distribution and the ranks.
 */
public final class GaussianCopula {

    /** Smallest eigenvalue still taken as zero: rounding in a semidefinite matrix. */
    static final double TOLERANCE = 1e-10;

    private final List<String> paths;
    private final double[][] pearson;
    private final double[][] root;

    private GaussianCopula(List<String> paths, double[][] pearson, double[][] root) {
        this.paths = paths;
        this.pearson = pearson;
        this.root = root;
    }

    /** What is wrong with a set of correlations that cannot hold together. */
    public record NotPositiveSemidefinite(double smallestEigenvalue) {
        public String message() {
            return "these correlations cannot hold together: their correlation matrix is not positive semidefinite "
                    + "(its smallest eigenvalue is " + String.format(java.util.Locale.ROOT, "%.4f", smallestEigenvalue)
                    + ", as Pearson correlations of the normal copula), so no joint distribution has them; "
                    + "weaken the strongest correlations or correct their signs (for instance, if A goes with B "
                    + "and B with C, A cannot go against C)";
        }
    }

    /** The Pearson correlation of standard normals whose rank correlation is {@code rank}. */
    public static double pearson(double rank) {
        return 2 * Math.sin(Math.PI * rank / 6);
    }

    /**
     * The copula over {@code paths} (in that order) with the correlations among them; correlations
     * naming another path are left out. Empty when the matrix is not positive semidefinite, with why in
     * {@code problem[0]}.
     */
    public static Optional<GaussianCopula> of(List<String> paths, List<Correlation> correlations,
            NotPositiveSemidefinite[] problem) {
        int k = paths.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < k; i++) {
            index.put(paths.get(i), i);
        }
        double[][] matrix = new double[k][k];
        for (int i = 0; i < k; i++) {
            matrix[i][i] = 1;
        }
        for (Correlation c : correlations) {
            Integer a = index.get(c.first());
            Integer b = index.get(c.second());
            if (a != null && b != null) {
                double r = pearson(c.rank().doubleValue());
                matrix[a][b] = r;
                matrix[b][a] = r;
            }
        }
        if (k == 0) {
            return Optional.of(new GaussianCopula(List.of(), matrix, matrix));
        }
        RealMatrix m = new Array2DRowRealMatrix(matrix, true);
        double smallest = Double.POSITIVE_INFINITY;
        for (double e : new EigenDecomposition(m).getRealEigenvalues()) {
            smallest = Math.min(smallest, e);
        }
        if (smallest < -TOLERANCE) {
            problem[0] = new NotPositiveSemidefinite(smallest);
            return Optional.empty();
        }
        double[][] root;
        try {
            root = new RectangularCholeskyDecomposition(m, TOLERANCE).getRootMatrix().getData();
        } catch (org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException e) {
            // Only at the edge of the tolerance: the eigenvalues passed, the pivots did not.
            problem[0] = new NotPositiveSemidefinite(smallest);
            return Optional.empty();
        }
        return Optional.of(new GaussianCopula(List.copyOf(paths), matrix, root));
    }

    public List<String> paths() {
        return paths;
    }

    /** The Pearson correlation matrix of the normals, in the order of {@link #paths()}. */
    public double[][] pearsonMatrix() {
        double[][] copy = new double[pearson.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = pearson[i].clone();
        }
        return copy;
    }

    /** The independent standard normals one draw needs: the matrix's rank. */
    public int normals() {
        return root.length == 0 ? 0 : root[0].length;
    }

    /**
     * Correlates {@code n} draws: {@code e[r][draw]} independent standard normals (r below
     * {@link #normals()}) into {@code z[i][draw]} for each path i.
     */
    public void correlate(double[][] e, double[][] z, int n) {
        for (int i = 0; i < root.length; i++) {
            double[] out = z[i];
            java.util.Arrays.fill(out, 0, n, 0);
            for (int r = 0; r < root[i].length; r++) {
                double b = root[i][r];
                if (b == 0) {
                    continue;
                }
                double[] in = e[r];
                for (int d = 0; d < n; d++) {
                    out[d] += b * in[d];
                }
            }
        }
    }
}
