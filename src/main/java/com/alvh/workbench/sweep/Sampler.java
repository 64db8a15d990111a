package com.alvh.workbench.sweep;

import com.alvh.workbench.scenario.SweepAxis;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.util.ArrayList;
import java.util.List;

/** The points of a grid or a Latin hypercube over a sweep's axes. */
final class Sampler {

    private Sampler() {
    }

    /** Every combination of the axes' grid values, the last axis varying fastest. */
    static List<double[]> grid(List<SweepAxis> axes) {
        List<double[]> out = new ArrayList<>();
        out.add(new double[0]);
        for (SweepAxis axis : axes) {
            List<double[]> next = new ArrayList<>();
            for (double[] prefix : out) {
                for (double v : axis.gridValues()) {
                    double[] p = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                    p[prefix.length] = v;
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * A Latin hypercube of {@code count} points: on each axis, point {@code k} of a random permutation
     * falls in stratum {@code k} of {@code count} equal strata, at a uniform position within it.
     *
     * @param axes the axes (ranges)
     * @param count points
     * @param seed the draw's seed
     */
    static List<double[]> latinHypercube(List<SweepAxis> axes, int count, long seed) {
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(seed);
        double[][] points = new double[count][axes.size()];
        for (int a = 0; a < axes.size(); a++) {
            int[] perm = new int[count];
            for (int k = 0; k < count; k++) {
                perm[k] = k;
            }
            for (int k = count - 1; k > 0; k--) { // Fisher-Yates
                int j = random.nextInt(k + 1);
                int t = perm[k];
                perm[k] = perm[j];
                perm[j] = t;
            }
            for (int k = 0; k < count; k++) {
                double u = (perm[k] + random.nextDouble()) / count;
                points[k][a] = axes.get(a).valueAt(u);
            }
        }
        return List.of(points);
    }
}
