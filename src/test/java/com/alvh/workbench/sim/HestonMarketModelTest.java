package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.HestonPricer;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.VixUnderHeston;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The QE scheme against the semi-analytic Heston prices. Every Monte Carlo check uses a fixed seed
 * and a tolerance of 3 standard errors (two-sided false-failure rate 0.27 % per check were the
 * seed free) plus the scheme's own bias bound where stated.
 */
class HestonMarketModelTest {

    /** Terminal spot and VIX of every path, in path order. */
    static final class Terminal implements BlockAggregator<double[][], double[][]> {
        @Override
        public PathObserver<double[][]> observer(int firstPath, int blockPaths) {
            double[][] out = new double[2][blockPaths];
            return new PathObserver<>() {
                @Override
                public void start(PathState s) {
                }

                @Override
                public void step(PathState s, int step) {
                    System.arraycopy(s.spot, 0, out[0], 0, blockPaths);
                    System.arraycopy(s.vix, 0, out[1], 0, blockPaths);
                }

                @Override
                public double[][] result() {
                    return out;
                }
            };
        }

        @Override
        public double[][] combine(List<double[][]> blocks) {
            int n = blocks.stream().mapToInt(b -> b[0].length).sum();
            double[][] all = new double[2][n];
            int at = 0;
            for (double[][] b : blocks) {
                System.arraycopy(b[0], 0, all[0], at, b[0].length);
                System.arraycopy(b[1], 0, all[1], at, b[1].length);
                at += b[0].length;
            }
            return all;
        }
    }

    private static double[] meanAndStandardError(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(var / (x.length - 1) / x.length)};
    }

    private static double[][] simulate(MarketModel model, int paths, int steps, long seed) {
        return PathEngine.run(model, new SimulationSettings(paths, steps, 1.0 / 252, seed, 2, 1024), new Terminal(),
                ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void europeanCallFromPathsMatchesTheSemiAnalyticPrice() {
        // A stressed SPX-like model: vol of vol 0.9, rho -0.7, v0 above theta; 1 year of daily steps.
        HestonModel h = new HestonModel(0.06, 2.0, 0.04, 0.9, -0.7);
        double s0 = 100;
        double r = 0.03;
        double q = 0.01;
        int steps = 252;
        double t = steps / 252.0;
        double[][] terminal = simulate(new HestonMarketModel(h, s0, r, q), 100_000, steps, 2008L);
        for (double strike : new double[] {80, 100, 120}) {
            double[] discounted = new double[terminal[0].length];
            for (int i = 0; i < discounted.length; i++) {
                discounted[i] = Math.exp(-r * t) * Math.max(terminal[0][i] - strike, 0.0);
            }
            double[] m = meanAndStandardError(discounted);
            double exact = HestonPricer.price(OptionType.CALL, h, s0, strike, t, r, q);
            assertThat(m[0]).as("call K=%s, exact %s", strike, exact).isCloseTo(exact, offset(3 * m[1]));
        }
    }

    @Test
    void discountedSpotIsAMartingaleEvenWithHighVolOfVol() {
        // Andersen's case I (kappa 0.5, theta 0.04, sigma 1, rho -0.9) over 10 years in half-year
        // steps. A guard on the scheme as a whole: with heavy tails the standard error here is too
        // wide to tell the corrected scheme from the uncorrected one (tried), so this does not by
        // itself prove the correction; it proves the coarse-step scheme keeps the forward.
        HestonModel h = new HestonModel(0.04, 0.5, 0.04, 1.0, -0.9);
        double[][] terminal = PathEngine.run(new HestonMarketModel(h, 100, 0.0, 0.0),
                new SimulationSettings(200_000, 20, 0.5, 7L, 2, 1024), new Terminal(), ProgressListener.NONE,
                new CancellationToken());
        double[] m = meanAndStandardError(terminal[0]);
        assertThat(m[0]).isCloseTo(100.0, offset(3 * m[1]));
    }

    @Test
    void vixFromThePathsAveragesToTheExactVixFuture() {
        HestonModel h = new HestonModel(0.03, 3.0, 0.045, 0.7, -0.7);
        int steps = 63; // three months of trading days
        double[][] terminal = simulate(new HestonMarketModel(h, 5000, 0.04, 0.013), 100_000, steps, 99L);
        double[] m = meanAndStandardError(terminal[1]);
        double exact = VixUnderHeston.futuresPrice(h, steps / 252.0);
        assertThat(m[0]).isCloseTo(exact, offset(3 * m[1]));
    }

    @Test
    void theModelsOwnVixFutureIsTheMeanOfVixOnItsPathsWithJumps() {
        // Bates with price jumps: VIX^2 = 100^2 (a v + b + lambda E[J^2]); the model's future (the
        // table read by spot VIX) must equal the mean of VIX over its own paths at expiry.
        HestonModel h = new HestonModel(0.03, 3.0, 0.045, 0.7, -0.7);
        BatesMarketModel bates = new BatesMarketModel(new HestonMarketModel(h, 5000, 0.04, 0.013), 0.5, -0.05, 0.08, 0.0);
        int steps = 42;
        double[][] terminal = simulate(bates, 100_000, steps, 5L);
        double[] m = meanAndStandardError(terminal[1]);
        PathState start = new PathState(1);
        bates.initialise(start);
        double future = bates.vixFuture(start.vix[0], start.variance[0], steps / 252.0);
        assertThat(m[0]).isCloseTo(future, offset(3 * m[1]));
        assertThat(bates.ownVixFutures()).isPresent();
        assertThat(bates.ownVixFutures().get().future(start.vix[0], start.variance[0], steps / 252.0)).isEqualTo(future);
        // Without jumps the model's future is the exact Heston future of VixUnderHeston.
        HestonMarketModel heston = new HestonMarketModel(h, 5000, 0.04, 0.013);
        assertThat(heston.vixFuture(VixUnderHeston.spotVix(h, 0.03), 0.03, 0.25))
                .isCloseTo(VixUnderHeston.futuresPrice(h, 0.25), offset(1e-4));
    }

    @Test
    void vixAtTheStartIsTheModelsSpotVix() {
        HestonModel h = new HestonModel(0.0256, 4.0, 0.04, 0.6, -0.7);
        PathState state = new PathState(3);
        new HestonMarketModel(h, 5000, 0.04, 0.01).initialise(state);
        assertThat(state.vix[0]).isCloseTo(VixUnderHeston.spotVix(h, 0.0256), offset(1e-12));
        // VIX3M weighs the long-run level more: above VIX when v0 < theta.
        assertThat(state.vix3m[0]).isGreaterThan(state.vix[0]);
    }

    @Test
    void batesWithoutJumpsIsHestonPathForPath() {
        HestonModel h = new HestonModel(0.04, 2.0, 0.04, 0.5, -0.7);
        HestonMarketModel heston = new HestonMarketModel(h, 100, 0.02, 0.0);
        double[][] a = simulate(heston, 5000, 20, 3L);
        double[][] b = simulate(new BatesMarketModel(heston, 0.0, -0.1, 0.1, 0.0), 5000, 20, 3L);
        assertThat(b[0]).containsExactly(a[0]);
    }

    @Test
    void batesSpotStaysAMartingaleWithCrashJumps() {
        // One crash a year on average, -8 % mean log-jump with 10 % dispersion, variance jumps too.
        HestonModel h = new HestonModel(0.04, 2.0, 0.04, 0.5, -0.7);
        BatesMarketModel bates = new BatesMarketModel(new HestonMarketModel(h, 100, 0.0, 0.0), 1.0, -0.08, 0.10, 0.02);
        double[][] terminal = simulate(bates, 100_000, 126, 21L);
        double[] m = meanAndStandardError(terminal[0]);
        assertThat(m[0]).isCloseTo(100.0, offset(3 * m[1]));
        // The jumps fatten the left tail: more paths below -20 % than the diffusion alone gives.
        double[][] diffusion = simulate(new HestonMarketModel(h, 100, 0.0, 0.0), 100_000, 126, 21L);
        long jumpTail = java.util.Arrays.stream(terminal[0]).filter(s -> s < 80).count();
        long diffusionTail = java.util.Arrays.stream(diffusion[0]).filter(s -> s < 80).count();
        assertThat(jumpTail).isGreaterThan(diffusionTail);
    }

    @Test
    void calibrationRecoversTheParametersOfASimulatedHistory() {
        // 40 years of daily closes from a known model, then the method-of-moments fit. Tolerances are
        // wide because one 40-year path pins kappa only to about +-25 % (its sampling error).
        HestonModel truth = new HestonModel(0.04, 4.0, 0.04, 0.6, -0.7);
        int days = 40 * 252;
        double[] spx = new double[days + 1];
        double[] vix = new double[days + 1];
        PathState state = new PathState(1);
        HestonMarketModel model = new HestonMarketModel(truth, 1000, 0.0, 0.0);
        model.initialise(state);
        org.apache.commons.rng.UniformRandomProvider rng =
                org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(1234L);
        spx[0] = state.spot[0];
        vix[0] = state.vix[0];
        for (int d = 1; d <= days; d++) {
            model.advance(state, d, 1.0 / 252, rng);
            spx[d] = state.spot[0];
            vix[d] = state.vix[0];
        }
        HestonVixCalibration.Fit fit = HestonVixCalibration.fit(spx, vix, 1.0 / 252);
        assertThat(fit.model().kappa()).isCloseTo(4.0, offset(1.0));
        assertThat(fit.model().theta()).isCloseTo(0.04, offset(0.006));
        assertThat(fit.model().sigma()).isCloseTo(0.6, offset(0.1));
        assertThat(fit.model().rho()).isCloseTo(-0.7, offset(0.1));
    }
}
