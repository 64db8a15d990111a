package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Runs a campaign of 1,000,000 Heston paths x 45 daily steps in whatever heap the JVM was given and
 * prints {@code paths}, {@code meanPnl} and {@code retainedMb} (heap in use after a GC with the result
 * still referenced). Forked by {@link MillionPathsMemoryTest} with {@code -Xmx1g}. The policy is the
 * unhedged CNDR campaign (the condor is marked every step; no hedge layers), to keep the test's
 * CPU cost modest: hedge layers add per-path state of the same O(paths) kind, not more memory
 * classes.
 */
public final class MillionPathsMain {

    private MillionPathsMain() {
    }

    public static void main(String[] args) {
        int paths = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean steward = args.length > 1 && args[1].equals("steward"); // the full W1 policy (manual check)
        CampaignSpec spec = steward ? Workloads.w1Spec() : Workloads.w1Spec().withPolicy(AlvhPolicy.unhedged());
        CampaignResult result = CampaignSimulation.run(Workloads.w1Model(), spec,
                Workloads.w1Settings(paths, Runtime.getRuntime().availableProcessors()), ProgressListener.NONE,
                new CancellationToken());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "paths %d%nmeanPnl %.4f%nretainedMb %.1f%nmaxHeapMb %.1f%n", result.paths(),
                result.meanPnl(), used / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
