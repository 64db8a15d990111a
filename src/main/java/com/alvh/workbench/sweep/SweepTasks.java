package com.alvh.workbench.sweep;

import com.alvh.workbench.sim.CancellationToken;

import java.util.ArrayList;
import java.util.List;

/**
 * The unit of work of a sweep for an executor in another JVM: one block of paths and a slice of
 * the policies, evaluated from the job alone; and the join of the slices back into one outcome per
 * block, in a fixed order.
 */
public final class SweepTasks {

    private static final CancellationToken NEVER = new CancellationToken();

    private SweepTasks() {
    }

    /**
     * Records block {@code block}'s market and evaluates policies {@code [from, to)} on it.
     *
     * @param job the sweep's work (resolved once per JVM)
     * @param block the block
     * @param from first policy
     * @param to one past the last policy
     * @return the outcome
     */
    public static BlockOutcome evaluate(SweepJob job, int block, int from, int to) {
        PreparedSweep p = job.prepare();
        return p.evaluate(p.record(block, NEVER), block, from, to, () -> { }, NEVER);
    }

    /** Paths in each block of the job's run, in block order. */
    public static int[] blockSizes(SweepJob job) {
        var s = job.prepare().settings();
        int[] sizes = new int[s.blocks()];
        for (int b = 0; b < sizes.length; b++) {
            sizes[b] = Math.min(s.blockSize(), s.paths() - b * s.blockSize());
        }
        return sizes;
    }

    /**
     * Joins slices into one outcome per block for policies {@code [from, to)}, in block order, each
     * block's slices in policy order; refuses a gap or an overlap.
     *
     * @param slices the slices, in any order
     * @param blocks number of blocks
     * @param from first policy
     * @param to one past the last policy
     * @return one outcome per block
     */
    public static List<BlockOutcome> join(List<BlockOutcome> slices, int blocks, int from, int to) {
        List<List<BlockOutcome>> byBlock = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            byBlock.add(new ArrayList<>());
        }
        for (BlockOutcome s : slices) {
            byBlock.get(s.block()).add(s);
        }
        List<BlockOutcome> out = new ArrayList<>();
        int n = to - from;
        for (int b = 0; b < blocks; b++) {
            List<BlockOutcome> parts = byBlock.get(b);
            parts.sort((x, y) -> Integer.compare(x.firstPolicy(), y.firstPolicy()));
            double[][] pnl = new double[n][];
            double[][] dd = new double[n][];
            double[][] cost = new double[n][];
            int next = from;
            for (BlockOutcome s : parts) {
                if (s.firstPolicy() != next) {
                    throw new IllegalStateException("block " + b + ": slice at policy " + s.firstPolicy()
                            + ", expected " + next);
                }
                for (int k = 0; k < s.policies(); k++) {
                    pnl[next - from + k] = s.pnl()[k];
                    dd[next - from + k] = s.maxDrawdown()[k];
                    cost[next - from + k] = s.hedgeCost()[k];
                }
                next += s.policies();
            }
            if (next != to) {
                throw new IllegalStateException("block " + b + ": policies up to " + next + ", expected " + to);
            }
            out.add(new BlockOutcome(b, from, pnl, dd, cost));
        }
        return out;
    }
}
