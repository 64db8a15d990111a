package com.alvh.workbench.sweep;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.SweepJson;
import com.alvh.workbench.scenario.SweepSpec;
import com.alvh.workbench.sim.CampaignSimulation;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The sweep benchmarks run by {@code bench/run}; prints one {@code name value unit} line per figure.
 *
 * <p><b>speedup</b>: a Latin hypercube of {@code --policies} policies over the base sample's three
 * layers (trigger levels and sizes), {@code --paths} paths x 63 days of its Heston scenario, run
 * (a) policy by policy through the normal engine ({@code CampaignSimulation.run}, market simulated for
 * each policy) and (b) as one shared-path sweep, both on all cores: the ratio is
 * {@code sweep.speedup[vs one run per policy]}. <b>throughput</b>: the sweep alone, in
 * policy-path-steps per second, and the time that makes for 1,000 policies x 20,000 paths x 63 days.
 * <b>spark</b>: the same sweep on Spark {@code local[N]} against the local executor (its overhead).
 *
 * <p>Usage: {@code java -cp ... com.alvh.workbench.sweep.SweepWorkloads speedup|throughput|spark
 * [--policies N] [--paths N] [--threads N]} (run in the project folder: it reads sample-data).
 */
public final class SweepWorkloads {

    private SweepWorkloads() {
    }

    /** The benchmark sweep: an LHS over the base sample's layers. */
    static SweepSpec sweep(int policies, int paths) {
        String json = """
            {"schemaVersion": 1, "kind": "sweep", "name": "benchmark",
             "base": "../scenarios/base-condor-alvh.json",
             "simulation": {"paths": %d, "seed": 20261208},
             "axes": [
               {"path": "$.policy.layers[0].size.fraction", "from": 0.002, "to": 0.03},
               {"path": "$.policy.layers[1].entry.of[0].level", "from": 16, "to": 35},
               {"path": "$.policy.layers[1].size.fraction", "from": 0.005, "to": 0.06},
               {"path": "$.policy.layers[2].entry.of[0].level", "from": 22, "to": 45},
               {"path": "$.policy.layers[2].size.fraction", "from": 0.005, "to": 0.06}
             ],
             "sampling": {"type": "latinHypercube", "count": %d, "seed": 1}}
            """.formatted(paths, Math.max(1, policies - 2));
        return SweepJson.read(json, "benchmark", Path.of("sample-data", "sweeps"));
    }

    /**
     * @param args {@code speedup|throughput|spark} then options (class comment)
     */
    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "speedup";
        int policies = 50;
        int paths = 20_000;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int a = 1; a + 1 < args.length; a += 2) {
            int v = Integer.parseInt(args[a + 1]);
            switch (args[a]) {
                case "--policies" -> policies = v;
                case "--paths" -> paths = v;
                case "--threads" -> threads = v;
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
        }
        ScenarioResolver resolver = new ScenarioResolver(Path.of("sample-data"));
        SweepSpec spec = sweep(policies, paths);
        String where = String.format(Locale.ROOT, "[policies=%d,paths=%d,steps=63,threads=%d]", policies, paths, threads);
        switch (which) {
            case "speedup" -> {
                // Warm-up of both ways on a small sweep, then one timed run of each.
                SweepSpec warm = sweep(8, 2_000);
                onePerPolicy(warm, resolver, threads);
                shared(warm, resolver, new LocalSweepExecutor(threads));
                double cpu0 = processCpuSeconds();
                double each = onePerPolicy(spec, resolver, threads);
                double eachCpu = processCpuSeconds() - cpu0;
                cpu0 = processCpuSeconds();
                double sweep = shared(spec, resolver, new LocalSweepExecutor(threads));
                double sweepCpu = processCpuSeconds() - cpu0;
                System.out.printf(Locale.ROOT, "sweep.onePerPolicy%s %.4g s (%.4g s cpu)%n", where, each, eachCpu);
                System.out.printf(Locale.ROOT, "sweep.shared%s %.4g s (%.4g s cpu)%n", where, sweep, sweepCpu);
                System.out.printf(Locale.ROOT, "sweep.speedup[vs one run per policy]%s %.3g x%n", where, each / sweep);
                System.out.printf(Locale.ROOT, "sweep.speedup[vs one run per policy, cpu time]%s %.3g x%n", where,
                        eachCpu / sweepCpu);
            }
            case "throughput" -> {
                shared(sweep(8, 2_000), resolver, new LocalSweepExecutor(threads));
                onePerPolicy(sweep(1, 2_000), resolver, threads);
                // Back to back on the same machine state: the normal engine on one policy (market,
                // position and layers; bench W1's kind of figure), then the sweep (layers per policy).
                // CPU seconds beside wall seconds: on a shared machine the wall clock also counts the
                // time other processes held the cores.
                double cpu0 = processCpuSeconds();
                double one = onePerPolicy(sweep(1, paths), resolver, threads);
                double oneCpu = processCpuSeconds() - cpu0;
                double normalRate = 3.0 * paths * 63 / one; // the unhedged condor, the base policy and one point
                cpu0 = processCpuSeconds();
                double s = shared(spec, resolver, new LocalSweepExecutor(threads));
                double cpu = processCpuSeconds() - cpu0;
                double rate = (double) policies * paths * 63 / s;
                System.out.printf(Locale.ROOT, "sweep.normalEngine%s %.4g path-steps/s (%.3g s wall, %.3g s cpu)%n",
                        where, normalRate, one, oneCpu);
                System.out.printf(Locale.ROOT, "sweep.throughput%s %.4g policy-path-steps/s (%.3g s wall, %.3g s cpu)%n",
                        where, rate, s, cpu);
                System.out.printf(Locale.ROOT, "sweep.throughputPerCpuSecond%s %.4g policy-path-steps per cpu-s%n",
                        where, (double) policies * paths * 63 / cpu);
                System.out.printf(Locale.ROOT, "sweep.time[policies=1000,paths=20000,steps=63,threads=%d,at that rate] %.4g s%n",
                        threads, 1000.0 * 20_000 * 63 / rate);
                System.out.printf(Locale.ROOT, "sweep.time[policies=1000,paths=20000,steps=63,threads=%d,cores free] %.4g s%n",
                        threads, 1000.0 * 20_000 * 63 / ((double) policies * paths * 63 / cpu) / threads);
            }
            case "spark" -> {
                shared(sweep(8, 2_000), resolver, new LocalSweepExecutor(threads));
                double local = shared(spec, resolver, new LocalSweepExecutor(threads));
                long t0 = System.nanoTime();
                try (SweepExecutor spark = SweepExecutors.spark("local[" + threads + "]")) {
                    double start = (System.nanoTime() - t0) * 1e-9;
                    shared(sweep(8, 2_000), resolver, spark); // first job: closures, serializers
                    double s = shared(spec, resolver, spark);
                    System.out.printf(Locale.ROOT, "sweep.spark.contextStart[local[%d]] %.3g s%n", threads, start);
                    System.out.printf(Locale.ROOT, "sweep.local%s %.4g s%n", where, local);
                    System.out.printf(Locale.ROOT, "sweep.spark%s %.4g s%n", where, s);
                    System.out.printf(Locale.ROOT, "sweep.spark.overhead[local[%d] vs local executor]%s %.3g x%n",
                            threads, where, s / local);
                }
            }
            default -> throw new IllegalArgumentException("unknown workload " + which + " (speedup, throughput or spark)");
        }
    }

    /** CPU seconds this process has used (all threads). */
    private static double processCpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean o ? o.getProcessCpuTime() * 1e-9 : Double.NaN;
    }

    /** The sweep's policies run one at a time through the normal engine (market simulated each time); seconds. */
    static double onePerPolicy(SweepSpec spec, ScenarioResolver resolver, int threads) {
        Scenario base = resolver.resolve(spec.base());
        List<AlvhPolicy> policies = policies(spec, resolver);
        var settings = base.settings().withThreads(threads);
        long t0 = System.nanoTime();
        double check = 0;
        for (AlvhPolicy p : policies) {
            check += CampaignSimulation.run(base.model(), base.campaign().withPolicy(p), settings,
                    ProgressListener.NONE, new CancellationToken()).meanPnl();
        }
        double s = (System.nanoTime() - t0) * 1e-9;
        System.out.printf(Locale.ROOT, "# one run per policy: %d policies, sum of mean P&L %.2f%n", policies.size(), check);
        return s;
    }

    private static List<AlvhPolicy> policies(SweepSpec spec, ScenarioResolver resolver) {
        // The sweep's own expansion: run it on one path to get its policies in order.
        SweepSpec one = spec.withBaseSimulation(spec.base().simulation().withPaths(1));
        try (SweepExecutor e = new LocalSweepExecutor(1)) {
            return Sweeps.run(one, resolver, e, null, null).rows().stream().map(SweepRow::policy).toList();
        }
    }

    /** The shared-path sweep; seconds. */
    static double shared(SweepSpec spec, ScenarioResolver resolver, SweepExecutor executor) {
        long t0 = System.nanoTime();
        SweepResult r = Sweeps.run(spec, resolver, executor, null, null);
        double s = (System.nanoTime() - t0) * 1e-9;
        double check = r.rows().stream().mapToDouble(x -> x.metrics().meanPnl()).sum();
        System.out.printf(Locale.ROOT, "# shared sweep on %s: %d policies, sum of mean P&L %.2f%n", executor.describe(),
                r.rows().size(), check);
        if (executor instanceof LocalSweepExecutor l) {
            l.close();
        }
        return s;
    }
}
