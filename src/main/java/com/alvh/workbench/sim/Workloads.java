package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.SkewModel;

import java.util.List;
import java.util.Locale;

/**
 * The named benchmark workloads of the simulation, and a small command-line entry point that times
 * them (used by {@code bench/run}; it prints one {@code name value unit} line per figure).
 *
 * <p><b>W1</b>: 100,000 Heston paths x 45 daily steps, a repeating 45-DTE CNDR condor (20/5 delta,
 * standard management, default costs, SSVI skew) hedged by the Steward preset (3 ALVH layers plus
 * the reserve), every position marked at every step, on all cores.
 *
 * <p><b>Heston paths</b>: the bare QE path simulation (no portfolio), paths x steps of daily steps,
 * aggregated into the discounted payoff of an ATM call so that the work cannot be optimised away;
 * the same inputs as {@code tools/quantlib_heston_peer.py --paths}.
 *
 * <p>Usage: {@code java -cp ... com.alvh.workbench.sim.Workloads w1|heston [--paths N] [--steps N]
 * [--threads N] [--warmup N] [--runs N]}. With {@code --warmup 0 --runs 1} the process measures one
 * cold run (for the whole-command figure, time the process from outside).
 */
public final class Workloads {

    /** W1's Heston parameters: v0 = 0.0256 (VIX about 17), kappa 4, theta 0.04, sigma 0.7, rho -0.7. */
    public static final HestonModel W1_HESTON = new HestonModel(0.0256, 4.0, 0.04, 0.7, -0.7);
    /** SPX, rate and dividend yield of W1 and of the Heston path benchmark. */
    public static final double SPOT = 5000.0;
    public static final double RATE = 0.04;
    public static final double DIVIDEND_YIELD = 0.013;
    /** Account capital of W1 (USD). */
    public static final double CAPITAL = 1_000_000.0;

    private Workloads() {
    }

    /** W1's market model. */
    public static HestonMarketModel w1Model() {
        return new HestonMarketModel(W1_HESTON, SPOT, RATE, DIVIDEND_YIELD);
    }

    /** W1's campaign: CNDR condor, 45 DTE, 10 contracts, standard management, the Steward preset. */
    public static CampaignSpec w1Spec() {
        return new CampaignSpec(CondorRule.ByDelta.CNDR, 45, 10, CondorManagement.STANDARD, TradingCosts.DEFAULT,
                SkewModel.DEFAULT, RATE, DIVIDEND_YIELD, 0.9, VixTermStructure.DEFAULT, CAPITAL,
                PolicyPresets.steward(CAPITAL));
    }

    /**
     * W1's settings.
     *
     * @param paths number of paths (100,000 for W1)
     * @param threads worker threads
     */
    public static SimulationSettings w1Settings(int paths, int threads) {
        return new SimulationSettings(paths, 45, 1.0 / SimulationSettings.TRADING_DAYS_PER_YEAR, 20240805L, threads,
                SimulationSettings.DEFAULT_BLOCK_SIZE);
    }

    /**
     * Simulates bare Heston paths and returns the Monte Carlo price of a call struck at {@code strike}
     * expiring at the last step (index points).
     */
    public static double hestonPathsCallPrice(HestonMarketModel model, SimulationSettings settings, double strike) {
        double tau = settings.steps() * settings.dt();
        double discount = Math.exp(-model.rate() * tau);
        BlockAggregator<double[], Double> payoff = new BlockAggregator<>() {
            @Override
            public PathObserver<double[]> observer(int firstPath, int blockPaths) {
                return new PathObserver<>() {
                    private double[] spot;

                    @Override
                    public void start(PathState state) {
                        spot = state.spot;
                    }

                    @Override
                    public void step(PathState state, int step) {
                        spot = state.spot;
                    }

                    @Override
                    public double[] result() {
                        double sum = 0.0;
                        for (double s : spot) {
                            sum += Math.max(s - strike, 0.0);
                        }
                        return new double[] {sum, spot.length};
                    }
                };
            }

            @Override
            public Double combine(List<double[]> blocks) {
                double sum = 0.0;
                double n = 0.0;
                for (double[] b : blocks) {
                    sum += b[0];
                    n += b[1];
                }
                return discount * sum / n;
            }
        };
        return PathEngine.run(model, settings, payoff, ProgressListener.NONE, new CancellationToken());
    }

    /** CPU time of this process so far (all threads, including JIT and GC), or -1 if unknown. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1L;
    }

    /**
     * Times a workload and prints {@code name value unit} lines.
     *
     * @param args {@code w1|heston} then options (see the class comment)
     */
    public static void main(String[] args) {
        long processStart = System.nanoTime();
        String which = args.length > 0 ? args[0] : "w1";
        int paths = 100_000;
        int steps = 45;
        int threads = Runtime.getRuntime().availableProcessors();
        int warmup = 3;
        int runs = 5;
        for (int a = 1; a + 1 < args.length; a += 2) {
            int value = Integer.parseInt(args[a + 1]);
            switch (args[a]) {
                case "--paths" -> paths = value;
                case "--steps" -> steps = value;
                case "--threads" -> threads = value;
                case "--warmup" -> warmup = value;
                case "--runs" -> runs = value;
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
        }
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = 0.0;
        double sum = 0.0;
        double check = 0.0;
        for (int r = 0; r < warmup + runs; r++) {
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            if (which.equals("w1")) {
                CampaignResult result = CampaignSimulation.run(w1Model(), w1Spec(),
                        w1Settings(paths, threads).withBlockSize(SimulationSettings.DEFAULT_BLOCK_SIZE),
                        ProgressListener.NONE, new CancellationToken());
                check = result.meanPnl();
            } else if (which.equals("heston")) {
                SimulationSettings s = new SimulationSettings(paths, steps, 1.0 / SimulationSettings.TRADING_DAYS_PER_YEAR,
                        42L, threads, SimulationSettings.DEFAULT_BLOCK_SIZE);
                check = hestonPathsCallPrice(w1Model(), s, SPOT);
            } else {
                throw new IllegalArgumentException("unknown workload " + which + " (w1 or heston)");
            }
            double seconds = (System.nanoTime() - t0) * 1e-9;
            double cpu = (processCpuNanos() - c0) * 1e-9;
            if (r >= warmup) {
                if (seconds < best) {
                    best = seconds;
                    bestCpu = cpu;
                }
                sum += seconds;
            }
        }
        String name = which.equals("w1") ? "W1.inProcess" : "hestonPaths.java";
        String where = String.format(Locale.ROOT, "[paths=%d,steps=%d,threads=%d]", paths,
                which.equals("w1") ? 45 : steps, threads);
        // bench/run format: one "name value unit" line per figure; comments start with '#'.
        if (which.equals("w1")) {
            System.out.printf(Locale.ROOT, "%s%s %.4g s%n", name, where, best);
            System.out.printf(Locale.ROOT, "# %s: best of %d runs after %d warm-up runs; mean %.4g s; process CPU %.4g s"
                    + " in the best run; mean P&L %.2f USD%n", name, runs, warmup, sum / runs, bestCpu, check);
        } else {
            System.out.printf(Locale.ROOT, "%s%s %.4g path-steps/s%n", name, where, (double) paths * steps / best);
            System.out.printf(Locale.ROOT, "%s.time%s %.4g s%n", name, where, best);
            System.out.printf(Locale.ROOT, "# %s: best of %d runs after %d warm-up runs; Monte Carlo ATM call %.4f%n",
                    name, runs, warmup, check);
        }
        System.out.printf(Locale.ROOT, "# %s: %.4g s in main (JVM start excluded, all runs)%n", name,
                (System.nanoTime() - processStart) * 1e-9);
    }
}
