package com.alvh.workbench.sweep;

import com.alvh.workbench.sim.BlockRunner;
import com.alvh.workbench.sim.CampaignSimulation;
import com.alvh.workbench.sim.PositionTrack;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.MarketModel;
import com.alvh.workbench.sim.PathState;
import com.alvh.workbench.sim.SimulationSettings;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The market of one block of paths at every step, simulated once and replayed to every policy of a
 * sweep: the same draws as {@code sim.PathEngine} makes for that block (the block's own jumped
 * stream, the same order of calls), so a policy evaluated on the recording gets exactly the result
 * of a normal run. With it, the equity position on that market ({@link PositionTrack}), recorded once
 * when it does not depend on the hedges: each policy then evaluates only its layers.
 *
 * <p>Memory: {@code (steps + 1) x paths x 8} numbers for the market (about 4.1 MB for 1,024 paths x
 * 63 steps) and about as much again for the position.
 */
final class RecordedBlock {

    private final int firstPath;
    private final int size;
    private final PathState[] states;
    /** The position through the block, recorded once for every policy; null when it depends on the hedges. */
    private PositionTrack position;

    private RecordedBlock(int firstPath, int size, PathState[] states) {
        this.firstPath = firstPath;
        this.size = size;
        this.states = states;
    }

    /**
     * Records the position on this block's market (once, before the recording is shared between threads).
     *
     * @param simulation any policy's campaign simulation (they share the position)
     */
    void recordPosition(CampaignSimulation simulation) {
        if (simulation.sharesPosition()) {
            position = simulation.recordPosition(states);
        }
    }

    /** The recorded position, or null (then each policy computes it). */
    PositionTrack position() {
        return position;
    }

    /**
     * Simulates and records block {@code block}.
     *
     * @param model the market model
     * @param settings paths, steps, dt, seed and block size of the run
     * @param block the block index
     * @param cancel checked at every step
     * @return the recording, or null if cancelled
     */
    static RecordedBlock record(MarketModel model, SimulationSettings settings, int block, CancellationToken cancel) {
        int first = block * settings.blockSize();
        int size = Math.min(settings.blockSize(), settings.paths() - first);
        UniformRandomProvider random = BlockRunner.blockStream(settings.seed(), block);
        PathState state = new PathState(size);
        PathState[] states = new PathState[settings.steps() + 1];
        model.initialise(state);
        states[0] = copy(state);
        for (int step = 1; step <= settings.steps(); step++) {
            if (cancel.isCancelled()) {
                return null;
            }
            model.advance(state, step, settings.dt(), random);
            states[step] = copy(state);
        }
        return new RecordedBlock(first, size, states);
    }

    private static PathState copy(PathState s) {
        PathState c = new PathState(s.size());
        copy(s, c, s.size());
        return c;
    }

    /**
     * Every field of the market state: a field left out reads its default in the replay (NaN: on
     * history the SPX open, VIX9D and VIX6M, which settle and quote the position) and the policy's
     * result is no longer the normal run's.
     */
    private static void copy(PathState from, PathState to, int n) {
        System.arraycopy(from.spot, 0, to.spot, 0, n);
        System.arraycopy(from.variance, 0, to.variance, 0, n);
        System.arraycopy(from.vix, 0, to.vix, 0, n);
        System.arraycopy(from.vix3m, 0, to.vix3m, 0, n);
        System.arraycopy(from.vix9d, 0, to.vix9d, 0, n);
        System.arraycopy(from.vix6m, 0, to.vix6m, 0, n);
        System.arraycopy(from.open, 0, to.open, 0, n);
        System.arraycopy(from.cursor, 0, to.cursor, 0, n);
    }

    /** Global index of the block's first path. */
    int firstPath() {
        return firstPath;
    }

    /** Paths in the block. */
    int size() {
        return size;
    }

    /** Steps recorded after step 0. */
    int steps() {
        return states.length - 1;
    }

    /**
     * Copies step {@code step} into {@code into}: each policy reads its own copy, because an observer
     * may move a value for a moment (a bump for a sensitivity) and several threads may replay one block.
     */
    void load(int step, PathState into) {
        copy(states[step], into, size);
    }

    /** Bytes a recording of {@code paths} paths and {@code steps} steps holds, about (market and position). */
    static long bytes(long paths, int steps) {
        return paths * (steps + 1L) * (7L * Double.BYTES + Integer.BYTES) + PositionTrack.bytes(paths, steps);
    }
}
