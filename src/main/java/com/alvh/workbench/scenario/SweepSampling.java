package com.alvh.workbench.scenario;

/**
 * How a sweep picks the policies it evaluates.
 */
public sealed interface SweepSampling {

    /** Most policies a sweep may evaluate (grid points, draws or optimiser evaluations). */
    int MAX_POLICIES = 100_000;

    /** Every combination of the axes' grid values. */
    record Grid() implements SweepSampling {
    }

    /**
     * A Latin hypercube: {@code count} points, each axis's range cut into {@code count} equal strata
     * with one point in each, the strata paired at random across axes.
     *
     * @param count points (&gt; 0)
     * @param seed the seed of the draw (the market paths have their own, the scenario's)
     */
    record LatinHypercube(int count, long seed) implements SweepSampling {
        public LatinHypercube {
            if (count <= 0 || count > MAX_POLICIES) {
                throw new IllegalArgumentException("count must be in [1, " + MAX_POLICIES + "], was " + count);
            }
        }
    }

    /**
     * A search by CMA-ES (covariance matrix adaptation) for the sweep's objective.
     *
     * @param evaluations most policies evaluated (&gt;= 10)
     * @param population candidates per generation (&gt;= 2), or 0 for CMA-ES's default {@code 4 + 3 ln d}
     * @param seed the seed of the search's own draws
     */
    record Cmaes(int evaluations, int population, long seed) implements SweepSampling {
        public Cmaes {
            if (evaluations < 10 || evaluations > MAX_POLICIES) {
                throw new IllegalArgumentException("evaluations must be in [10, " + MAX_POLICIES + "], was " + evaluations);
            }
            if (population != 0 && (population < 2 || population > 1000)) {
                throw new IllegalArgumentException("population must be 0 (default) or in [2, 1000], was " + population);
            }
        }
    }
}
