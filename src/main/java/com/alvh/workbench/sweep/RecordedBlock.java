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
 * <p>Memory: {@code (steps + 1) x paths x 5} numbers for the market (about 2.6 MB for 1,024 paths x
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
        System.arraycopy(s.spot, 0, c.spot, 0, s.size());
        System.arraycopy(s.variance, 0, c.variance, 0, s.size());
        System.arraycopy(s.vix, 0, c.vix, 0, s.size());
        System.arraycopy(s.vix3m, 0, c.vix3m, 0, s.size());
        System.arraycopy(s.vix9d, 0, c.vix9d, 0, s.size());
        System.arraycopy(s.vix6m, 0, c.vix6m, 0, s.size());
        System.arraycopy(s.cursor, 0, c.cursor, 0, s.size());
        return c;
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
        PathState s = states[step];
        System.arraycopy(s.spot, 0, into.spot, 0, size);
        System.arraycopy(s.variance, 0, into.variance, 0, size);
        System.arraycopy(s.vix, 0, into.vix, 0, size);
        System.arraycopy(s.vix3m, 0, into.vix3m, 0, size);
        System.arraycopy(s.vix9d, 0, into.vix9d, 0, size);
        System.arraycopy(s.vix6m, 0, into.vix6m, 0, size);
        System.arraycopy(s.cursor, 0, into.cursor, 0, size);
    }

    /** Bytes a recording of {@code paths} paths and {@code steps} steps holds, about (market and position). */
    static long bytes(long paths, int steps) {
        return paths * (steps + 1L) * (6L * Double.BYTES + Integer.BYTES) + PositionTrack.bytes(paths, steps);
    }
}
